import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { PayloadErrors, type PayloadError } from '../../components/states';
import { mutationErrors } from './mutationErrors';
import { ArchiveVendorMutation } from './vendorMutations';

/** Archiving hides the vendor from lists but keeps its evidence; it asks once more before doing it. */
export function ArchiveVendorSection({ id, name }: { id: string; name: string }) {
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<readonly PayloadError[]>([]);
  const [{ fetching }, archiveVendor] = useMutation(ArchiveVendorMutation);
  const navigate = useNavigate();

  async function archive() {
    const result = await archiveVendor({ input: { id } });
    const found = mutationErrors(result, result.data?.archiveVendor);
    setErrors(found);
    if (!found.length) navigate('/vendors', { state: { notice: `Vendor “${name}” archived.` } });
  }

  return (
    <section className="danger-zone" aria-labelledby="archive-title">
      <h2 id="archive-title">Archive</h2>
      <p>Archived vendors leave the lists; their documents and review history are kept.</p>
      <PayloadErrors errors={errors} />
      {confirming ? (
        <div className="form-actions">
          <button type="button" className="button-danger" onClick={archive} disabled={fetching}>
            Yes, archive {name}
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
    </section>
  );
}
