import { describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuOptions } from '../../../../../electron/main/platform/menu';

type Item = { role?: string; label?: string; type?: string; submenu?: unknown; click?: () => void };
const flat = (items: Item[]): Item[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu as Item[]) : [])]);
const roles = (items: Item[]): string[] => flat(items).map((i) => i.role ?? '').filter(Boolean);
const build = (o: Partial<MenuOptions> = {}) => menuTemplate({ isPackaged: true, locale: 'zh-CN', platform: 'win32', openLogFolder: () => {}, ...o }) as Item[];

describe('application menu', () => {
  it('has the edit commands and a way to quit on every platform', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const r = roles(build({ platform }));
      for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']) expect(r, `${platform} ${role}`).toContain(role);
    }
  });

  it('offers reload and devtools only in an unpackaged build', () => {
    const dev = roles(build({ isPackaged: false }));
    expect(dev).toContain('toggleDevTools');
    expect(dev).toContain('reload');
    const shipped = roles(build());
    for (const role of ['toggleDevTools', 'reload', 'forceReload']) expect(shipped).not.toContain(role);
  });

  it('speaks the UI language, every item labelled (no English role defaults left)', () => {
    const labels = (locale: MenuOptions['locale'], platform: NodeJS.Platform) =>
      flat(build({ locale, platform, isPackaged: false, checkForUpdates: () => {} }))
        .filter((i) => i.type !== 'separator')
        .map((i) => i.label);
    for (const platform of ['win32', 'darwin'] as const) {
      for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) expect(labels(locale, platform).every((l) => typeof l === 'string' && l.length > 0 && !l.startsWith('shell.')), `${locale} ${platform}`).toBe(true);
    }
    expect(labels('zh-CN', 'win32').slice(0, 2)).toEqual(['文件', '退出 Parley']);
    expect(labels('zh-TW', 'win32')).toContain('開啟記錄檔資料夾');
    expect(labels('en', 'win32')).toContain('Open the Log Folder');
  });

  it('Help opens the log folder, and offers an update check only when updates are configured', () => {
    const openLogFolder = vi.fn();
    const help = (o: Partial<MenuOptions>) => build({ locale: 'en', openLogFolder, ...o }).at(-1)!;
    const withoutUpdates = help({});
    expect(withoutUpdates.label).toBe('Help');
    expect((withoutUpdates.submenu as Item[]).map((i) => i.label)).toEqual(['Open the Log Folder']);
    (withoutUpdates.submenu as Item[])[0]!.click!();
    expect(openLogFolder).toHaveBeenCalledTimes(1);
    const check = vi.fn();
    const withUpdates = help({ checkForUpdates: check });
    (withUpdates.submenu as Item[])[1]!.click!();
    expect(check).toHaveBeenCalledTimes(1);
  });
});
