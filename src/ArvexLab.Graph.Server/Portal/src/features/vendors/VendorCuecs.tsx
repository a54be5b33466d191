import { EmptyState } from '../../components/states';
import type { VendorDetailQuery } from '../../gql/graphql';

type Documents = NonNullable<VendorDetailQuery['vendor']>['documents'];

/** The organization's own to-do list from this vendor's reports: what we must do for their controls to work. */
export function VendorCuecs({ documents }: { documents: Documents }) {
  const cuecs = documents.nodes.flatMap((d) => d.cuecs.nodes.filter((c) => c.reviewState !== 'REJECTED').map((c) => ({ ...c, document: d.title })));
  if (!cuecs.length) return <EmptyState title="No complementary user-entity controls" />;
  return (
    <ul className="plain-list">
      {cuecs.map((c) => (
        <li key={c.id}>
          {c.description}
          <span className="muted small">
            {c.status.toLowerCase().replace('_', ' ')}
            {c.owner ? ` · owner ${c.owner}` : ''}
            {c.dueDate ? ` · due ${c.dueDate}` : ''} · from {c.document}
          </span>
        </li>
      ))}
    </ul>
  );
}
