// Worker entry when running from TypeScript source (vitest, tsx scripts, benchmarks): a
// worker thread starts with a plain Node loader, so register tsx's loader in this thread
// first, then load worker.ts. The built app never uses this file: electron-vite compiles
// worker.ts to out/main/pdf-worker.js (see pool.ts).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
