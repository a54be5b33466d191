import { useState } from 'react';
import { Field } from '../../components/Field';
import { reviewStatusLabel } from '../vendors/evidenceLabels';
import type { EvidenceReviewStatus } from '../../gql/graphql';

/** Approve or reject the whole document; rejecting needs a reason, which goes into the audit trail. */
export function DocumentDecision({
  status,
  busy,
  needsOverride,
  onApprove,
  onReject,
}: {
  status: EvidenceReviewStatus;
  busy: boolean;
  /** The server refused approval while low-confidence findings are pending: approving now needs a reason. */
  needsOverride: boolean;
  onApprove: (overrideComment?: string) => void;
  onReject: (comment: string) => void;
}) {
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const [overrideComment, setOverrideComment] = useState('');
  return (
    <div className="document-decision">
      <p>
        Document: <strong>{reviewStatusLabel[status]}</strong>
      </p>
      {needsOverride && status !== 'APPROVED' ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onApprove(overrideComment.trim());
          }}
        >
          <Field label="Why approve with findings still pending?" hint="Kept in the audit trail.">
            <textarea rows={2} required value={overrideComment} onChange={(e) => setOverrideComment(e.target.value)} />
          </Field>
          <button type="submit" className="button-primary" disabled={busy || !overrideComment.trim()}>
            Approve with override
          </button>
        </form>
      ) : null}
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
          <button type="button" className="button-primary" disabled={busy || status === 'APPROVED'} onClick={() => onApprove()}>
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
