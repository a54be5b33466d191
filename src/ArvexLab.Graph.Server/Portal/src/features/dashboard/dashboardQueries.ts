import { graphql } from '../../gql';

export const DashboardQuery = graphql(`
  query Dashboard {
    waiting: evidenceDocuments(
      first: 8
      where: { status: { eq: EXTRACTED }, reviewStatus: { eq: PENDING } }
      order: [{ uploadedAt: DESC }]
    ) {
      totalCount
      nodes { id title kind uploadedAt vendor { id name } }
    }
    expiring: expiringEvidence(withinDays: 90, includeExpired: false) {
      expiresOn
      daysRemaining
      basis
      document { id title kind }
      vendor { id name }
    }
    openExceptions: controlExceptions(
      first: 8
      where: { reviewState: { neq: REJECTED }, document: { reviewStatus: { neq: REJECTED } } }
    ) {
      totalCount
      nodes { id controlRef description document { id title vendor { id name } } }
    }
    openCuecs: cuecs(first: 8, where: { status: { in: [OPEN, IN_PROGRESS] }, reviewState: { neq: REJECTED } }) {
      totalCount
      nodes { id description status document { id vendor { id name } } }
    }
  }
`);
