import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { EmptyState, Loading, RequestError } from '../../components/states';
import type { VendorEditFieldsFragment } from '../../gql/graphql';
import { mutationErrors } from './mutationErrors';
import { toVendorInput, VendorForm, type VendorFormValues } from './VendorForm';
import { UpdateVendorMutation } from './vendorMutations';
import { VendorForEditQuery } from './vendorQueries';
import { VendorStatusSection } from './VendorStatusSection';

function formValues(vendor: VendorEditFieldsFragment): VendorFormValues {
  return {
    name: vendor.name,
    website: vendor.website ?? '',
    criticality: vendor.criticality,
    services: vendor.services.join(', '),
    owner: vendor.owner ?? '',
    notes: vendor.notes ?? '',
  };
}

export function VendorEditPage() {
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: VendorForEditQuery, variables: { id } });
  const [, updateVendor] = useMutation(UpdateVendorMutation);
  const latest = data?.vendor;
  // The form edits the version it was opened with; a newer one on the server is a conflict to show,
  // never something to overwrite silently.
  const [pinned, setPinned] = useState<VendorEditFieldsFragment | null>(null);
  useEffect(() => {
    if (latest && (!pinned || pinned.id !== latest.id)) setPinned(latest);
  }, [latest, pinned]);
  const vendor = pinned?.id === latest?.id ? pinned : latest;
  const changedElsewhere = !!vendor && !!latest && latest.version !== vendor.version;

  let body;
  if (error && !vendor) body = <RequestError error={error} title="The vendor could not be loaded" />;
  else if (!vendor && fetching) body = <Loading label="Loading vendor…" />;
  else if (!vendor) body = <EmptyState title="No such vendor">It may have been removed, or belong to another organization.</EmptyState>;
  else {
    body = (
      <>
        {changedElsewhere ? (
          <div className="notice notice-warning" role="status">
            <p>Someone changed this vendor after you opened it. Saving now would be refused as a conflict.</p>
            <button type="button" onClick={() => setPinned(latest)}>
              Load the latest version (discards your edits)
            </button>
          </div>
        ) : null}
        <VendorForm
          key={`${vendor.id}:${vendor.version}`}
          initial={formValues(vendor)}
          submitLabel="Save changes"
          onSubmit={async (values) => {
            const result = await updateVendor({ input: { id: vendor.id, version: vendor.version, ...toVendorInput(values) } });
            const errors = mutationErrors(result, result.data?.updateVendor);
            if (!errors.length) navigate('/vendors', { state: { notice: `Vendor “${values.name.trim()}” saved.` } });
            return errors;
          }}
        />
        <VendorStatusSection vendor={vendor} />
      </>
    );
  }

  return (
    <section aria-labelledby="page-title">
      <p className="breadcrumb">
        <Link to="/vendors">Vendors</Link> /
      </p>
      <h1 id="page-title">{vendor ? `Edit ${vendor.name}` : 'Edit vendor'}</h1>
      {body}
    </section>
  );
}
