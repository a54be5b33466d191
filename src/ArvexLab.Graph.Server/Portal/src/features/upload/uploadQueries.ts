import { graphql } from '../../gql';

export const UploadVendorsQuery = graphql(`
  query UploadVendors {
    vendors(first: 100, where: { status: { eq: ACTIVE } }, order: [{ name: ASC }]) {
      nodes { id name services }
    }
  }
`);

export const EvidenceStatusQuery = graphql(`
  query EvidenceStatus($id: ID!) {
    evidenceDocument(id: $id) {
      id
      title
      status
      kind
      pageCount
      failure { code message }
    }
  }
`);
