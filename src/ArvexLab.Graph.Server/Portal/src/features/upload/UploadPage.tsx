import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useAuth } from '../../auth/AuthProvider';
import { RequireAction } from '../../auth/RequireAction';
import { Field } from '../../components/Field';
import { PayloadErrors, RequestError, type PayloadError } from '../../components/states';
import { DropZone } from './DropZone';
import { uploadEvidenceFile } from './evidenceUpload';
import { ExtractionStatus } from './ExtractionStatus';
import { UploadVendorsQuery } from './uploadQueries';

function UploadForm() {
  const { session } = useAuth();
  const [params] = useSearchParams();
  const [{ data, error }] = useQuery({ query: UploadVendorsQuery });
  const [vendorId, setVendorId] = useState(params.get('vendor') ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [errors, setErrors] = useState<readonly PayloadError[]>([]);
  const [warnings, setWarnings] = useState<readonly { code: string; message: string }[]>([]);
  const [documentId, setDocumentId] = useState<string | null>(null);
  const uploading = progress !== null && documentId === null && !errors.length;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file || !vendorId) return;
    setErrors([]);
    setWarnings([]);
    setDocumentId(null);
    setProgress(0);
    try {
      const outcome = await uploadEvidenceFile({ vendorId, file, token: await session.accessToken(), onProgress: setProgress });
      setErrors(outcome.errors);
      setWarnings(outcome.warnings);
      setDocumentId(outcome.documentId);
    } catch (e) {
      setErrors([{ code: 'NETWORK_ERROR', message: e instanceof Error ? e.message : String(e), field: null }]);
    }
  }

  return (
    <>
      {error ? <RequestError error={error} title="Vendors could not be loaded" /> : null}
      <form onSubmit={submit} aria-label="Upload evidence">
        <Field label="Vendor">
          <select required value={vendorId} onChange={(e) => setVendorId(e.target.value)} disabled={uploading}>
            <option value="">Choose a vendor…</option>
            {data?.vendors.nodes.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </Field>
        <DropZone file={file} onFile={setFile} disabled={uploading} />
        <button type="submit" className="button-primary" disabled={!file || !vendorId || uploading}>
          Upload
        </button>
      </form>
      {progress !== null ? (
        <p>
          <label>
            Upload progress <progress max={1} value={progress} /> {Math.round(progress * 100)}%
          </label>
        </p>
      ) : null}
      <PayloadErrors errors={errors} />
      {warnings.map((w) => (
        <p key={w.code} className="notice notice-warning" role="status">
          <code>{w.code}</code> {w.message}
        </p>
      ))}
      {documentId ? <ExtractionStatus documentId={documentId} /> : null}
    </>
  );
}

export function UploadPage() {
  return (
    <RequireAction anyOf={['evidence:review']} title="Upload evidence">
      <section aria-labelledby="page-title">
        <h1 id="page-title">Upload evidence</h1>
        <p className="muted">A SOC 2 report, bridge letter or ISO/IEC 27001 certificate as a PDF (at most 50 MB).</p>
        <UploadForm />
      </section>
    </RequireAction>
  );
}
