import { useMemo } from 'react';
import { useMutation } from 'urql';
import type { PayloadError } from '../../components/states';
import { mutationErrors } from '../vendors/mutationErrors';
import type { Finding } from './findings';
import type { Decision, ReviewActions } from './reviewActions';
import {
  ApproveEvidenceMutation,
  ConfirmFindingsMutation,
  RejectEvidenceMutation,
  ReviewControlMutation,
  ReviewCuecMutation,
  ReviewExceptionMutation,
  ReviewFieldMutation,
} from './reviewMutations';

/** The review mutations, one per finding type; after each change the document's findings are read again. */
export function useReviewActions(document: { id: string; version: number } | null, reload: () => void): ReviewActions {
  const [, reviewField] = useMutation(ReviewFieldMutation);
  const [, reviewControl] = useMutation(ReviewControlMutation);
  const [, reviewException] = useMutation(ReviewExceptionMutation);
  const [, reviewCuec] = useMutation(ReviewCuecMutation);
  const [, confirmFindings] = useMutation(ConfirmFindingsMutation);
  const [, approveEvidence] = useMutation(ApproveEvidenceMutation);
  const [, rejectEvidence] = useMutation(RejectEvidenceMutation);

  return useMemo(() => {
    const after = (errors: readonly PayloadError[]) => {
      reload();
      return errors;
    };

    async function decide(finding: Finding, decision: Decision, correction?: string) {
      const base = { id: finding.id, version: finding.version, decision };
      const corrected = decision === 'CORRECT' ? correction : undefined;
      switch (finding.kind) {
        case 'FIELD': {
          const result = await reviewField({ input: { ...base, value: corrected } });
          return after(mutationErrors(result, result.data?.reviewField));
        }
        case 'CONTROL': {
          const result = await reviewControl({ input: { ...base, values: corrected === undefined ? undefined : { description: corrected } } });
          return after(mutationErrors(result, result.data?.reviewControl));
        }
        case 'EXCEPTION': {
          const result = await reviewException({ input: { ...base, values: corrected === undefined ? undefined : { description: corrected } } });
          return after(mutationErrors(result, result.data?.reviewException));
        }
        case 'CUEC': {
          const result = await reviewCuec({ input: { ...base, values: corrected === undefined ? undefined : { description: corrected } } });
          return after(mutationErrors(result, result.data?.reviewCuec));
        }
      }
    }

    return {
      decide,
      async confirmMany(findings, minConfidence) {
        const result = await confirmFindings({ input: { ids: findings.map((f) => f.id), minConfidence } });
        return after(mutationErrors(result, result.data?.confirmFindings));
      },
      async approve(comment) {
        if (!document) return [];
        const input = comment ? { id: document.id, version: document.version, override: true, comment } : { id: document.id, version: document.version };
        const result = await approveEvidence({ input });
        return after(mutationErrors(result, result.data?.approveEvidence));
      },
      async reject(comment) {
        if (!document) return [];
        const result = await rejectEvidence({ input: { id: document.id, version: document.version, comment } });
        return after(mutationErrors(result, result.data?.rejectEvidence));
      },
    };
  }, [document, reload, reviewField, reviewControl, reviewException, reviewCuec, confirmFindings, approveEvidence, rejectEvidence]);
}
