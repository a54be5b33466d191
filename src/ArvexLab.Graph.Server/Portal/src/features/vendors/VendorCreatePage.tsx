import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { emptyVendor, toVendorInput, VendorForm } from './VendorForm';
import { CreateVendorMutation } from './vendorMutations';
import { mutationErrors } from './mutationErrors';

export function VendorCreatePage() {
  const [, createVendor] = useMutation(CreateVendorMutation);
  const navigate = useNavigate();

  return (
    <section aria-labelledby="page-title">
      <p className="breadcrumb">
        <Link to="/vendors">Vendors</Link> /
      </p>
      <h1 id="page-title">New vendor</h1>
      <VendorForm
        initial={emptyVendor}
        submitLabel="Create vendor"
        onSubmit={async (values) => {
          const result = await createVendor({ input: toVendorInput(values) });
          const errors = mutationErrors(result, result.data?.createVendor);
          const vendor = result.data?.createVendor.vendor;
          if (!errors.length && vendor) navigate('/vendors', { state: { notice: `Vendor “${vendor.name}” created.` } });
          return errors;
        }}
      />
    </section>
  );
}
