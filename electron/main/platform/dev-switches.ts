// Development and test switches: environment variables that change where Parley keeps its
// data, how it keeps its key, or what it loads. They exist for developers and the test
// suite; in a packaged (shipped) build none of them may take effect, or anyone who can set
// an environment variable for the app could point it at other data, fonts or content, or
// make it keep the database key in plain text.

/** Every switch that only a development (unpackaged) build honours. */
export const DEV_ONLY_SWITCHES = [
  'PARLEY_INSECURE_KEYSTORE', // keep the key unencrypted on Linux without a keyring
  'PARLEY_USER_DATA_DIR', // a separate profile folder (tests, a second copy)
  'PARLEY_FONT_DIR', // PDF fonts from another folder
  'PARLEY_OUT_DIR', // the harness's built renderer
  'PARLEY_SHOTS_DIR', // e2e screenshots
  'ELECTRON_RENDERER_URL', // the electron-vite dev server
] as const;

/** The names of the switches set in `env` that must be ignored (all of them when packaged, none otherwise). */
export function ignoredSwitches(env: NodeJS.ProcessEnv, isPackaged: boolean): string[] {
  if (!isPackaged) return [];
  return DEV_ONLY_SWITCHES.filter((name) => env[name] !== undefined);
}

/** `env` as the app may read it: without the development switches when packaged. */
export function effectiveEnv(env: NodeJS.ProcessEnv, isPackaged: boolean): NodeJS.ProcessEnv {
  const ignored = new Set(ignoredSwitches(env, isPackaged));
  return Object.fromEntries(Object.entries(env).filter(([name]) => !ignored.has(name)));
}
