import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// PARLEY_OUT_DIR lets parallel work build into its own folder (the harness reads the same variable).
const OUT = process.env['PARLEY_OUT_DIR'] ?? 'out';

export default defineConfig({
  main: {
    build: {
      outDir: `${OUT}/main`,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // PDF rendering runs in a worker thread: its own entry, loaded by the pool.
          'pdf-worker': resolve(__dirname, 'electron/main/pdf/worker.ts'),
          // Long jobs (backup, restore) run in a worker thread too: jobs/runner.ts loads it.
          'jobs-worker': resolve(__dirname, 'electron/main/jobs/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: `${OUT}/preload`,
      // A sandboxed preload must be one CommonJS file with nothing left to require but 'electron'.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, OUT, 'renderer'),
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
      chunkSizeWarningLimit: 4000,
    },
  },
});
