import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUSY_RETRY_MS, CHECK_EVERY_MS, feedConfigured, FIRST_CHECK_MS, startUpdates, type UpdaterLike } from '../../../../../electron/main/updates/schedule';
import { makeTempDir, openTestCore, removeDir } from '../../../helpers/core';

// The update schedule with electron-updater replaced by a scripted one (the Electron boundary):
// when it checks, that it asks before restarting, and that it never restarts mid-job.

class FakeUpdater extends EventEmitter implements UpdaterLike {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  checks = 0;
  installs = 0;
  failNext = false;
  async checkForUpdates() {
    this.checks++;
    if (this.failNext) {
      this.failNext = false;
      throw new Error('net::ERR_INTERNET_DISCONNECTED');
    }
    return null;
  }
  quitAndInstall() {
    this.installs++;
  }
}

const log = { info: vi.fn(), warn: vi.fn() };
const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

beforeEach(() => {
  vi.useFakeTimers();
  log.info.mockClear();
  log.warn.mockClear();
});
afterEach(() => vi.useRealTimers());

describe('update schedule', () => {
  it('downloads in the background, checks shortly after start and then daily, and survives being offline', async () => {
    const updater = new FakeUpdater();
    const updates = startUpdates({ updater, isBusy: () => false, ask: async () => false, log });
    expect(updater.autoDownload).toBe(true);
    expect(updater.autoInstallOnAppQuit).toBe(true);
    expect(updater.checks).toBe(0);
    updater.failNext = true;
    await vi.advanceTimersByTimeAsync(FIRST_CHECK_MS);
    expect(updater.checks).toBe(1);
    expect(log.warn).toHaveBeenCalledWith('updates', 'check failed:', expect.any(Error));
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    expect(updater.checks).toBe(2);
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    expect(updater.checks).toBe(3);
    updates.stop();
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS * 3);
    expect(updater.checks).toBe(3);
  });

  it('asks before restarting; yes installs now, no leaves it for the next quit', async () => {
    const yes = new FakeUpdater();
    const askYes = vi.fn(async () => true);
    const first = startUpdates({ updater: yes, isBusy: () => false, ask: askYes, log });
    yes.emit('update-downloaded', { version: '1.2.3' });
    await flush();
    expect(askYes).toHaveBeenCalledWith('1.2.3');
    expect(yes.installs).toBe(1);
    first.stop();

    const no = new FakeUpdater();
    const second = startUpdates({ updater: no, isBusy: () => false, ask: async () => false, log });
    no.emit('update-downloaded', { version: '1.2.3' });
    await flush();
    await vi.advanceTimersByTimeAsync(BUSY_RETRY_MS * 3);
    expect(no.installs).toBe(0);
    second.stop();
    expect(no.autoInstallOnAppQuit).toBe(true);
  });

  it('never asks or restarts while a long job runs, and offers once it is over', async () => {
    const updater = new FakeUpdater();
    let busy = true;
    const ask = vi.fn(async () => true);
    const updates = startUpdates({ updater, isBusy: () => busy, ask, log });
    updater.emit('update-downloaded', { version: '2.0.0' });
    await flush();
    await vi.advanceTimersByTimeAsync(BUSY_RETRY_MS * 3);
    expect(ask).not.toHaveBeenCalled();
    expect(updater.installs).toBe(0);
    busy = false;
    await vi.advanceTimersByTimeAsync(BUSY_RETRY_MS);
    expect(ask).toHaveBeenCalledTimes(1);
    expect(updater.installs).toBe(1);
    updates.stop();
  });

  it('a backup started while the question was open postpones the restart', async () => {
    const updater = new FakeUpdater();
    let busy = false;
    // The counsellor clicked "back up now" before answering.
    const ask = vi.fn(async () => {
      busy = true;
      return true;
    });
    const updates = startUpdates({ updater, isBusy: () => busy, ask, log });
    updater.emit('update-downloaded', { version: '2.0.0' });
    await flush();
    expect(updater.installs).toBe(0);
    busy = false;
    await vi.advanceTimersByTimeAsync(BUSY_RETRY_MS);
    // Asked once: the yes stands, the restart waits for the backup.
    expect(ask).toHaveBeenCalledTimes(1);
    expect(updater.installs).toBe(1);
    updates.stop();
  });
});

describe('busy, as the core reports it', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach(removeDir));

  it('is true while a call (a backup, a batch) is being answered, false otherwise', async () => {
    vi.useRealTimers();
    const dir = makeTempDir('parley-busy-');
    dirs.push(dir, `${dir}-platform`);
    const core = openTestCore(dir);
    try {
      expect(core.busy()).toBe(false);
      await core.call('backup.setPassphrase', { passphrase: 'correct horse battery' });
      const folder = makeTempDir('parley-busy-usb-');
      dirs.push(folder);
      core.platform.nextFolder(folder);
      await core.call('backup.pickFolder');
      const running = core.dispatch('backup.run', {});
      expect(core.busy()).toBe(true);
      expect((await running).ok).toBe(true);
      expect(core.busy()).toBe(false);
    } finally {
      core.close();
    }
  });
});

describe('the update feed', () => {
  it('is configured only in a packaged app whose resources hold app-update.yml (electron-builder writes it from `publish`)', () => {
    const dir = makeTempDir('parley-feed-');
    try {
      expect(feedConfigured(dir, true)).toBe(false);
      fs.writeFileSync(path.join(dir, 'app-update.yml'), 'provider: generic\nurl: https://updates.example.org/parley\n');
      expect(feedConfigured(dir, true)).toBe(true);
      expect(feedConfigured(dir, false)).toBe(false);
      expect(feedConfigured(undefined, true)).toBe(false);
    } finally {
      removeDir(dir);
    }
  });
});
