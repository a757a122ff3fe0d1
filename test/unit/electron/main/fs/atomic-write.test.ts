import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fsyncFolder, fsyncFolderAsync, renameDurably, renameDurablyAsync, writeFileAtomic } from '../../../../../electron/main/fs/atomic-write';
import { makeTempDir, removeDir } from '../../../helpers/core';

let dir: string;
afterEach(() => {
  vi.restoreAllMocks();
  removeDir(dir);
});

/** Records, in order, every fsync and rename and what the fsynced descriptor was opened on. */
function watchDisk() {
  const opened = new Map<number, string>();
  const events: string[] = [];
  const open = fs.openSync;
  vi.spyOn(fs, 'openSync').mockImplementation((...args: Parameters<typeof fs.openSync>) => {
    const fd = open(...args);
    opened.set(fd, path.basename(String(args[0])));
    return fd;
  });
  const fsync = fs.fsyncSync;
  vi.spyOn(fs, 'fsyncSync').mockImplementation((fd: number) => {
    events.push(`fsync ${opened.get(fd)}`);
    fsync(fd);
  });
  const rename = fs.renameSync;
  vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
    events.push(`rename ${path.basename(String(from)).startsWith('.out.pdf.') ? 'temp' : String(from)} -> ${path.basename(String(to))}`);
    rename(from, to);
  });
  return events;
}

describe('writeFileAtomic', () => {
  it('writes a temp file, fsyncs it, renames it over the target, then fsyncs the folder', () => {
    dir = makeTempDir('parley-atomic-');
    const target = path.join(dir, 'out.pdf');
    fs.writeFileSync(target, 'old');
    const events = watchDisk();
    writeFileAtomic(target, Buffer.from('new content'));
    const tempName = events[0]!.slice('fsync '.length);
    expect(tempName).toMatch(/^\.out\.pdf\.[0-9a-f]{8}\.tmp$/);
    expect(events).toEqual([`fsync ${tempName}`, 'rename temp -> out.pdf', `fsync ${path.basename(dir)}`]);
    expect(fs.readFileSync(target, 'utf8')).toBe('new content');
    expect(fs.readdirSync(dir)).toEqual(['out.pdf']);
  });

  it('makes the file readable by this user only, unless told otherwise', () => {
    dir = makeTempDir('parley-atomic-');
    writeFileAtomic(path.join(dir, 'key.json'), '{"k":1}');
    writeFileAtomic(path.join(dir, 'open.txt'), 'x', { mode: 0o644 });
    if (process.platform !== 'win32') {
      expect(fs.statSync(path.join(dir, 'key.json')).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.join(dir, 'open.txt')).mode & 0o077).toBe(0o044 & ~process.umask());
    }
  });

  it('streams through the descriptor, and a failure half way leaves the old file and no temp file', () => {
    dir = makeTempDir('parley-atomic-');
    const target = path.join(dir, 'blob');
    fs.writeFileSync(target, 'the old, whole file');
    writeFileAtomic(target, (fd) => {
      fs.writeSync(fd, 'part one, ');
      fs.writeSync(fd, 'part two');
    });
    expect(fs.readFileSync(target, 'utf8')).toBe('part one, part two');
    expect(() =>
      writeFileAtomic(target, (fd) => {
        fs.writeSync(fd, 'half of a new');
        throw new Error('disk pulled out');
      }),
    ).toThrow('disk pulled out');
    expect(fs.readFileSync(target, 'utf8')).toBe('part one, part two');
    expect(fs.readdirSync(dir)).toEqual(['blob']);
  });

  it('uses the temp name it is given (sweeps recognise leftovers by it), and only in the target folder', () => {
    dir = makeTempDir('parley-atomic-');
    const target = path.join(dir, 'abc');
    let seen: string[] = [];
    writeFileAtomic(target, () => void (seen = fs.readdirSync(dir)), { tempPath: `${target}.tmp` });
    expect(seen).toEqual(['abc.tmp']);
    expect(fs.readdirSync(dir)).toEqual(['abc']);
    fs.mkdirSync(path.join(dir, 'sub'));
    expect(() => writeFileAtomic(target, 'x', { tempPath: path.join(dir, 'sub', 'abc.tmp') })).toThrow(/target folder/);
  });

  it('refuses to reuse a temp file that is already there (another writer), leaving it alone', () => {
    dir = makeTempDir('parley-atomic-');
    const target = path.join(dir, 'abc');
    fs.writeFileSync(`${target}.tmp`, 'someone else');
    expect(() => writeFileAtomic(target, 'x', { tempPath: `${target}.tmp` })).toThrow(/EEXIST/);
    expect(fs.readFileSync(`${target}.tmp`, 'utf8')).toBe('someone else');
    expect(fs.existsSync(target)).toBe(false);
  });
});

describe('renameDurablyAsync', () => {
  it('moves a finished temp file over the target', async () => {
    dir = makeTempDir('parley-atomic-');
    fs.writeFileSync(path.join(dir, 'x.partial'), 'sealed');
    fs.writeFileSync(path.join(dir, 'x'), 'old');
    await renameDurablyAsync(path.join(dir, 'x.partial'), path.join(dir, 'x'));
    expect(fs.readdirSync(dir)).toEqual(['x']);
    expect(fs.readFileSync(path.join(dir, 'x'), 'utf8')).toBe('sealed');
  });
});

describe('renameDurably', () => {
  it('renames, then fsyncs the folder the name now lives in (a folder too: the data-folder move renames one)', () => {
    dir = makeTempDir('parley-atomic-');
    fs.mkdirSync(path.join(dir, 'stage'));
    fs.writeFileSync(path.join(dir, 'stage', 'a'), 'x');
    const events = watchDisk();
    renameDurably(path.join(dir, 'stage'), path.join(dir, 'final'));
    expect(events).toEqual([`rename ${path.join(dir, 'stage')} -> final`, `fsync ${path.basename(dir)}`]);
    expect(fs.readFileSync(path.join(dir, 'final', 'a'), 'utf8')).toBe('x');
  });
});

describe('fsyncFolder', () => {
  const errno = (code: string) => Object.assign(new Error(code), { code });

  it('does not try on Windows, which cannot open a folder to flush it', async () => {
    dir = makeTempDir('parley-atomic-');
    const open = vi.spyOn(fs, 'openSync');
    const openAsync = vi.spyOn(fs.promises, 'open');
    fsyncFolder(dir, 'win32');
    await fsyncFolderAsync(dir, 'win32');
    expect(open).not.toHaveBeenCalled();
    expect(openAsync).not.toHaveBeenCalled();
    fsyncFolder(dir, 'darwin');
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('passes over a file system that cannot sync folders, but reports a disk that failed', async () => {
    dir = makeTempDir('parley-atomic-');
    const fsync = vi.spyOn(fs, 'fsyncSync').mockImplementationOnce(() => {
      throw errno('EINVAL');
    });
    expect(() => fsyncFolder(dir, 'linux')).not.toThrow();
    fsync.mockImplementationOnce(() => {
      throw errno('EIO');
    });
    expect(() => fsyncFolder(dir, 'linux')).toThrow('EIO');
    vi.spyOn(fs.promises, 'open').mockRejectedValueOnce(errno('EACCES')).mockRejectedValueOnce(errno('EIO'));
    await expect(fsyncFolderAsync(dir, 'linux')).resolves.toBeUndefined();
    await expect(fsyncFolderAsync(dir, 'linux')).rejects.toThrow('EIO');
  });
});
