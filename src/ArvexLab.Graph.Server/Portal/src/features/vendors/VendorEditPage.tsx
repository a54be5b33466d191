import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { EmptyState, Loading, RequestError } from '../../components/states';
import { ArchiveVendorSection } from './ArchiveVendorSection';
import { mutationErrors } from './mutationErrors';
import { toVendorInput, VendorForm, type VendorFormValues } from './VendorForm';
import { UpdateVendorMutation } from './vendorMutations';
import { VendorForEditQuery } from './vendorQueries';

export function VendorEditPage() {
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const [{ data, fetching, error }] = useQuery({ query: VendorForEditQuery, variables: { id } });
  const [, updateVendor] = useMutation(UpdateVendorMutation);
  const vendor = data?.vendor;

  let body;
  if (error) body = <RequestError error={error} title="The vendor could not be loaded" />;
  else if (!vendor && fetching) body = <Loading label="Loading vendor…" />;
  else if (!vendor) body = <EmptyState title="No such vendor">It may have been deleted, or belong to another organization.</EmptyState>;
  else {
    const initial: VendorFormValues = {
      name: vendor.name,
      website: vendor.website ?? '',
      criticality: vendor.criticality,
      services: vendor.services.join(', '),
      owner: vendor.owner ?? '',
      notes: vendor.notes ?? '',
    };
    body = (
      <>
        <VendorForm
          key={vendor.id}
          initial={initial}
          submitLabel="Save changes"
          onSubmit={async (values) => {
            const result = await updateVendor({ input: { id: vendor.id, ...toVendorInput(values) } });
            const errors = mutationErrors(result, result.data?.updateVendor);
            if (!errors.length) navigate('/vendors', { state: { notice: `Vendor “${values.name.trim()}” saved.` } });
            return errors;
          }}
        />
        {vendor.status === 'ACTIVE' ? <ArchiveVendorSection id={vendor.id} name={vendor.name} /> : <p className="notice">This vendor is archived.</p>}
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
