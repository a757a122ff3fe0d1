// Moving Parley's folder on Windows from %APPDATA%\Parley (Roaming: on domain PCs it may be a
// network share, where SQLite's WAL is unsafe) to %LOCALAPPDATA%\Parley, once, at the first
// start of a version that uses the local one. The whole folder moves: besides the data and
// parley.key it holds Chromium's "Local State", whose DPAPI-protected key is what
// safeStorage needs to unwrap parley.key.
//
// Safe and resumable, decided from what is on disk alone (no state anywhere else):
//   1. copy <from> into <to>.moving (a sibling of the target, so on the target's volume),
//      flushing every file; an interrupted copy is thrown away and started again – the
//      source is untouched until step 4;
//   2. compare every file of the copy with its source (size and SHA-256);
//   3. write the marker file into the copy, then rename <to>.moving -> <to> (one atomic
//      step: <to> is either absent or complete);
//   4. rename <from> -> <from>.moved (atomic), then delete that.
// A start after a kill at any point finishes the move: before 3 it copies again, after 3 it
// only removes the old copy. <to> is never overwritten: if it already holds a folder that
// did not come from this move, both are left alone and the caller is told.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { renameDurably, writeFileAtomic } from '../fs/atomic-write';

export const MOVED_MARKER = '.parley-moved-from';

export type MoveStatus =
  /** Nothing to move (no old folder). */
  | 'none'
  /** Moved now. */
  | 'moved'
  /** An earlier, interrupted move was finished. */
  | 'finished'
  /** Both folders hold data that did not come from one move: nothing was touched. */
  | 'conflict'
  /** The old folder is in use (an older Parley is running): try again next start. */
  | 'busy'
  /** Copying failed (disk full, permissions): the old folder is untouched and still used. */
  | 'failed';

export interface MoveResult {
  status: MoveStatus;
  /** The folder to use this session. */
  dir: string;
  files?: number;
  bytes?: number;
  error?: string;
}

export interface MoveOptions {
  from: string;
  to: string;
  /** Test seam: called at each stage (and after each copied file) – a test kills the process here. */
  onStage?: (stage: 'copied-file' | 'verified' | 'renamed' | 'removing' | 'retired', detail?: string) => void;
  /** The old folder is open in a running Parley (Windows keeps Chromium's lockfile open). */
  inUse?: (from: string) => boolean;
}

const staging = (to: string) => `${to}.moving`;
const retired = (from: string) => `${from}.moved`;

/** Windows: Chromium holds <userData>\lockfile open while that profile runs; opening it for writing then fails. */
export function lockfileInUse(dir: string): boolean {
  const lockfile = path.join(dir, 'lockfile');
  if (!fs.existsSync(lockfile)) return false;
  try {
    fs.closeSync(fs.openSync(lockfile, 'r+'));
    return false;
  } catch (err) {
    return ['EBUSY', 'EPERM', 'EACCES'].includes((err as NodeJS.ErrnoException).code ?? '');
  }
}

function hasContent(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

function listFiles(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const child = path.join(rel, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(root, child));
    else if (entry.isFile()) out.push(child);
    // Links and other special files are not Parley's: Chromium and Parley write plain files.
  }
  return out;
}

function sha256(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let n: number;
    while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) hash.update(buf.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

function copyFlushed(src: string, dest: string): void {
  fs.copyFileSync(src, dest);
  const fd = fs.openSync(dest, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The marker a finished copy leaves (written below); only `from` is read back. */
const MovedMarker = z.object({ from: z.string() });

/** The folder a marker says the data came from; null when there is no marker or it cannot be read. */
function markerFrom(dir: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(path.join(dir, MOVED_MARKER), 'utf8'));
  } catch {
    return null;
  }
  const parsed = MovedMarker.safeParse(value);
  return parsed.success ? parsed.data.from : null;
}

/** Every file of the old folder is in the new one, byte for byte. */
function copiedUnchanged(from: string, to: string): boolean {
  return listFiles(from).every((rel) => {
    const b = path.join(to, rel);
    return fs.existsSync(b) && fs.statSync(b).size === fs.statSync(path.join(from, rel)).size && sha256(b) === sha256(path.join(from, rel));
  });
}

function removeOld(options: MoveOptions): void {
  if (fs.existsSync(options.from)) {
    options.onStage?.('removing');
    fs.renameSync(options.from, retired(options.from));
    options.onStage?.('retired');
  }
  fs.rmSync(retired(options.from), { recursive: true, force: true });
}

/** Moves the folder if there is one to move, or finishes a move that was cut short. */
export function moveDataFolder(options: MoveOptions): MoveResult {
  const { from, to } = options;
  const stage = staging(to);
  const inUse = options.inUse ?? lockfileInUse;

  // A move whose copy is complete: only the old folder is left to remove – if it is still
  // exactly what was copied (an older Parley started since may have written new data there).
  if (fs.existsSync(to) && markerFrom(to) !== null) {
    if (!fs.existsSync(from) && !fs.existsSync(retired(from))) return { status: 'none', dir: to };
    if (fs.existsSync(from)) {
      if (inUse(from)) return { status: 'busy', dir: to };
      if (!copiedUnchanged(from, to)) return { status: 'conflict', dir: to };
    }
    removeOld(options);
    return { status: 'finished', dir: to };
  }
  // Complete copy staged, cut short just before its rename (old folder gone by hand?): finish it.
  if (!fs.existsSync(to) && !hasContent(from) && markerFrom(stage) !== null) {
    renameDurably(stage, to);
    return { status: 'finished', dir: to };
  }
  if (!hasContent(from)) return { status: 'none', dir: to };
  if (hasContent(to)) return { status: 'conflict', dir: to };
  if (inUse(from)) return { status: 'busy', dir: from };

  try {
    // Anything staged before is from an interrupted copy: start again from the untouched source.
    fs.rmSync(stage, { recursive: true, force: true });
    if (fs.existsSync(to)) fs.rmdirSync(to); // empty (checked above)
    fs.mkdirSync(stage, { recursive: true });
    const files = listFiles(from);
    let bytes = 0;
    for (const rel of files) {
      fs.mkdirSync(path.dirname(path.join(stage, rel)), { recursive: true });
      copyFlushed(path.join(from, rel), path.join(stage, rel));
      bytes += fs.statSync(path.join(stage, rel)).size;
      options.onStage?.('copied-file', rel);
    }
    if (!copiedUnchanged(from, stage)) throw new Error('the copy differs from the original');
    options.onStage?.('verified');
    // The marker and the staged folder reach the disk before the rename that makes the copy count.
    writeFileAtomic(path.join(stage, MOVED_MARKER), JSON.stringify({ from, files: files.length, bytes }));
    renameDurably(stage, to);
    options.onStage?.('renamed');
    removeOld(options);
    return { status: 'moved', dir: to, files: files.length, bytes };
  } catch (err) {
    // The source is untouched until the copy is complete and renamed; clear the partial copy.
    if (!fs.existsSync(to) || markerFrom(to) === null) {
      try {
        fs.rmSync(stage, { recursive: true, force: true });
      } catch {
        // nothing was staged (the target's folder itself is unusable)
      }
      return { status: 'failed', dir: from, error: err instanceof Error ? err.message : String(err) };
    }
    // Copied and renamed, but the old folder could not be removed: use the new one, remove next start.
    return { status: 'finished', dir: to, error: err instanceof Error ? err.message : String(err) };
  }
}
