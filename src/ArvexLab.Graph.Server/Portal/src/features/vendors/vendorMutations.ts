import { graphql } from '../../gql';

export const CreateVendorMutation = graphql(`
  mutation CreateVendor($input: CreateVendorInput!) {
    createVendor(input: $input) {
      vendor {
        id
        name
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

// On CONFLICT the payload's vendor is the stored state, which refreshes the cached vendor.
export const UpdateVendorMutation = graphql(`
  mutation UpdateVendor($input: UpdateVendorInput!) {
    updateVendor(input: $input) {
      vendor {
        ...VendorEditFields
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const ArchiveVendorMutation = graphql(`
  mutation ArchiveVendor($input: VendorVersionInput!) {
    archiveVendor(input: $input) {
      vendor {
        ...VendorEditFields
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const RestoreVendorMutation = graphql(`
  mutation RestoreVendor($input: VendorVersionInput!) {
    restoreVendor(input: $input) {
      vendor {
        ...VendorEditFields
      }
      errors {
        code
        message
        field
      }
    }
  }
`);
