import fs from 'node:fs';
import path from 'node:path';
import type { PlatformPort } from '../context';

// The platform port of the smoke run: nobody is at the screen, so every dialog answers a
// fixed place inside the smoke run's own temporary folder, and nothing is opened or printed.

export interface SmokePlatform extends PlatformPort {
  /** Where save dialogs put files. */
  readonly outbox: string;
  /** The folder a folder pick answers (the backup target). */
  readonly backups: string;
  /** The next file pick answers these paths (once); unscripted picks answer nothing. */
  nextFiles(paths: string[]): void;
}

export function createSmokePlatform(root: string): SmokePlatform {
  const outbox = path.join(root, 'outbox');
  const backups = path.join(root, 'backups');
  const temp = path.join(root, 'temp');
  const refuse = (what: string) => () => Promise.reject(new Error(`the smoke run does not ${what}`));
  const picks: string[][] = [];
  return {
    shell: 'harness',
    outbox,
    backups,
    nextFiles: (paths) => void picks.push(paths),
    pickFiles: async () => picks.shift() ?? [],
    async pickFolder() {
      fs.mkdirSync(backups, { recursive: true });
      return backups;
    },
    async pickSavePath({ defaultName }) {
      fs.mkdirSync(outbox, { recursive: true });
      return path.join(outbox, path.basename(defaultName));
    },
    openPath: refuse('open files'),
    printPdf: refuse('print'),
    notify: () => undefined,
    markDownloaded: async () => undefined,
    tempDir() {
      fs.mkdirSync(temp, { recursive: true });
      return temp;
    },
  };
}
