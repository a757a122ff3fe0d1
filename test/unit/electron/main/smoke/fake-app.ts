// Stands in for the packaged binary in packaged-script.test.ts: the smoke command as
// index.ts wires it, in plain Node.
import { makeSmokeRoot, smokeCommand } from '../../../../../electron/main/smoke/run';

if (process.argv.includes('--smoke-test')) process.exit(await smokeCommand({ parent: makeSmokeRoot(), argv: process.argv, appVersion: '0.0.0-fake' }));
process.exit(3);
