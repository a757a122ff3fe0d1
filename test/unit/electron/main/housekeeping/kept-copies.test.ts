// The restore and upgrade copies in the data folder are kept for the keepCopiesDays setting
// (30 days unless changed) and removed at the next start once older; the setting is checked
// like every other input, with a translated message.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../../../shared/i18n';
import { scratchPerTest } from '../../../helpers/case';
import type { TestCore } from '../../../helpers/core';

const scratch = scratchPerTest();
let core: TestCore | undefined;

const DAY = 24 * 60 * 60_000;
/** The stamp restore and migrate put in the names they make. */
const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

function openAt(dir: string, at: Date): TestCore {
  core?.close();
  core = scratch.open(dir, { now: () => at });
  return core;
}

/** A pre-restore folder and a pre-migration file made `daysAgo` days before `now`, as restore and migrate name them. */
function makeCopies(dir: string, now: Date, daysAgo: number): { folder: string; file: string } {
  const made = new Date(now.getTime() - daysAgo * DAY);
  const folder = path.join(dir, `pre-restore-${stamp(made)}`);
  fs.mkdirSync(path.join(folder, 'files'), { recursive: true });
  fs.writeFileSync(path.join(folder, 'parley.db'), 'old database');
  fs.writeFileSync(path.join(folder, 'files', 'a'.repeat(32)), 'old blob');
  fs.mkdirSync(path.join(dir, 'pre-migration'), { recursive: true });
  const file = path.join(dir, 'pre-migration', `parley-v4-${stamp(made)}.db`);
  fs.writeFileSync(file, 'old database');
  return { folder, file };
}

describe('copies kept in the data folder', () => {
  it('are removed at start once older than the kept days (30 by default), and younger ones stay', () => {
    const dir = scratch.folder('parley-kept-');
    const now = new Date('2026-12-07T09:00:00.000Z');
    openAt(dir, now).close();
    const old = makeCopies(dir, now, 31);
    const young = makeCopies(dir, now, 29);
    const other = path.join(dir, 'pre-restore-notes.txt');
    fs.writeFileSync(other, 'not a copy Parley made');

    openAt(dir, now);
    expect(fs.existsSync(old.folder)).toBe(false);
    expect(fs.existsSync(old.file)).toBe(false);
    expect(fs.existsSync(young.folder)).toBe(true);
    expect(fs.existsSync(young.file)).toBe(true);
    expect(fs.existsSync(other)).toBe(true);
  });

  it('follows the setting, which refuses what is not 1 to 365 whole days with a translated message', async () => {
    const dir = scratch.folder('parley-kept-');
    const now = new Date('2026-12-07T09:00:00.000Z');
    const c = openAt(dir, now);
    expect((await c.call('settings.get')).keepCopiesDays).toBe(30);
    for (const bad of [0, 366, 2.5, -1, '10']) {
      const err = await c.failRaw('settings.update', { keepCopiesDays: bad });
      expect(err.code).toBe('VALIDATION');
      expect(err.fields?.['keepCopiesDays']).toBe(translate('zh-CN', 'validation.keepCopiesDays'));
    }
    for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) expect(translate(locale, 'validation.keepCopiesDays')).not.toBe('validation.keepCopiesDays');
    await c.call('settings.update', { keepCopiesDays: 7 });
    const copies = makeCopies(dir, now, 8);
    const kept = makeCopies(dir, now, 6);

    openAt(dir, now);
    expect(fs.existsSync(copies.folder)).toBe(false);
    expect(fs.existsSync(copies.file)).toBe(false);
    expect(fs.existsSync(kept.folder)).toBe(true);
    expect((await core!.call('settings.get')).keepCopiesDays).toBe(7);
  });
});
