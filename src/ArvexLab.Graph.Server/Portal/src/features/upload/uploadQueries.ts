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

/** Pushed over the WebSocket: the current status at once, then every change. Registered like every other operation. */
export const EvidenceStatusChangedSubscription = graphql(`
  subscription EvidenceStatusChanged($documentId: ID!) {
    evidenceStatusChanged(documentId: $documentId) {
      id
      status
      failureCode
      failureMessage
      changedAt
    }
  }
`);
