import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../../../electron/main/platform/menu';

type Item = { role?: string; label?: string; submenu?: unknown };
const roles = (items: Item[]): string[] =>
  items.flatMap((i) => [i.role ?? '', ...(Array.isArray(i.submenu) ? roles(i.submenu as Item[]) : [])]).filter(Boolean);

describe('application menu', () => {
  it('has an Edit menu and a way to quit on every platform', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const r = roles(menuTemplate(true, platform) as Item[]);
      expect(r, platform).toContain('editMenu');
      expect(r.includes('quit') || r.includes('appMenu'), platform).toBe(true);
    }
  });

  it('offers reload and devtools only in an unpackaged build', () => {
    const dev = roles(menuTemplate(false, 'win32') as Item[]);
    expect(dev).toContain('toggleDevTools');
    expect(dev).toContain('reload');
    const shipped = roles(menuTemplate(true, 'win32') as Item[]);
    for (const role of ['toggleDevTools', 'reload', 'forceReload']) expect(shipped).not.toContain(role);
  });
});
