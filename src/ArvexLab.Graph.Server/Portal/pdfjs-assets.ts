import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** pdf.js fetches these at run time (fonts not embedded in a PDF, CMaps, JPX/JBIG2 decoders, ICC profiles). */
export const pdfjsAssetFolders = ['cmaps', 'standard_fonts', 'wasm', 'iccs'];

/**
 * Copies them from pdfjs-dist into the build under /pdfjs/, so the viewer never needs a CDN.
 * The dev server serves them straight from node_modules (see features/review/pdfjsAssets.ts).
 */
export function pdfjsAssets(): Plugin {
  let outDir = '';
  return {
    name: 'arvexlab-pdfjs-assets',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const source = resolve(import.meta.dirname, 'node_modules/pdfjs-dist');
      for (const folder of pdfjsAssetFolders) {
        cpSync(resolve(source, folder), resolve(outDir, 'pdfjs', folder), { recursive: true });
      }
    },
  };
}
