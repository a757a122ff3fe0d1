// The main process's log: electron-log's Node build (no Electron import, so the same code
// runs in tests) writing <logs folder>/main.log, rotated by size, with every value passed
// through redact() before any transport (file or console) sees it.
import fs from 'node:fs';
import path from 'node:path';
import electronLog from 'electron-log/node';
import { redact } from './redact';

export const LOG_FILE = 'main.log';
/** Rotated at this size; the previous files are kept as main.1.log … main.<KEEP>.log. */
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_KEEP = 3;

export interface Logger {
  error(scope: string, ...data: unknown[]): void;
  warn(scope: string, ...data: unknown[]): void;
  info(scope: string, ...data: unknown[]): void;
  /** The file being written. */
  readonly file: string;
}

/** main.log → main.1.log → … → main.<keep>.log; the oldest is dropped. */
export function rotate(file: string, keep = LOG_KEEP): void {
  const ext = path.extname(file);
  const base = file.slice(0, -ext.length);
  const numbered = (n: number) => `${base}.${n}${ext}`;
  fs.rmSync(numbered(keep), { force: true });
  for (let n = keep - 1; n >= 1; n--) {
    if (fs.existsSync(numbered(n))) fs.renameSync(numbered(n), numbered(n + 1));
  }
  fs.renameSync(file, numbered(1));
}

export interface LoggerOptions {
  /** The app's log folder (Electron's app.getPath('logs')). */
  dir: string;
  maxBytes?: number;
  keep?: number;
  /** Also print to the console (development). Off in tests. */
  console?: boolean;
}

let configured = false;

/** Points the process's logger at dir. One logger per process: calling again moves it. */
export function createLogger(options: LoggerOptions): Logger {
  fs.mkdirSync(options.dir, { recursive: true });
  const file = path.join(options.dir, LOG_FILE);
  const keep = options.keep ?? LOG_KEEP;
  const log = electronLog;
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = options.maxBytes ?? LOG_MAX_BYTES;
  log.transports.file.archiveLogFn = (old) => rotate(old.path, keep);
  log.transports.file.level = 'info';
  log.transports.console.level = options.console ? 'info' : false;
  if (!configured) {
    configured = true;
    log.hooks.push((message) => ({ ...message, data: message.data.map((d) => redact(d)) }));
  }
  const at = (level: 'error' | 'warn' | 'info') => (scope: string, ...data: unknown[]) => log[level](`[${scope}]`, ...data);
  return { error: at('error'), warn: at('warn'), info: at('info'), file };
}
