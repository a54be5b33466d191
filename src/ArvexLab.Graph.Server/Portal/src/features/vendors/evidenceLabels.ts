import type { EvidenceKind, EvidenceReviewStatus, EvidenceStatus } from '../../gql/graphql';

export const evidenceKindLabel: Record<EvidenceKind, string> = {
  SOC2_TYPE_I: 'SOC 2 Type I',
  SOC2_TYPE_II: 'SOC 2 Type II',
  SOC3: 'SOC 3',
  ISO27001_CERTIFICATE: 'ISO/IEC 27001 certificate',
  BRIDGE_LETTER: 'Bridge letter',
  OTHER: 'Other',
};

export const evidenceStatusLabel: Record<EvidenceStatus, string> = {
  QUEUED: 'Queued',
  EXTRACTING: 'Extracting',
  EXTRACTED: 'Extracted',
  FAILED: 'Failed',
};

export const reviewStatusLabel: Record<EvidenceReviewStatus, string> = {
  PENDING: 'Waiting for review',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
};
