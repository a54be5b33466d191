import { useState, type FormEvent } from 'react';
import { useClient, useMutation } from 'urql';
import { Field } from '../../components/Field';
import { PayloadErrors, type PayloadError } from '../../components/states';
import type { FrameworkFileFormat } from '../../gql/graphql';
import { mutationErrors } from '../vendors/mutationErrors';
import { FrameworkExportQuery, ImportFrameworkMutation } from './frameworkAdminOperations';

/** Hands text to the browser as a file download. */
function saveFile(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Export the shown framework as JSON or CSV (the format import reads back). */
export function FrameworkExport({ frameworkKey, version }: { frameworkKey: string; version: string }) {
  const client = useClient();
  const [errors, setErrors] = useState<readonly PayloadError[]>([]);
  async function exportAs(format: FrameworkFileFormat) {
    const result = await client.query(FrameworkExportQuery, { key: frameworkKey, version, format }, { requestPolicy: 'network-only' }).toPromise();
    const text = result.data?.framework?.export;
    if (!text) {
      setErrors(mutationErrors(result, null));
      return;
    }
    setErrors([]);
    saveFile(`${frameworkKey}-${version}.${format.toLowerCase()}`, text, format === 'JSON' ? 'application/json' : 'text/csv');
  }
  return (
    <p className="actions">
      <button type="button" onClick={() => void exportAs('JSON')}>
        Export JSON
      </button>
      <button type="button" onClick={() => void exportAs('CSV')}>
        Export CSV
      </button>
      <PayloadErrors errors={errors} />
    </p>
  );
}

/** Import a framework file as one of the organization's own frameworks (or a new version of one). */
export function FrameworkImport({ onImported }: { onImported: (id: string) => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<readonly PayloadError[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ fetching }, importFramework] = useMutation(ImportFrameworkMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    const format: FrameworkFileFormat = file.name.toLowerCase().endsWith('.csv') ? 'CSV' : 'JSON';
    const result = await importFramework({ input: { format, content: await file.text() } });
    const found = mutationErrors(result, result.data?.importFramework);
    setErrors(found);
    const framework = result.data?.importFramework.framework;
    if (!found.length && framework) {
      setNotice(`${framework.name} (${framework.version}) ${result.data?.importFramework.created ? 'imported' : 'updated'}.`);
      onImported(framework.id);
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} aria-label="Import a framework">
      <Field label="Framework file (JSON or CSV)">
        <input type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </Field>
      <button type="submit" disabled={!file || fetching}>
        Import
      </button>
      <PayloadErrors errors={errors} />
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
    </form>
  );
}
