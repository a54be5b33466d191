import { graphql } from '../../gql';

export const VendorListQuery = graphql(`
  query VendorList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $where: VendorFilterInput
    $order: [VendorSortInput!]
  ) {
    vendors(first: $first, after: $after, last: $last, before: $before, where: $where, order: $order) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          website
          criticality
          services
          status
          documents {
            totalCount
          }
        }
      }
    }
  }
`);

export const VendorEditFields = graphql(`
  fragment VendorEditFields on Vendor {
    id
    name
    website
    criticality
    services
    status
    owner
    notes
    version
  }
`);

export const VendorForEditQuery = graphql(`
  query VendorForEdit($id: ID!) {
    vendor(id: $id) {
      ...VendorEditFields
    }
  }
`);
