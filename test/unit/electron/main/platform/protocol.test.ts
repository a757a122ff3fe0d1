import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  schemes: [] as { scheme: string; privileges?: Record<string, boolean> }[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
}));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: typeof fake.schemes) => fake.schemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fake.handlers.set(scheme, handler),
  },
}));

const { handleAppScheme, registerAppScheme } = await import('../../../../../electron/main/platform/protocol');

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-protocol-'));
const root = path.join(base, 'renderer');
fs.mkdirSync(root);
fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
fs.writeFileSync(path.join(base, 'secret.txt'), 'SECRET');
afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

describe('the parley: scheme', () => {
  it('is registered as a standard, secure scheme that does not bypass CSP', () => {
    registerAppScheme();
    expect(fake.schemes).toHaveLength(1);
    const [entry] = fake.schemes;
    expect(entry?.scheme).toBe('parley');
    expect(entry?.privileges).toMatchObject({ standard: true, secure: true });
    expect(entry?.privileges?.['bypassCSP']).toBeFalsy();
    expect(entry?.privileges?.['allowServiceWorkers']).toBeFalsy();
  });

  it('serves the renderer folder through protocol.handle, and refuses traversal', async () => {
    handleAppScheme(root);
    const handler = fake.handlers.get('parley');
    expect(handler).toBeTypeOf('function');
    const ok = await handler!(new Request('parley://app/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
    const evil = await handler!(new Request('parley://app/..%2fsecret.txt'));
    expect(evil.status).toBe(404);
    expect(await evil.text()).not.toContain('SECRET');
  });
});
