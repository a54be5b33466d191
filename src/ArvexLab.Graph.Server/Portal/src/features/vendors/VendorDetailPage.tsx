import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Can } from '../../auth/AuthProvider';
import { EmptyState, Loading, RequestError } from '../../components/states';
import { VendorCuecs } from './VendorCuecs';
import { VendorDocuments } from './VendorDocuments';
import { VendorPosture } from './VendorPosture';
import { VendorDetailQuery } from './vendorDetailQuery';
import { criticalityLabel } from './vendorFilters';

export function VendorDetailPage() {
  const id = useParams().id ?? '';
  const [{ data, fetching, error }] = useQuery({ query: VendorDetailQuery, variables: { id } });
  const vendor = data?.vendor;

  let body;
  if (error && !data) body = <RequestError error={error} title="The vendor could not be loaded" />;
  else if (!data && fetching) body = <Loading label="Loading vendor…" />;
  else if (!vendor) body = <EmptyState title="No such vendor">It may have been removed, or belong to another organization.</EmptyState>;
  else
    body = (
      <>
        <dl className="facts">
          <dt>Criticality</dt>
          <dd>{criticalityLabel[vendor.criticality]}</dd>
          <dt>Services we use</dt>
          <dd>{vendor.services.join(', ') || '—'}</dd>
          {vendor.owner ? (
            <>
              <dt>Owner</dt>
              <dd>{vendor.owner}</dd>
            </>
          ) : null}
          {vendor.website ? (
            <>
              <dt>Website</dt>
              <dd>{vendor.website}</dd>
            </>
          ) : null}
          <dt>Status</dt>
          <dd>{vendor.status === 'ARCHIVED' ? 'Archived' : 'Active'}</dd>
        </dl>
        <p className="actions">
          <Can action="evidence:review">
            <Link className="button button-primary" to={`/upload?vendor=${encodeURIComponent(vendor.id)}`}>
              Upload evidence
            </Link>
          </Can>{' '}
          <Can action="vendors:write">
            <Link className="button" to={`/vendors/${encodeURIComponent(vendor.id)}/edit`}>
              Edit vendor
            </Link>
          </Can>
        </p>
        <VendorPosture vendorId={vendor.id} />
        <section aria-labelledby="documents-title">
          <h2 id="documents-title">Documents</h2>
          <VendorDocuments documents={vendor.documents} />
        </section>
        <section aria-labelledby="cuecs-title">
          <h2 id="cuecs-title">CUECs</h2>
          <VendorCuecs documents={vendor.documents} />
        </section>
      </>
    );

  return (
    <section aria-labelledby="page-title">
      <p className="breadcrumb">
        <Link to="/vendors">Vendors</Link> /
      </p>
      <h1 id="page-title">{vendor?.name ?? 'Vendor'}</h1>
      {body}
    </section>
  );
}
