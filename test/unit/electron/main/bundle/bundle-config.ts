import { resolve } from 'node:path';
import project from '../../../../../electron.vite.config';

// The project's electron-vite config, main and preload only, written to a folder given by
// PARLEY_BUNDLE_OUT so the test never touches out/ (other builds and the harness use it).

const out = process.env['PARLEY_BUNDLE_OUT'];
if (!out) throw new Error('PARLEY_BUNDLE_OUT is not set');
const base = project as { main: { build: object }; preload: { build: { rollupOptions: object } } };

export default {
  main: { ...base.main, build: { ...base.main.build, outDir: resolve(out, 'main') } },
  preload: { ...base.preload, build: { ...base.preload.build, outDir: resolve(out, 'preload') } },
};
