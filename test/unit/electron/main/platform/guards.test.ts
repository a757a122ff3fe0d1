import { describe, expect, it, vi } from 'vitest';
import { hardenAllWebContents } from '../../../../../electron/main/platform/guards';

type App = Parameters<typeof hardenAllWebContents>[0];

// Every web contents, not only our window, refuses webviews and popups.

type PreventableListener = (event: { preventDefault(): void }) => void;

function fakeApp() {
  let created: ((event: unknown, contents: unknown) => void) | undefined;
  const app = {
    on: vi.fn((event: string, fn: typeof created) => {
      if (event === 'web-contents-created') created = fn;
    }),
  };
  /** Simulates Chromium creating a web contents (a window, devtools, a webview host…). */
  const create = () => {
    const listeners = new Map<string, PreventableListener>();
    const contents = {
      openHandler: undefined as undefined | ((d: { url: string }) => unknown),
      on: (event: string, fn: PreventableListener) => listeners.set(event, fn),
      setWindowOpenHandler(fn: (d: { url: string }) => unknown) {
        contents.openHandler = fn;
      },
    };
    created?.({}, contents);
    return { contents, listeners };
  };
  return { app: app as unknown as App, create };
}

describe('hardenAllWebContents', () => {
  it('listens for every new web contents', () => {
    const { app } = fakeApp();
    hardenAllWebContents(app);
    expect(app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
  });

  it('prevents attaching a webview', () => {
    const { app, create } = fakeApp();
    hardenAllWebContents(app);
    const { listeners } = create();
    const attach = listeners.get('will-attach-webview');
    expect(attach).toBeTypeOf('function');
    const event = { preventDefault: vi.fn() };
    attach?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open', () => {
    const { app, create } = fakeApp();
    hardenAllWebContents(app);
    const { contents } = create();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});
