import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { Can } from '../../auth/AuthProvider';
import { EmptyState, Loading, RequestError } from '../../components/states';
import { canGoNext, canGoPrevious, pageVariables, usePaging } from './paging';
import { useDebounced } from './useDebounced';
import { VendorFilterBar } from './VendorFilterBar';
import { noFilters, sortOptions, vendorWhere, type SortKey } from './vendorFilters';
import { VendorListQuery } from './vendorQueries';
import { VendorTable } from './VendorTable';

export const vendorPageSize = 20;

export function VendorsPage() {
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const [filters, setFilters] = useState(noFilters);
  const [sort, setSort] = useState<SortKey>('name-asc');
  const settledFilters = useDebounced(filters);
  const where = vendorWhere(settledFilters);
  const order = sortOptions[sort].order;
  const paging = usePaging(JSON.stringify([where, sort]));

  const [{ data, fetching, error }] = useQuery({
    query: VendorListQuery,
    variables: { ...pageVariables(paging.state, vendorPageSize), where, order },
  });
  const connection = data?.vendors;
  const edges = connection?.edges ?? [];

  return (
    <section aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">Vendors</h1>
        <Can action="vendors:write">
          <Link className="button button-primary" to="/vendors/new">
            New vendor
          </Link>
        </Can>
      </header>
      {notice ? <p className="notice" role="status">{notice}</p> : null}
      <VendorFilterBar filters={filters} sort={sort} onFiltersChange={setFilters} onSortChange={setSort} />

      {error ? <RequestError error={error} title="Vendors could not be loaded" /> : null}
      {!connection && fetching ? <Loading label="Loading vendors…" /> : null}
      {connection && edges.length === 0 ? (
        <EmptyState title="No vendors match">
          <p>Change the filters, or add the vendors whose evidence you review.</p>
        </EmptyState>
      ) : null}
      {connection && edges.length > 0 ? (
        <>
          <p className="muted" aria-live="polite">
            {connection.totalCount} vendor{connection.totalCount === 1 ? '' : 's'} · page {paging.state.page}
            {fetching ? ' · refreshing…' : ''}
          </p>
          <VendorTable edges={edges} />
          <nav className="pager" aria-label="Vendor pages">
            <button
              type="button"
              disabled={!canGoPrevious(paging.state, connection.pageInfo)}
              onClick={() => paging.previous(connection.pageInfo)}
            >
              ← Previous
            </button>
            <button
              type="button"
              disabled={!canGoNext(paging.state, connection.pageInfo)}
              onClick={() => paging.next(connection.pageInfo)}
            >
              Next →
            </button>
          </nav>
        </>
      ) : null}
    </section>
  );
}
