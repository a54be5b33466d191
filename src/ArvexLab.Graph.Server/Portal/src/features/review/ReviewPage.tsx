import { lazy, Suspense, useState } from 'react';
import { Field } from '../../components/Field';
import { Loading } from '../../components/states';
import { Placeholder } from '../../components/Placeholder';

// pdf.js is large: it loads only when a PDF is actually shown.
const PdfPages = lazy(() => import('./PdfPages'));

export function ReviewPage() {
  const [file, setFile] = useState<File | null>(null);
  return (
    <Placeholder title="Review workspace" issue="upload and review issue">
      <p>
        The document's pages beside its extracted findings: click a finding to scroll to its page and highlight
        its box; confirm, correct or reject with the keyboard; filter by confidence; bulk-confirm high-confidence
        items; approve or reject the document.
      </p>
      <p>Until then, the PDF viewer can be tried on a file from your computer (nothing is uploaded):</p>
      <Field label="Preview a PDF locally">
        <input type="file" accept="application/pdf" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </Field>
      {file ? (
        <Suspense fallback={<Loading label="Loading the PDF viewer…" />}>
          <PdfPages source={file} />
        </Suspense>
      ) : null}
    </Placeholder>
  );
}
