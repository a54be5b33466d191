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

export const UpdateVendorMutation = graphql(`
  mutation UpdateVendor($input: UpdateVendorInput!) {
    updateVendor(input: $input) {
      vendor {
        id
        name
        website
        criticality
        services
        status
        owner
        notes
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
  mutation ArchiveVendor($input: ArchiveVendorInput!) {
    archiveVendor(input: $input) {
      vendor {
        id
        status
      }
      errors {
        code
        message
        field
      }
    }
  }
`);
