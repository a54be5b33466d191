import { graphql } from '../../gql';


export const ReviewFieldMutation = graphql(`
  mutation ReviewField($input: ReviewFieldInput!) {
    reviewField(input: $input) {
      errors { code message field }
      field { id reviewState version value }
    }
  }
`);

export const ReviewControlMutation = graphql(`
  mutation ReviewControl($input: ReviewControlInput!) {
    reviewControl(input: $input) {
      errors { code message field }
      control { id reviewState version description }
    }
  }
`);

export const ReviewExceptionMutation = graphql(`
  mutation ReviewException($input: ReviewExceptionInput!) {
    reviewException(input: $input) {
      errors { code message field }
      controlException { id reviewState version description }
    }
  }
`);

export const ReviewCuecMutation = graphql(`
  mutation ReviewCuec($input: ReviewCuecInput!) {
    reviewCuec(input: $input) {
      errors { code message field }
      cuec { id reviewState version description }
    }
  }
`);

export const ConfirmFindingsMutation = graphql(`
  mutation ConfirmFindings($input: ConfirmFindingsInput!) {
    confirmFindings(input: $input) {
      errors { code message field }
      confirmed { id reviewState version }
      skipped { reason finding { id } }
    }
  }
`);

export const ApproveEvidenceMutation = graphql(`
  mutation ApproveEvidence($input: ApproveEvidenceInput!) {
    approveEvidence(input: $input) {
      errors { code message field }
      pendingLowConfidence
      document { id reviewStatus version }
    }
  }
`);

export const RejectEvidenceMutation = graphql(`
  mutation RejectEvidence($input: RejectEvidenceInput!) {
    rejectEvidence(input: $input) {
      errors { code message field }
      document { id reviewStatus version }
    }
  }
`);
