// Job worker entry when running from TypeScript source (vitest, tsx scripts, benchmarks):
// register tsx's loader in this thread, then load worker.ts. The built app uses
// out/main/jobs-worker.js instead (see runner.ts).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
