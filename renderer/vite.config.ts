import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

// The renderer is built once and served by both shells from dist/renderer, with relative
// asset paths so it works over file-like custom protocols and HTTP alike.
export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  plugins: [
    {
      // One CSP for both shells: the page carries it too (frame-ancestors only works as a header).
      name: 'concord-csp',
      transformIndexHtml: (html) => html.replace('%CONCORD_CSP%', CONTENT_SECURITY_POLICY.replace(/; frame-ancestors [^;]+/, '')),
    },
  ],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
