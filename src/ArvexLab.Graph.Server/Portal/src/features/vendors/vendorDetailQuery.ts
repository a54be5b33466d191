import { graphql } from '../../gql';

export const VendorDetailQuery = graphql(`
  query VendorDetail($id: ID!) {
    vendor(id: $id) {
      id
      name
      website
      criticality
      status
      services
      tags
      owner
      notes
      documents(first: 20, order: [{ uploadedAt: DESC }]) {
        totalCount
        nodes {
          id
          title
          kind
          status
          reviewStatus
          opinion
          periodStart
          periodEnd
          expiryDate
          uploadedAt
          coversServices
          cuecs(first: 20) {
            totalCount
            nodes { id description status owner dueDate reviewState }
          }
        }
      }
    }
  }
`);
