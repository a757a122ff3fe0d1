import type { MenuItemConstructorOptions } from 'electron';
import { translate } from '../../../shared/i18n';
import type { Locale } from '../../../shared/schemas/common';

export interface MenuOptions {
  isPackaged: boolean;
  /** The UI language: the menu is rebuilt when it changes. */
  locale: Locale;
  platform?: NodeJS.Platform;
  /** Help → open the log folder in the system's file manager. */
  openLogFolder(): void;
  /** Help → check for updates now; absent when no update feed is configured. */
  checkForUpdates?: () => void;
}

/**
 * A small application menu in the UI language: Edit (so copy/paste shortcuts work, notably on
 * macOS), View with reload and devtools only in unpackaged builds, Window, and Help with the
 * log folder. Every label is set explicitly: Electron's role defaults are English only.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: string) => translate(options.locale, key);
  const isMac = (options.platform ?? process.platform) === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: 'Parley',
      submenu: [
        { role: 'about', label: t('shell.menu.about') },
        { type: 'separator' },
        { role: 'hide', label: t('shell.menu.hide') },
        { role: 'hideOthers', label: t('shell.menu.hideOthers') },
        { role: 'unhide', label: t('shell.menu.unhide') },
        { type: 'separator' },
        { role: 'quit', label: t('shell.menu.quit') },
      ],
    });
  } else {
    template.push({ label: t('shell.menu.file'), submenu: [{ role: 'quit', label: t('shell.menu.quit') }] });
  }
  template.push({
    label: t('shell.menu.edit'),
    submenu: [
      { role: 'undo', label: t('shell.menu.undo') },
      { role: 'redo', label: t('shell.menu.redo') },
      { type: 'separator' },
      { role: 'cut', label: t('shell.menu.cut') },
      { role: 'copy', label: t('shell.menu.copy') },
      { role: 'paste', label: t('shell.menu.paste') },
      { role: 'selectAll', label: t('shell.menu.selectAll') },
    ],
  });
  if (!options.isPackaged) {
    template.push({
      label: t('shell.menu.view'),
      submenu: [
        { role: 'reload', label: t('shell.menu.reload') },
        { role: 'forceReload', label: t('shell.menu.forceReload') },
        { role: 'toggleDevTools', label: t('shell.menu.devTools') },
      ],
    });
  }
  template.push({
    label: t('shell.menu.window'),
    submenu: [{ role: 'minimize', label: t('shell.menu.minimize') }, ...(isMac ? [{ role: 'zoom' as const, label: t('shell.menu.zoom') }] : []), { role: 'close', label: t('shell.menu.close') }],
  });
  template.push({
    label: t('shell.menu.help'),
    submenu: [
      { label: t('shell.menu.openLogs'), click: () => options.openLogFolder() },
      ...(options.checkForUpdates ? [{ label: t('shell.menu.checkUpdates'), click: () => options.checkForUpdates?.() }] : []),
    ],
  });
  return template;
}
