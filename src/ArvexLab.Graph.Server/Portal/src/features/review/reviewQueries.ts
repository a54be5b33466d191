import { graphql } from '../../gql';

export const ReviewQueueQuery = graphql(`
  query ReviewQueue {
    evidenceDocuments(first: 50, where: { reviewStatus: { eq: PENDING } }, order: [{ uploadedAt: DESC }]) {
      totalCount
      nodes { id title kind status uploadedAt vendor { id name } }
    }
  }
`);

export const ReviewDocumentQuery = graphql(`
  query ReviewDocument($id: ID!) {
    evidenceDocument(id: $id) {
      id
      title
      kind
      status
      reviewStatus
      pageCount
      version
      fileName
      download { url }
      vendor { id name }
      fields(first: 100) { totalCount nodes { id confidence reviewState reviewComment version citation { page bbox } name value extractedValue } }
      controls(first: 100) { totalCount nodes { id confidence reviewState reviewComment version citation { page bbox } ref description result } }
      controlExceptions(first: 100) { totalCount nodes { id confidence reviewState reviewComment version citation { page bbox } controlRef description managementResponse } }
      cuecs(first: 100) { totalCount nodes { id confidence reviewState reviewComment version citation { page bbox } description } }
    }
  }
`);
