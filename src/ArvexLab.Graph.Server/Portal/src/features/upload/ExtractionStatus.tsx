import { useEffect } from 'react';
import { Link } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { ErrorMessage, Loading } from '../../components/states';
import type { EvidenceStatus } from '../../gql/graphql';
import { evidenceStatusLabel } from '../vendors/evidenceLabels';
import { EvidenceStatusChangedSubscription, EvidenceStatusQuery } from './uploadQueries';

const progress: Record<EvidenceStatus, number> = { QUEUED: 0, EXTRACTING: 1, EXTRACTED: 2, FAILED: 2 };
const isDone = (status: EvidenceStatus | undefined) => status === 'EXTRACTED' || status === 'FAILED';

/**
 * Follows a document through extraction. The server pushes each status change (evidenceStatusChanged over the
 * WebSocket); the document is re-read when a change arrives, for its page count and failure. When the socket fails,
 * the status is polled every `pollMs` instead.
 */
export function ExtractionStatus({ documentId, pollMs = 2000 }: { documentId: string; pollMs?: number }) {
  const [{ data, error }, refetch] = useQuery({ query: EvidenceStatusQuery, variables: { id: documentId }, requestPolicy: 'network-only' });
  const document = data?.evidenceDocument;
  const done = isDone(document?.status);
  const [live] = useSubscription({ query: EvidenceStatusChangedSubscription, variables: { documentId }, pause: done });
  const pushed = live.data?.evidenceStatusChanged;
  const polling = !!live.error && !done;

  // Only a push that is ahead of the last read asks for a new one (a push behind it would re-read forever).
  const pushedAhead = !!pushed && !!document && progress[pushed.status] > progress[document.status];
  useEffect(() => {
    if (pushedAhead) refetch({ requestPolicy: 'network-only' });
  }, [pushedAhead, pushed, refetch]);

  useEffect(() => {
    if (!polling) return;
    const timer = window.setInterval(() => refetch({ requestPolicy: 'network-only' }), pollMs);
    return () => window.clearInterval(timer);
  }, [polling, refetch, pollMs]);

  if (error && !document) return <ErrorMessage title="The extraction status could not be read">{error.message}</ErrorMessage>;
  if (!document) return <Loading label="Waiting for the server…" />;
  // Whichever read is further along: a push may overtake the query, or the other way round.
  const status = pushed && progress[pushed.status] >= progress[document.status] ? pushed.status : document.status;
  const failure = document.failure ?? (pushed?.failureCode ? { code: pushed.failureCode, message: pushed.failureMessage ?? '' } : null);
  return (
    <div className="extraction-status" role="status" aria-live="polite">
      <p>
        Extraction: <strong data-testid="extraction-status" data-transport={polling ? 'polling' : pushed ? 'subscription' : 'query'}>{evidenceStatusLabel[status]}</strong>
        {document.pageCount ? ` · ${document.pageCount} pages` : ''}
        <span className="muted small"> {polling ? `(live updates unavailable; checking every ${pollMs / 1000} s)` : '(live)'}</span>
      </p>
      {status === 'FAILED' && failure ? (
        <ErrorMessage title="Extraction failed">
          <code>{failure.code}</code> {failure.message}
        </ErrorMessage>
      ) : null}
      {status === 'EXTRACTED' ? (
        <p>
          <Link className="button button-primary" to={`/review/${encodeURIComponent(document.id)}`}>
            Open the review workspace
          </Link>
        </p>
      ) : status === 'FAILED' ? null : (
        <Loading label={status === 'QUEUED' ? 'Queued for extraction…' : 'Extracting findings…'} />
      )}
    </div>
  );
}
