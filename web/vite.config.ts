import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Two pages, bundled with everything they use (no CDN): the app (served at /app/) and
// the GraphQL playground (served at /graphql and /playground). Assets live under
// /app/assets/ with content hashes in their names.
const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/app/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  worker: { format: 'es' },
  build: {
    outDir: resolve(here, '../dist/web'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // GraphiQL's editor (Monaco) is large by nature; it is only loaded by the playground.
    chunkSizeWarningLimit: 6000,
    rolldownOptions: {
      // GraphiQL's dependencies mark React client modules ("use client"): meaningless in a bundle.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      input: {
        app: resolve(here, 'app/index.html'),
        playground: resolve(here, 'playground/index.html'),
      },
    },
  },
  server: {
    // `npx vite web` during development: the API is the server on :8000.
    proxy: { '/graphql': { target: 'http://127.0.0.1:8000', ws: true }, '/csrf/': 'http://127.0.0.1:8000', '/admin/': 'http://127.0.0.1:8000', '/floor-plans/': 'http://127.0.0.1:8000' },
  },
});
