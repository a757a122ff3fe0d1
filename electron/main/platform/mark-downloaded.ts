import { execFile } from 'node:child_process';
import fs from 'node:fs';

// A decrypted copy opened in the system's viewer is marked as coming from outside, as a
// browser marks a download: on Windows the Zone.Identifier alternate data stream (zone 3,
// Internet) makes Office open it in Protected View and SmartScreen check anything that
// would run; on macOS the com.apple.quarantine attribute makes Gatekeeper ask first.
// Other systems have no such mark.

export const ZONE_IDENTIFIER = '[ZoneTransfer]\r\nZoneId=3\r\n';

export type RunCommand = (file: string, args: string[]) => Promise<void>;

const runCommand: RunCommand = (file, args) =>
  new Promise((resolve, reject) => execFile(file, args, { timeout: 10_000 }, (err) => (err ? reject(err) : resolve())));

/** The quarantine value: flags (0081: downloaded, not yet approved), the time in hex seconds, the agent. */
export function quarantineValue(now: Date): string {
  return `0081;${Math.floor(now.getTime() / 1000).toString(16)};Parley;`;
}

export async function markDownloaded(file: string, platform: NodeJS.Platform = process.platform, run: RunCommand = runCommand, now = new Date()): Promise<void> {
  if (platform === 'win32') {
    // NTFS: "<file>:Zone.Identifier" is a stream of the file, not a second file.
    fs.writeFileSync(`${file}:Zone.Identifier`, ZONE_IDENTIFIER);
  } else if (platform === 'darwin') {
    await run('/usr/bin/xattr', ['-w', 'com.apple.quarantine', quarantineValue(now), file]);
  }
}
