import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, Loading, RequestError } from '../../components/states';
import { evidenceKindLabel, evidenceStatusLabel } from '../vendors/evidenceLabels';
import { ReviewQueueQuery } from './reviewQueries';

/** Documents waiting for a reviewer's decision, newest first. */
export function ReviewQueue() {
  const [{ data, fetching, error }] = useQuery({ query: ReviewQueueQuery, requestPolicy: 'cache-and-network' });
  if (error && !data) return <RequestError error={error} title="The review queue could not be loaded" />;
  if (!data) return fetching ? <Loading label="Loading the review queue…" /> : null;
  if (!data.evidenceDocuments.totalCount) return <EmptyState title="Nothing waits for review" />;
  return (
    <ul className="plain-list">
      {data.evidenceDocuments.nodes.map((d) => (
        <li key={d.id}>
          {d.status === 'EXTRACTED' ? <Link to={`/review/${encodeURIComponent(d.id)}`}>{d.title}</Link> : d.title}
          <span className="muted small">
            {d.vendor.name} · {evidenceKindLabel[d.kind]} · {evidenceStatusLabel[d.status]}
          </span>
        </li>
      ))}
    </ul>
  );
}
