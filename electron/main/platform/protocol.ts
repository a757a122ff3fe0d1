import { protocol } from 'electron';
import { serveAppFile } from './app-files';
import { APP_SCHEME } from './origin';

/**
 * Must run before app 'ready'. `standard` + `secure` give the scheme a real origin and a
 * secure context (so 'self' in CSP means parley://app); fetch and CORS support are needed
 * because Vite emits `<script type="module" crossorigin>`, which loads in CORS mode.
 * No bypassCSP, no service workers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
  ]);
}

/** After 'ready': serve parley://app/* from the built renderer folder only. */
export function handleAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(request, rendererDir));
}
