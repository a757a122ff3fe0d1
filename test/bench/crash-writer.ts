// A writer for the crash-safety harness (test/bench/crash.ts): opens the case database the
// way the app does (openCore: SQLCipher, WAL, synchronous=FULL, migrations, the real
// handlers), then creates clients named `crash <n spelled in letters>` one after another through the
// dispatcher, printing `ack <n>` after each one has committed. The harness kills it with
// SIGKILL at a random moment and checks that every acknowledged client is there.
//
//   node --import tsx test/bench/crash-writer.ts <dataDir> <keyHex> <firstN> [count]
import { openCore } from '../../electron/main/core';
import { createScriptedPlatform } from '../harness/platform';

/** Client names allow letters only: 'crash ' + the number with 0-9 spelled a-j. */
export const crashName = (n: number): string => `crash ${String(n).replace(/\d/g, (d) => String.fromCharCode(97 + Number(d)))}`;

const [dataDir, keyHex, firstArg, countArg] = process.argv.slice(2);
if (!dataDir || !keyHex || !firstArg) {
  process.stderr.write('usage: crash-writer <dataDir> <keyHex> <firstN> [count]\n');
  process.exit(2);
}
const core = openCore({
  dataDir,
  key: Buffer.from(keyHex, 'hex'),
  platform: createScriptedPlatform(`${dataDir}-platform`),
  appVersion: 'crash-writer',
  logError: (channel, err) => process.stderr.write(`${channel}: ${String(err)}\n`),
});
process.stdout.write('ready\n');

const first = Number(firstArg);
const count = countArg === undefined ? Number.POSITIVE_INFINITY : Number(countArg);
void (async () => {
  for (let n = first; n < first + count; n++) {
    const res = await core.dispatch('clients.create', { name: crashName(n), phone: '13800138000', notes: 'x'.repeat(n % 7 === 0 ? 4000 : 40) });
    if (!res.ok) {
      process.stderr.write(`write ${n} failed: ${JSON.stringify(res.error)}\n`);
      process.exit(1);
    }
    // Written synchronously so the acknowledgement is out before the next write starts.
    process.stdout.write(`ack ${n}\n`);
  }
  core.close();
  process.exit(0);
})();
