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
  mac: { hardenedRuntime: boolean; entitlements: string; target: { target: string }[] };
  win: { target: { target: string }[] };
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

  it('ships the build output, unpacks the native module and rebuilds it for Electron', () => {
    expect(config.files).toContain('out/**');
    expect(config.files).toContain('package.json');
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['**/*.node', 'node_modules/better-sqlite3-multiple-ciphers/**']));
    expect(config.npmRebuild).toBe(true);
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
});
