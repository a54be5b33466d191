import { useEffect } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ErrorMessage, Loading } from '../../components/states';
import { evidenceStatusLabel } from '../vendors/evidenceLabels';
import { EvidenceStatusQuery } from './uploadQueries';

/** Follows a document through extraction by polling its status every two seconds until it is done. */
export function ExtractionStatus({ documentId, pollMs = 2000 }: { documentId: string; pollMs?: number }) {
  const [{ data, error }, refetch] = useQuery({ query: EvidenceStatusQuery, variables: { id: documentId }, requestPolicy: 'network-only' });
  const document = data?.evidenceDocument;
  const done = document?.status === 'EXTRACTED' || document?.status === 'FAILED';
  useEffect(() => {
    if (done) return;
    const timer = window.setInterval(() => refetch({ requestPolicy: 'network-only' }), pollMs);
    return () => window.clearInterval(timer);
  }, [done, refetch, pollMs]);

  if (error && !document) return <ErrorMessage title="The extraction status could not be read">{error.message}</ErrorMessage>;
  if (!document) return <Loading label="Waiting for the server…" />;
  return (
    <div className="extraction-status" role="status" aria-live="polite">
      <p>
        Extraction: <strong data-testid="extraction-status">{evidenceStatusLabel[document.status]}</strong>
        {document.pageCount ? ` · ${document.pageCount} pages` : ''}
      </p>
      {document.status === 'FAILED' && document.failure ? (
        <ErrorMessage title="Extraction failed">
          <code>{document.failure.code}</code> {document.failure.message}
        </ErrorMessage>
      ) : null}
      {document.status === 'EXTRACTED' ? (
        <p>
          <Link className="button button-primary" to={`/review/${encodeURIComponent(document.id)}`}>
            Open the review workspace
          </Link>
        </p>
      ) : (
        <Loading label={document.status === 'QUEUED' ? 'Queued for extraction…' : 'Extracting findings…'} />
      )}
    </div>
  );
}
