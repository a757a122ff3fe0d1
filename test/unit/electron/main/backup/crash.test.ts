import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSealed } from '../../../../../electron/main/backup/container';
import { Rng } from '../../../../fixtures/prng';
import { crashNumber, runCrashKills, startWriter } from '../../../../bench/crash';
import { scratchPerTest } from '../../../helpers/case';
import { TEST_KEY } from '../../../helpers/core';
import { inspectBackupFile } from '../../../helpers/restore';

const scratch = scratchPerTest();

describe('crash safety', () => {
  it('20 SIGKILLs while writing: the database opens, passes integrity_check, and no acknowledged write is lost', async () => {
    const dir = scratch.folder('parley-crash-');
    const rng = new Rng(20261130, 'crash-test');
    const result = await runCrashKills({ dataDir: dir, key: TEST_KEY, kills: 20, random: () => rng.next() });
    expect(result.killsTried).toBe(20);
    expect(result.integrityFailures).toBe(0);
    expect(result.killsSurvived).toBe(20);
    expect(result.lostAcknowledgedWrites).toBe(0);
    // The kills landed while writing, or the test would prove nothing.
    expect(result.acknowledged).toBeGreaterThan(20);
  }, 180_000);

  it('a backup taken while another process writes hard restores to a consistent state', async () => {
    const dir = scratch.folder('parley-busy-');
    const folder = scratch.folder('parley-busy-usb-');
    const fresh = scratch.folder('parley-busy-restore-');
    const c = scratch.open(dir);
    await c.call('backup.setPassphrase', { passphrase: 'correct horse battery' });
    c.platform.nextFolder(folder);
    await c.call('backup.pickFolder');

    const writer = startWriter(dir, TEST_KEY);
    await writer.ready;
    while (writer.acked.length < 5) await new Promise((r) => setTimeout(r, 20));
    const ackedBefore = writer.acked.length;
    const made = await c.call('backup.run');
    await writer.kill();
    // The writer went on while the backup ran.
    expect(writer.acked.length).toBeGreaterThan(ackedBefore);

    const manifest = JSON.parse((await openSealed(made.file, 'correct horse battery')).parts.at(-1)!.data!.toString('utf8'));
    const r = scratch.open(fresh);
    const inspected = await inspectBackupFile(r, made.file, 'correct horse battery');
    await r.call('backup.restoreApply', { token: inspected.token });
    r.close();
    const restored = scratch.open(fresh);
    expect((restored.db.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check).toBe('ok');
    const numbers = (restored.db.prepare(`SELECT name FROM clients WHERE name LIKE 'crash %'`).pluck().all() as string[]).map(crashNumber).sort((a, b) => a - b);
    // A consistent snapshot: the writer commits in order, so the backup holds exactly 0..k-1.
    expect(numbers.length).toBeGreaterThanOrEqual(ackedBefore);
    expect(numbers).toEqual(numbers.map((_, i) => i));
    expect(inspected.summary.counts.clients).toBe(numbers.length);
    expect(manifest.counts.clients).toBe(numbers.length);
    // Every client row has its search-index and audit rows (one transaction each).
    const audits = restored.db.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'client' AND action = 'create'`).pluck().get() as number;
    expect(audits).toBe(numbers.length);
    expect(fs.existsSync(path.join(fresh, 'parley.db'))).toBe(true);
  }, 120_000);
});
