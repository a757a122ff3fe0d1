import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MOVED_MARKER, moveDataFolder } from '../../../../../electron/main/datafolder/move';
import { makeTempDir, openTestCore, removeDir } from '../../../helpers/core';

// %APPDATA%\Parley -> %LOCALAPPDATA%\Parley, with the paths passed in: a real profile (an
// encrypted database with a client, the key file, Chromium's Local State, attachments),
// moved, and moved again after a start that was killed at every stage of the move.

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

async function profile(): Promise<{ root: string; from: string; to: string }> {
  const root = makeTempDir('parley-move-');
  dirs.push(root, `${root}/data-platform`);
  const from = path.join(root, 'Roaming', 'Parley');
  const to = path.join(root, 'Local', 'Parley');
  fs.mkdirSync(path.join(from, 'data'), { recursive: true });
  const core = openTestCore(path.join(from, 'data'));
  await core.call('clients.create', { name: '欧阳娜娜', phone: '13800138000' });
  core.close();
  fs.writeFileSync(path.join(from, 'parley.key'), JSON.stringify({ format: 'parley-key', version: 1, protection: 'safeStorage', data: 'd3JhcHBlZA==' }));
  fs.writeFileSync(path.join(from, 'Local State'), JSON.stringify({ os_crypt: { encrypted_key: 'RFBBUEk...' } }));
  fs.mkdirSync(path.join(from, 'data', 'files'), { recursive: true });
  for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(from, 'data', 'files', `blob-${i}`), crypto.randomBytes(20_000 + i));
  fs.mkdirSync(path.join(root, 'Local'), { recursive: true });
  return { root, from, to };
}

/** Relative path -> SHA-256 of every file under dir. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, e.name);
      if (e.isDirectory()) walk(child);
      else out[child] = crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, child))).digest('hex');
    }
  };
  walk('');
  return out;
}

function clientsIn(dataDir: string): string[] {
  const core = openTestCore(dataDir);
  try {
    return core.db.prepare('SELECT name FROM clients').pluck().all() as string[];
  } finally {
    core.close();
  }
}

const CHILD = path.join(import.meta.dirname, 'move-child.ts');
function killedStart(from: string, to: string, stage: string, nth = 1) {
  return spawnSync(process.execPath, ['--import', 'tsx', CHILD, from, to, stage, String(nth)], { encoding: 'utf8' });
}

describe('moving the Windows data folder to LOCALAPPDATA', () => {
  it('moves everything once, byte for byte, and the database opens there', async () => {
    const { from, to } = await profile();
    const before = tree(from);
    const result = moveDataFolder({ from, to, inUse: () => false });
    expect(result).toMatchObject({ status: 'moved', dir: to, files: Object.keys(before).length });
    expect(fs.existsSync(from)).toBe(false);
    expect(fs.existsSync(`${from}.moved`)).toBe(false);
    expect(fs.existsSync(`${to}.moving`)).toBe(false);
    const after = tree(to);
    delete after[MOVED_MARKER];
    expect(after).toEqual(before);
    expect(clientsIn(path.join(to, 'data'))).toEqual(['欧阳娜娜']);
    // The next start has nothing to do.
    expect(moveDataFolder({ from, to, inUse: () => false })).toEqual({ status: 'none', dir: to });
  });

  it('does nothing on a new installation', async () => {
    const { from, to } = await profile();
    fs.rmSync(from, { recursive: true });
    expect(moveDataFolder({ from, to })).toEqual({ status: 'none', dir: to });
    expect(fs.existsSync(to)).toBe(false);
  });

  for (const [stage, nth] of [
    ['copied-file', 1],
    ['copied-file', 20],
    ['verified', 1],
    ['renamed', 1],
    ['removing', 1],
    ['retired', 1],
  ] as const) {
    it(`a start killed at "${stage}" #${nth} leaves the data whole, and the next start finishes the move`, async () => {
      const { from, to } = await profile();
      const before = tree(from);
      const killed = killedStart(from, to, stage, nth);
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      // Whatever the moment, one complete copy exists: the original, or the renamed new one.
      const complete = fs.existsSync(to) ? to : from;
      const whole = tree(complete);
      delete whole[MOVED_MARKER];
      expect(whole).toEqual(before);

      const next = moveDataFolder({ from, to, inUse: () => false });
      expect(next.status).toBe(stage === 'renamed' || stage === 'removing' || stage === 'retired' ? 'finished' : 'moved');
      expect(next.dir).toBe(to);
      const after = tree(to);
      delete after[MOVED_MARKER];
      expect(after).toEqual(before);
      expect(fs.existsSync(from)).toBe(false);
      expect(fs.existsSync(`${from}.moved`)).toBe(false);
      expect(fs.existsSync(`${to}.moving`)).toBe(false);
      expect(clientsIn(path.join(to, 'data'))).toEqual(['欧阳娜娜']);
    }, 60_000);
  }

  it('leaves both folders alone when the local one already holds other data', async () => {
    const { from, to } = await profile();
    fs.mkdirSync(to);
    fs.writeFileSync(path.join(to, 'parley.key'), 'another installation');
    const before = tree(from);
    expect(moveDataFolder({ from, to, inUse: () => false })).toEqual({ status: 'conflict', dir: to });
    expect(tree(from)).toEqual(before);
    expect(fs.readFileSync(path.join(to, 'parley.key'), 'utf8')).toBe('another installation');
  });

  it('never deletes an old folder that changed after the move (an older Parley wrote to it)', async () => {
    const { from, to } = await profile();
    const killed = killedStart(from, to, 'renamed');
    expect(killed.signal).toBe('SIGKILL');
    fs.writeFileSync(path.join(from, 'data', 'files', 'blob-new'), 'written by the old version');
    expect(moveDataFolder({ from, to, inUse: () => false })).toEqual({ status: 'conflict', dir: to });
    expect(fs.readFileSync(path.join(from, 'data', 'files', 'blob-new'), 'utf8')).toBe('written by the old version');
  }, 60_000);

  it('waits while an older Parley holds the old folder, and keeps using it', async () => {
    const { from, to } = await profile();
    expect(moveDataFolder({ from, to, inUse: () => true })).toEqual({ status: 'busy', dir: from });
    expect(fs.existsSync(to)).toBe(false);
  });

  it('a copy that fails (the target cannot be written) leaves the old folder as it was and in use', async () => {
    const { root, from, to } = await profile();
    const before = tree(from);
    // The target's parent is a file: nothing can be created there.
    fs.rmSync(path.join(root, 'Local'), { recursive: true });
    fs.writeFileSync(path.join(root, 'Local'), 'not a folder');
    const result = moveDataFolder({ from, to, inUse: () => false });
    expect(result).toMatchObject({ status: 'failed', dir: from });
    expect(result.error).toMatch(/ENOTDIR|EEXIST/);
    expect(tree(from)).toEqual(before);
  });
});
