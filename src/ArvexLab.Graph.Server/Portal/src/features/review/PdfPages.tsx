import { useEffect, useRef, useState } from 'react';
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ErrorMessage, Loading } from '../../components/states';
import { highlightBox } from './highlight';
import { pdfjsAssetOptions } from './pdfjsAssets';

GlobalWorkerOptions.workerSrc = workerUrl;

export interface PdfHighlight {
  page: number;
  bbox?: readonly number[] | null;
}

interface PageSize {
  width: number;
  height: number;
}

/**
 * Every page of a PDF as a canvas in a frame of the page's size (frames first, so any page can be scrolled
 * to before it is drawn); `highlight` scrolls its page into view and outlines its box.
 */
export default function PdfPages({ source, highlight, scale = 1.25 }: { source: Blob; highlight?: PdfHighlight | null; scale?: number }) {
  const frames = useRef<(HTMLDivElement | null)[]>([]);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [sizes, setSizes] = useState<PageSize[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let opened: PDFDocumentProxy | null = null;
    setPdf(null);
    setSizes([]);
    setError(null);
    (async () => {
      const data = new Uint8Array(await source.arrayBuffer());
      // No eval of font programs: the viewer never compiles code taken from a document.
      opened = await getDocument({ data, isEvalSupported: false, ...pdfjsAssetOptions }).promise;
      const measured: PageSize[] = [];
      for (let number = 1; number <= opened.numPages; number++) {
        const viewport = (await opened.getPage(number)).getViewport({ scale: 1 });
        measured.push({ width: viewport.width, height: viewport.height });
      }
      if (cancelled) return;
      setSizes(measured);
      setPdf(opened);
    })().catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
      void opened?.destroy();
    };
  }, [source]);

  useEffect(() => {
    if (!pdf) return;
    let cancelled = false;
    (async () => {
      for (let number = 1; number <= pdf.numPages && !cancelled; number++) {
        const frame = frames.current[number - 1];
        if (!frame) continue;
        const page = await pdf.getPage(number);
        const viewport = page.getViewport({ scale });
        const canvas = document.createElement('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        canvas.className = 'pdf-canvas';
        canvas.setAttribute('aria-hidden', 'true');
        await page.render({ canvas, viewport }).promise;
        if (cancelled) return;
        frame.querySelector('canvas')?.remove();
        frame.prepend(canvas);
      }
    })().catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [pdf, scale]);

  useEffect(() => {
    if (!highlight || !sizes.length) return;
    frames.current[highlight.page - 1]?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, [highlight, sizes]);

  return (
    <div className="pdf-viewer">
      {error ? <ErrorMessage title="The PDF could not be shown">{error}</ErrorMessage> : null}
      {!error && !sizes.length ? <Loading label="Opening the PDF…" /> : null}
      {sizes.length ? <p className="muted">{sizes.length === 1 ? '1 page' : `${sizes.length} pages`}</p> : null}
      <div className="pdf-pages">
        {sizes.map((size, index) => {
          const number = index + 1;
          const current = highlight?.page === number;
          const box = current && highlight?.bbox ? highlightBox(highlight.bbox, size.width, size.height) : null;
          return (
            <div
              key={number}
              ref={(element) => {
                frames.current[index] = element;
              }}
              className={current ? 'pdf-page pdf-page-current' : 'pdf-page'}
              style={{ width: size.width * scale, aspectRatio: `${size.width} / ${size.height}` }}
              role="img"
              aria-label={`Page ${number}`}
              data-page={number}
              aria-current={current ? 'page' : undefined}
            >
              {box ? <div className="pdf-highlight" data-testid="pdf-highlight" style={box} /> : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}
