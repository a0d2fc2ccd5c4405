import { Alert, Spin, Typography } from 'antd';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PDFJS_ASSETS } from '../../pdfjs-assets-paths';

GlobalWorkerOptions.workerSrc = workerUrl;

/** More pages than this are not drawn in the preview (a 300-page scan would take seconds and memory); the rest can be saved. */
const MAX_PAGES = 30;

/**
 * A PDF drawn page by page onto canvases by pdf.js inside the page: no browser plugin, nothing of the
 * file runs (scripts in a PDF are never executed, eval is off for our CSP).
 */
export function PdfPages({ bytes, name }: { bytes: Uint8Array; name: string }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ pages: number; drawn: number } | 'failed' | null>(null);

  useEffect(() => {
    let cancelled = false;
    let pdf: PDFDocumentProxy | null = null;
    const task = getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      enableXfa: false,
      // Chinese PDFs often name their fonts without embedding them: the CMaps (copied by the build) map their text.
      cMapUrl: new URL(PDFJS_ASSETS.cMaps, document.baseURI).href,
      cMapPacked: true,
      standardFontDataUrl: new URL(PDFJS_ASSETS.standardFonts, document.baseURI).href,
    });
    void (async () => {
      try {
        pdf = await task.promise;
        const pages = Math.min(pdf.numPages, MAX_PAGES);
        setState({ pages: pdf.numPages, drawn: 0 });
        for (let n = 1; n <= pages && !cancelled; n++) {
          const page = await pdf.getPage(n);
          const width = container.current?.clientWidth || 800;
          const viewport = page.getViewport({ scale: 1 });
          const scaled = page.getViewport({ scale: (width / viewport.width) * (window.devicePixelRatio || 1) });
          const canvas = document.createElement('canvas');
          canvas.width = scaled.width;
          canvas.height = scaled.height;
          canvas.style.width = '100%';
          canvas.style.display = 'block';
          canvas.style.marginBottom = '8px';
          canvas.setAttribute('aria-label', t('attachments.previewPage', { page: n, name }));
          canvas.dataset.testid = 'attachment-preview-pdf-page';
          await page.render({ canvasContext: canvas.getContext('2d')!, viewport: scaled }).promise;
          if (cancelled) return;
          container.current?.appendChild(canvas);
          setState({ pages: pdf.numPages, drawn: n });
        }
      } catch {
        if (!cancelled) setState('failed');
      }
    })();
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [bytes, name, t]);

  if (state === 'failed') return <Alert type="warning" showIcon title={t('attachments.previewPdfFailed')} />;
  return (
    <div style={{ maxHeight: '70vh', overflow: 'auto' }} data-testid="attachment-preview-pdf">
      {(!state || state.drawn === 0) && <Spin />}
      <div ref={container} />
      {state && state.pages > MAX_PAGES && state.drawn === MAX_PAGES && (
        <Typography.Text type="secondary">{t('attachments.previewMorePages', { shown: MAX_PAGES, pages: state.pages })}</Typography.Text>
      )}
    </div>
  );
}
