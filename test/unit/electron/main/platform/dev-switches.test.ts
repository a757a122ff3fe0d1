import { describe, expect, it } from 'vitest';
import { DEV_ONLY_SWITCHES, effectiveEnv, ignoredSwitches } from '../../../../../electron/main/platform/dev-switches';
import { insecureOptIn } from '../../../../../electron/main/platform/keystore';
import { devRendererUrl } from '../../../../../electron/main/platform/origin';

const DEV_ENV: NodeJS.ProcessEnv = {
  PATH: '/usr/bin',
  HOME: '/home/counsellor',
  PARLEY_INSECURE_KEYSTORE: '1',
  PARLEY_USER_DATA_DIR: '/tmp/other-profile',
  PARLEY_FONT_DIR: '/tmp/fonts',
  ELECTRON_RENDERER_URL: 'http://localhost:5173',
};

describe('development switches', () => {
  it('a packaged build ignores every one of them and keeps the rest of the environment', () => {
    const env = effectiveEnv(DEV_ENV, true);
    for (const name of DEV_ONLY_SWITCHES) expect(env[name], name).toBeUndefined();
    expect(env).toEqual({ PATH: '/usr/bin', HOME: '/home/counsellor' });
    expect(ignoredSwitches(DEV_ENV, true).sort()).toEqual(['ELECTRON_RENDERER_URL', 'PARLEY_FONT_DIR', 'PARLEY_INSECURE_KEYSTORE', 'PARLEY_USER_DATA_DIR']);
    // What the keystore and the window then see.
    expect(insecureOptIn('linux', env)).toBe(false);
    expect(devRendererUrl(true, env)).toBeUndefined();
  });

  it('a development build honours them', () => {
    const env = effectiveEnv(DEV_ENV, false);
    expect(env).toEqual(DEV_ENV);
    expect(ignoredSwitches(DEV_ENV, false)).toEqual([]);
    expect(insecureOptIn('linux', env)).toBe(true);
    expect(devRendererUrl(false, env)).toBe('http://localhost:5173');
  });
});
