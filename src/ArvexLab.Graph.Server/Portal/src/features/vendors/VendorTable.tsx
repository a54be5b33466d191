import { Link } from 'react-router';
import { useCan } from '../../auth/AuthProvider';
import type { VendorListQuery } from '../../gql/graphql';
import { criticalityLabel } from './vendorFilters';

type Edge = NonNullable<NonNullable<VendorListQuery['vendors']>['edges']>[number];

export function VendorTable({ edges }: { edges: readonly Edge[] }) {
  const canEdit = useCan('vendors:write');
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Vendors</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Criticality</th>
            <th scope="col">Services we use</th>
            <th scope="col">Documents</th>
            <th scope="col">Status</th>
            {canEdit ? <th scope="col"><span className="visually-hidden">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {edges.map(({ cursor, node }) => (
            <tr key={cursor}>
              <th scope="row">
                <Link to={`/vendors/${encodeURIComponent(node.id)}`}>{node.name}</Link>
                {node.website ? <span className="muted small">{node.website}</span> : null}
              </th>
              <td>
                <span className={`badge badge-${node.criticality.toLowerCase()}`}>{criticalityLabel[node.criticality]}</span>
              </td>
              <td>{node.services.length ? node.services.join(', ') : <span className="muted">—</span>}</td>
              <td>{node.documents?.totalCount ?? 0}</td>
              <td>{node.status === 'ARCHIVED' ? <span className="badge">Archived</span> : 'Active'}</td>
              {canEdit ? (
                <td>
                  <Link to={`/vendors/${encodeURIComponent(node.id)}/edit`} aria-label={`Edit ${node.name}`}>
                    Edit
                  </Link>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
