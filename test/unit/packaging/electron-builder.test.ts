import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Packaging cannot run here (it needs the Electron binary), so the release settings are
// checked as configuration: valid for electron-builder, fuses set, per-user installer,
// native module unpacked. js-yaml and app-builder-lib come with electron-builder.

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  nsis: Record<string, unknown>;
  mac: { hardenedRuntime: boolean; entitlements: string; icon: string; target: { target: string }[]; files: string[] };
  win: { icon: string; target: { target: string }[]; files: string[] };
  extraResources: { from: string; to: string; filter: string[] }[];
}

const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('is accepted by electron-builder', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      validateConfiguration(c: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app', () => {
    expect(config.appId).toBe('org.parley.app');
    expect(config.productName).toBe('Parley');
  });

  it('sets the release fuses: no Node mode, no inspector, no NODE_OPTIONS, asar only and checked', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the build output, unpacks the native module and never rebuilds it (Node-API prebuilds)', () => {
    expect(config.files).toContain('out/**');
    expect(config.files).toContain('package.json');
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node', 'node_modules/better-sqlite3-multiple-ciphers/**']));
    expect(config.npmRebuild).toBe(false);
    // Each platform leaves the other's binaries out, and none ships Linux's.
    expect(config.files).toContain('!node_modules/better-sqlite3-multiple-ciphers/prebuilds/linux*.node');
    expect(config.win.files).toContain('!node_modules/better-sqlite3-multiple-ciphers/prebuilds/darwin-*.node');
    expect(config.mac.files).toContain('!node_modules/better-sqlite3-multiple-ciphers/prebuilds/win32-*.node');
  });

  it('installs per user on Windows, with a choice of folder', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
  });

  it('signs macOS builds with the hardened runtime and minimal entitlements', () => {
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    const plist = fs.readFileSync(path.join(ROOT, config.mac.entitlements), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('packs the fonts where the PDF worker can read them, and the resources beside the app', () => {
    expect(config.asarUnpack).toContain('node_modules/@embedpdf/fonts-*/fonts/**');
    // Only the weights the PDFs use are shipped (the rest are excluded from files).
    expect(config.files).toContain('!node_modules/@embedpdf/fonts-*/fonts/*-{Thin,Light,DemiLight,Medium,Black}.otf');
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'resources', to: 'resources' })]);
  });

  it('gives both installers a real icon', () => {
    const ico = fs.readFileSync(path.join(ROOT, config.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    const icns = fs.readFileSync(path.join(ROOT, config.mac.icon));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic10'))).toBe(true); // 1024 px for Retina
  });
});

describe('the desktop workflow', () => {
  const workflow = yaml.load(fs.readFileSync(path.join(ROOT, '.github', 'workflows', 'desktop.yml'), 'utf8')) as {
    jobs: Record<string, { strategy: { matrix: { include: { os: string; dist: string }[] } }; steps: { run?: string }[] }>;
  };
  const job = workflow.jobs['package']!;
  const runs = job.steps.map((s) => s.run ?? '').join('\n');
  const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

  it('builds Windows and macOS on their own runners with the npm scripts that exist', () => {
    expect(job.strategy.matrix.include.map((m) => m.os).sort()).toEqual(['macos-latest', 'windows-latest']);
    for (const { dist } of job.strategy.matrix.include) expect(scripts[dist], dist).toMatch(/electron-builder/);
  });

  it('runs the Electron Playwright project there, after a build', () => {
    expect(runs).toMatch(/npm run build[\s\S]*playwright test --project=electron/);
  });
});
