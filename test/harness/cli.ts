import path from 'node:path';
import { startHarness } from './server';

// `npm run harness` (after `npm run build`): Parley in a browser, for development and
// tests. Data goes to .tmp/harness-data unless --data <dir> is given.

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dataDir = path.resolve(argValue('--data') ?? '.tmp/harness-data');
const port = Number(argValue('--port') ?? 0);
const harness = await startHarness({ dataDir, port });
console.log(`Parley harness (development and test tool, loopback only)`);
console.log(`  data:  ${dataDir}`);
console.log(`  open:  ${harness.url}`);
// A machine-readable line for scripts and the e2e fixture.
console.log(`HARNESS_URL=${harness.url}`);

const stop = () => void harness.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
