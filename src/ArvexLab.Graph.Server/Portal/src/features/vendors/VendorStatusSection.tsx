import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { PayloadErrors, type PayloadError } from '../../components/states';
import type { VendorEditFieldsFragment } from '../../gql/graphql';
import { mutationErrors } from './mutationErrors';
import { ArchiveVendorMutation, RestoreVendorMutation } from './vendorMutations';

/** Archive (asks once more) or restore. Archived vendors keep their evidence and history. */
export function VendorStatusSection({ vendor }: { vendor: VendorEditFieldsFragment }) {
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<readonly PayloadError[]>([]);
  const [archiving, archiveVendor] = useMutation(ArchiveVendorMutation);
  const [restoring, restoreVendor] = useMutation(RestoreVendorMutation);
  const navigate = useNavigate();
  const input = { id: vendor.id, version: vendor.version };
  const archived = vendor.status === 'ARCHIVED';

  async function archive() {
    const result = await archiveVendor({ input });
    const found = mutationErrors(result, result.data?.archiveVendor);
    setErrors(found);
    if (!found.length) navigate('/vendors', { state: { notice: `Vendor “${vendor.name}” archived.` } });
  }

  async function restore() {
    const result = await restoreVendor({ input });
    const found = mutationErrors(result, result.data?.restoreVendor);
    setErrors(found);
    if (!found.length) navigate('/vendors', { state: { notice: `Vendor “${vendor.name}” is active again.` } });
  }

  return (
    <section className="danger-zone" aria-labelledby="status-title">
      <h2 id="status-title">{archived ? 'Archived' : 'Archive'}</h2>
      <PayloadErrors errors={errors} />
      {archived ? (
        <>
          <p>This vendor is archived: it is kept with its evidence but left out of active lists.</p>
          <button type="button" onClick={restore} disabled={restoring.fetching}>
            Restore vendor
          </button>
        </>
      ) : (
        <>
          <p>Archived vendors leave the active lists; their documents and review history are kept.</p>
          {confirming ? (
            <div className="form-actions">
              <button type="button" className="button-danger" onClick={archive} disabled={archiving.fetching}>
                Yes, archive {vendor.name}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              Archive vendor…
            </button>
          )}
        </>
      )}
    </section>
  );
}
