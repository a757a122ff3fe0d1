import fs from 'node:fs';
import path from 'node:path';
import type { PickOptions, PlatformPort } from '../../electron/main/context';

// The platform port outside Electron: dialogs answer from a script the test sets up
// (or, unscripted, save into an outbox folder and cancel file picks), and everything
// the app asked the "system" to do is logged for the test to check.

export interface PlatformLog {
  dialogs: { kind: 'files' | 'folder' | 'save'; title: string; defaultName?: string }[];
  opened: string[];
  /** Files marked as downloaded from outside before they were opened. */
  marked: string[];
  printed: string[];
  notifications: { title: string; body: string }[];
}

export interface ScriptedPlatform extends PlatformPort {
  readonly log: PlatformLog;
  /** Folder where unscripted saves land, and the default answer of an unscripted folder pick. */
  readonly outbox: string;
  /** The next file pick answers these paths (once). */
  nextFiles(paths: string[]): void;
  /** The next folder pick answers this folder (null = cancel). */
  nextFolder(dir: string | null): void;
  /** The next save dialog answers this path (null = cancel). */
  nextSavePath(file: string | null): void;
}

export function createScriptedPlatform(root: string): ScriptedPlatform {
  const outbox = path.join(root, 'outbox');
  const temp = path.join(root, 'temp');
  const files: string[][] = [];
  const folders: (string | null)[] = [];
  const saves: (string | null)[] = [];
  const log: PlatformLog = { dialogs: [], opened: [], printed: [], notifications: [], marked: [] };
  const note = (kind: PlatformLog['dialogs'][number]['kind'], o: PickOptions & { defaultName?: string }) =>
    log.dialogs.push({ kind, title: o.title, ...(o.defaultName === undefined ? {} : { defaultName: o.defaultName }) });

  return {
    shell: 'harness',
    log,
    outbox,
    nextFiles: (paths) => void files.push(paths),
    nextFolder: (dir) => void folders.push(dir),
    nextSavePath: (file) => void saves.push(file),
    async pickFiles(o) {
      note('files', o);
      return files.shift() ?? [];
    },
    async pickFolder(o) {
      note('folder', o);
      if (folders.length) return folders.shift()!;
      fs.mkdirSync(outbox, { recursive: true });
      return outbox;
    },
    async pickSavePath(o) {
      note('save', o);
      if (saves.length) return saves.shift()!;
      fs.mkdirSync(outbox, { recursive: true });
      return path.join(outbox, path.basename(o.defaultName));
    },
    async openPath(file) {
      if (!fs.existsSync(file)) throw new Error(`cannot open ${file}: no such file`);
      log.opened.push(file);
    },
    async printPdf(file) {
      if (!fs.existsSync(file)) throw new Error(`cannot print ${file}: no such file`);
      log.printed.push(file);
    },
    notify: (title, body) => void log.notifications.push({ title, body }),
    async markDownloaded(file) {
      if (!fs.existsSync(file)) throw new Error(`cannot mark ${file}: no such file`);
      log.marked.push(file);
    },
    tempDir() {
      fs.mkdirSync(temp, { recursive: true });
      return temp;
    },
  };
}
