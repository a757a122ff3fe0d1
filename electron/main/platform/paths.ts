import { fileURLToPath } from 'node:url';

// Resolved against the bundled main script, out/main/index.js (electron-vite bundles all
// of electron/main into that one file), so they also hold inside a packaged app.asar.

/** out/preload/index.cjs: the sandboxed preload, one CommonJS file. */
export const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

/** out/renderer: the only folder the app scheme serves. */
export const RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));
