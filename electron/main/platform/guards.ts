import type { App, Session, WebContents } from 'electron';

// Protections every window gets. Parley shows only its own pages: it never navigates
// elsewhere, opens windows, embeds webviews or grants web permissions.

export const denyWindowOpen = (): { action: 'deny' } => ({ action: 'deny' });

/** Cancels any navigation or redirect, in any frame, that leaves our own origin. */
export function guardNavigation(contents: WebContents, isAllowed: (url: string) => boolean): void {
  const block = (event: { url: string; preventDefault(): void }): void => {
    if (!isAllowed(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', block);
  contents.on('will-frame-navigate', block);
  contents.on('will-redirect', block);
  contents.setWindowOpenHandler(denyWindowOpen);
}

/** Denies every permission request and check (camera, notifications, clipboard-read, …) and device access. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** For every web contents ever created (including ones we did not make): no webviews, no popups. */
export function hardenAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(denyWindowOpen);
  });
}
