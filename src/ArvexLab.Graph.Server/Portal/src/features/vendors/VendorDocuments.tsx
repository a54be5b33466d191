import { Link } from 'react-router';
import { useCan } from '../../auth/AuthProvider';
import { EmptyState } from '../../components/states';
import type { VendorDetailQuery } from '../../gql/graphql';
import { evidenceKindLabel, evidenceStatusLabel, reviewStatusLabel } from './evidenceLabels';

type Documents = NonNullable<VendorDetailQuery['vendor']>['documents'];

export function VendorDocuments({ documents }: { documents: Documents }) {
  const canReview = useCan('evidence:review');
  if (!documents.totalCount) return <EmptyState title="No evidence yet" />;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Evidence documents</caption>
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Kind</th>
            <th scope="col">Period / validity</th>
            <th scope="col">Covers</th>
            <th scope="col">Status</th>
            {canReview ? <th scope="col"><span className="visually-hidden">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {documents.nodes.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.title}</th>
              <td>{evidenceKindLabel[d.kind]}</td>
              <td>
                {d.periodStart || d.periodEnd ? `${d.periodStart ?? '?'} – ${d.periodEnd ?? '?'}` : null}
                {d.expiryDate ? <span className="small">valid until {d.expiryDate}</span> : null}
              </td>
              <td>{d.coversServices.join(', ') || <span className="muted">—</span>}</td>
              <td>
                {evidenceStatusLabel[d.status]}
                <span className="small muted">{reviewStatusLabel[d.reviewStatus]}</span>
              </td>
              {canReview ? (
                <td>
                  {d.status === 'EXTRACTED' ? (
                    <Link to={`/review/${encodeURIComponent(d.id)}`} aria-label={`Review ${d.title}`}>
                      Review
                    </Link>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
