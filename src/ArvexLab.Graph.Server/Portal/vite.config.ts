/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { pdfjsAssets } from './pdfjs-assets.ts';
import { persistedDocumentsManifest } from './persisted-documents.ts';

// `npm run dev` serves the portal on :5173 and forwards the API and the OIDC endpoints to the
// .NET server (ARVEXLAB_SERVER, default the Kestrel development URL).
const server = process.env.ARVEXLAB_SERVER ?? 'http://127.0.0.1:5000';
const proxied = ['/graphql', '/connect', '/.well-known', '/account', '/Account', '/health'];

export default defineConfig({
  plugins: [react(), pdfjsAssets(), persistedDocumentsManifest()],
  build: {
    outDir: resolve(import.meta.dirname, '../wwwroot'),
    emptyOutDir: true,
    // Monaco (GraphiQL) and pdf.js are big by nature; they load only on their own pages.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      // GraphiQL's React-compiler directives are harmless once bundled; the noise hides real warnings.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        graphiql: resolve(import.meta.dirname, 'graphiql.html'),
      },
    },
  },
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: server, changeOrigin: false, ws: path === '/graphql' }])),
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
