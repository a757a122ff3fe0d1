import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, devRendererUrl, isAppUrl } from '../../../../../electron/main/platform/origin';

describe('isAppUrl', () => {
  it('accepts our scheme and host', () => {
    expect(APP_ORIGIN).toBe('parley://app');
    for (const url of ['parley://app/index.html', 'parley://app/', 'parley://app/assets/x.js?v=1#/clients', 'PARLEY://APP/index.html']) {
      expect(isAppUrl(url), url).toBe(true);
    }
  });

  it('refuses look-alikes and everything else', () => {
    for (const url of [
      'parley://app.evil/index.html',
      'parley://evil/app',
      'parley://app:8080/index.html',
      'parley://user@app/index.html',
      'parley-x://app/index.html',
      'file:///work/out/renderer/index.html',
      'https://app/index.html',
      'http://localhost:5173/',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      '',
      'not a url',
    ]) {
      expect(isAppUrl(url), url).toBe(false);
    }
  });

  it('accepts the dev server origin only when one is given', () => {
    const dev = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173@evil.example/', dev)).toBe(false);
    expect(isAppUrl('http://evil.example/?http://localhost:5173/', dev)).toBe(false);
  });
});

describe('devRendererUrl', () => {
  it('is ignored in a packaged app', () => {
    expect(devRendererUrl(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' })).toBeUndefined();
  });

  it('is read in development, for http(s) only', () => {
    expect(devRendererUrl(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' })).toBe('http://localhost:5173/');
    expect(devRendererUrl(false, { ELECTRON_RENDERER_URL: 'file:///tmp/x.html' })).toBeUndefined();
    expect(devRendererUrl(false, {})).toBeUndefined();
  });
});
