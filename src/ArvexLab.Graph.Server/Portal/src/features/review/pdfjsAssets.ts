/** Where pdf.js finds its run-time data: copied under /pdfjs/ by the build, node_modules in dev. */
const base = import.meta.env.DEV ? '/node_modules/pdfjs-dist/' : '/pdfjs/';

export const pdfjsAssetOptions = {
  cMapUrl: `${base}cmaps/`,
  cMapPacked: true,
  standardFontDataUrl: `${base}standard_fonts/`,
  wasmUrl: `${base}wasm/`,
  iccUrl: `${base}iccs/`,
};
