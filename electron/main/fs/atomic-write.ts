import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// The one way Parley replaces a file: write a temporary file beside it, fsync it, rename
// it over the target, fsync the folder. A crash or power loss leaves either the old file
// or the whole new one, never half of either, and the rename itself survives a power loss.

export interface AtomicWriteOptions {
  /** Permissions of the new file (default: readable by this user only). */
  mode?: number;
  /** The temporary file; it must be in the target's folder (default: a hidden random name there). */
  tempPath?: string;
}

/** What goes into the file: bytes, text (UTF-8), or a function that writes through the open descriptor. */
export type FileContent = Uint8Array | string | ((fd: number) => void);

/** A hidden, unique temporary name in the target's folder (a rename across folders would not be atomic). */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Whether a folder can be opened and fsynced here. Windows cannot open a folder that way
 * (NTFS journals its renames itself: there a rename is as durable as the OS makes it).
 */
export function canSyncFolders(platform: NodeJS.Platform = process.platform): boolean {
  return platform !== 'win32';
}

/**
 * Errors that mean "this folder cannot be synced", not "the disk failed": a file system that
 * does not sync folders (some network and FUSE mounts) or a folder we may write but not open.
 * Anything else (EIO: a stick pulled out) is thrown – the rename may not have reached the disk.
 */
const CANNOT_SYNC_FOLDER = new Set(['EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EISDIR', 'EACCES', 'EPERM']);
function cannotSync(err: unknown): boolean {
  return CANNOT_SYNC_FOLDER.has((err as NodeJS.ErrnoException | undefined)?.code ?? '');
}

/** Makes a rename in `dir` durable. */
export function fsyncFolder(dir: string, platform: NodeJS.Platform = process.platform): void {
  if (!canSyncFolders(platform)) return;
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (err) {
    if (!cannotSync(err)) throw err;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export async function fsyncFolderAsync(dir: string, platform: NodeJS.Platform = process.platform): Promise<void> {
  if (!canSyncFolders(platform)) return;
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(dir, 'r');
    await handle.sync();
  } catch (err) {
    if (!cannotSync(err)) throw err;
  } finally {
    await handle?.close();
  }
}

/** Renames a complete, fsynced, closed temporary file over `target` and fsyncs the folder. */
export function renameDurably(temp: string, target: string): void {
  fs.renameSync(temp, target);
  fsyncFolder(path.dirname(target));
}

export async function renameDurablyAsync(temp: string, target: string): Promise<void> {
  await fs.promises.rename(temp, target);
  await fsyncFolderAsync(path.dirname(target));
}

/**
 * Replaces `target` with `content`, all or nothing. If writing fails (or `content` throws),
 * the temporary file is removed, the target is left as it was and the error is rethrown.
 */
export function writeFileAtomic(target: string, content: FileContent, options: AtomicWriteOptions = {}): void {
  const temp = options.tempPath ?? tempPathFor(target);
  if (path.dirname(path.resolve(temp)) !== path.dirname(path.resolve(target))) throw new Error('the temporary file must be in the target folder');
  let fd: number | undefined = fs.openSync(temp, 'wx', options.mode ?? 0o600);
  try {
    if (typeof content === 'function') content(fd);
    else fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    renameDurably(temp, target);
  } catch (err) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing
      }
    }
    fs.rmSync(temp, { force: true });
    throw err;
  }
}
