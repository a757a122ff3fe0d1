// Child process for crash-leftovers.test.ts: does one thing that leaves a file behind while
// it runs, prints "at-point" there, and blocks until the test kills it with SIGKILL.
//   node leftover-child.mjs <dataDir> <keyHex> <open|blob|backup> [backupFolder]
import { runBackup } from '../../../../../electron/main/backup/auto';
import { openFileSink } from '../../../../../electron/main/backup/container';
import { openCore } from '../../../../../electron/main/core';
import { withStoredFile } from '../../../../../electron/main/attachments/store';
import { createScriptedPlatform } from '../../../../harness/platform';

const [dataDir, keyHex, mode, folder] = process.argv.slice(2) as [string, string, string, string | undefined];
const platform = createScriptedPlatform(`${dataDir}-platform`);
const core = openCore({ dataDir, key: Buffer.from(keyHex, 'hex'), platform, appVersion: 'leftover-child', logError: () => {} });
const block = (): never => {
  process.stdout.write('at-point\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  throw new Error('unreachable');
};
const call = async (channel: string, input?: unknown) => {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.data as Record<string, unknown>;
};

void (async () => {
  if (mode === 'open') {
    const client = await call('clients.create', { name: '林小红' });
    const pdf = Buffer.from('%PDF-1.7\n% a bank statement\n%%EOF\n').toString('base64');
    const att = await call('attachments.upload', { clientId: client['id'], kind: 'other', fileName: '流水.pdf', dataBase64: pdf });
    await call('attachments.open', { id: att['id'] });
    block();
  } else if (mode === 'blob') {
    // Killed inside the transaction: the blob is on disk, its row never commits.
    withStoredFile(core.ctx, { bytes: Buffer.from('%PDF-1.7 never committed') }, 'application/pdf', () => block());
  } else if (mode === 'backup') {
    await call('backup.setPassphrase', { passphrase: 'correct horse battery' });
    platform.nextFolder(folder!);
    await call('backup.pickFolder');
    await runBackup(core.ctx, 'manual', {
      scrypt: { log2N: 10, r: 8, p: 1 },
      openSink: async (file) => {
        const sink = await openFileSink(file);
        let writes = 0;
        return { ...sink, write: async (data: Buffer) => (await sink.write(data), ++writes === 2 ? block() : undefined) };
      },
    });
  }
})();
