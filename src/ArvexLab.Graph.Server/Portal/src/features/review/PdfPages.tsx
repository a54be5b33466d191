import { useEffect, useRef, useState } from 'react';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ErrorMessage, Loading } from '../../components/states';
import { pdfjsAssetOptions } from './pdfjsAssets';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Renders every page of a PDF to canvases, one after the other. */
export default function PdfPages({ source, scale = 1.25 }: { source: Blob; scale?: number }) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ pages?: number; error?: string }>({});

  useEffect(() => {
    let cancelled = false;
    const host = container.current!;
    host.replaceChildren();
    setState({});
    (async () => {
      const data = new Uint8Array(await source.arrayBuffer());
      // No eval of font programs: the viewer never compiles code taken from a document.
      const pdf = await getDocument({ data, isEvalSupported: false, ...pdfjsAssetOptions }).promise;
      if (cancelled) return;
      setState({ pages: pdf.numPages });
      for (let number = 1; number <= pdf.numPages && !cancelled; number++) {
        const page = await pdf.getPage(number);
        const viewport = page.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', `Page ${number}`);
        canvas.className = 'pdf-page';
        host.append(canvas);
        await page.render({ canvas, viewport }).promise;
      }
      await pdf.destroy();
    })().catch((error: unknown) => !cancelled && setState({ error: error instanceof Error ? error.message : String(error) }));
    return () => {
      cancelled = true;
    };
  }, [source, scale]);

  return (
    <div className="pdf-viewer">
      {state.error ? <ErrorMessage title="The PDF could not be shown">{state.error}</ErrorMessage> : null}
      {!state.error && state.pages === undefined ? <Loading label="Opening the PDF…" /> : null}
      {state.pages ? <p className="muted">{state.pages === 1 ? '1 page' : `${state.pages} pages`}</p> : null}
      <div ref={container} className="pdf-pages" />
    </div>
  );
}
