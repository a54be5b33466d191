import { useState } from 'react';
import { Field } from '../../components/Field';
import { reviewStatusLabel } from '../vendors/evidenceLabels';
import type { EvidenceReviewStatus } from '../../gql/graphql';

/** Approve or reject the whole document; rejecting needs a reason, which goes into the audit trail. */
export function DocumentDecision({
  status,
  busy,
  onApprove,
  onReject,
}: {
  status: EvidenceReviewStatus;
  busy: boolean;
  onApprove: () => void;
  onReject: (comment: string) => void;
}) {
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  return (
    <div className="document-decision">
      <p>
        Document: <strong>{reviewStatusLabel[status]}</strong>
      </p>
      {rejecting ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onReject(comment.trim());
          }}
        >
          <Field label="Why is the document rejected?">
            <textarea rows={2} required value={comment} onChange={(e) => setComment(e.target.value)} />
          </Field>
          <button type="submit" className="button-danger" disabled={busy || !comment.trim()}>
            Reject document
          </button>{' '}
          <button type="button" onClick={() => setRejecting(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <p className="actions">
          <button type="button" className="button-primary" disabled={busy || status === 'APPROVED'} onClick={onApprove}>
            Approve document
          </button>{' '}
          <button type="button" disabled={busy || status === 'REJECTED'} onClick={() => setRejecting(true)}>
            Reject document…
          </button>
        </p>
      )}
    </div>
  );
}
