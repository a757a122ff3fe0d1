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

interface Step {
  name?: string;
  id?: string;
  if?: string;
  run?: string;
  env?: Record<string, string>;
}

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  publish?: unknown;
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

  it('leaves updates off unless a feed is configured, and a configured feed is HTTPS', () => {
    const feeds = [config.publish ?? []].flat() as { provider: string; url?: string }[];
    for (const feed of feeds) {
      expect(['generic', 'github', 's3']).toContain(feed.provider);
      if (feed.url) expect(feed.url).toMatch(/^https:\/\//);
    }
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

  const entitlementKeys = (file: string) =>
    [...fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/<!--[\s\S]*?-->/g, '').matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);

  it('signs macOS builds with the hardened runtime and minimal entitlements', () => {
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(entitlementKeys(config.mac.entitlements)).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('re-signs the Electron binary right after the fuses are flipped, and gives ad-hoc builds only what they need', () => {
    expect(config.electronFuses['resetAdHocDarwinSignature']).toBe(true);
    // Ad hoc has no Team ID: library validation would refuse the framework and the database module.
    expect(entitlementKeys('resources/entitlements.mac.adhoc.plist')).toEqual([
      'com.apple.security.cs.allow-jit',
      'com.apple.security.cs.disable-library-validation',
    ]);
  });

  it('packs the fonts where the PDF worker can read them, and the resources beside the app', () => {
    expect(config.asarUnpack).toContain('node_modules/@embedpdf/fonts-*/fonts/**');
    // Only the weights the PDFs use are shipped (the rest are excluded from files).
    expect(config.files).toContain('!node_modules/@embedpdf/fonts-*/fonts/*-{Thin,Light,DemiLight,Medium,Black}.otf');
    expect(config.extraResources).toEqual([expect.objectContaining({ from: 'resources', to: 'resources' })]);
  });

  it('leaves out the browser builds of the PDF libraries and pdfmake\'s own fonts, but not what Node loads', () => {
    expect(config.files).toEqual(
      expect.arrayContaining([
        '!node_modules/pdfmake/{build,src,fonts}/**',
        '!node_modules/pdfkit/js/{pdfkit.standalone.js,pdfkit.es.js}',
        '!node_modules/fontkit/dist/{browser.cjs,browser-module.mjs,module.mjs}',
      ]),
    );
    // What the main process and the PDF worker require stays in.
    const entry = (pkg: string) => (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { main: string }).main;
    expect(entry('pdfmake')).toBe('js/index.js');
    expect(entry('pdfkit')).toBe('js/pdfkit.js');
    expect(entry('fontkit')).toBe('dist/main.cjs');
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
    jobs: Record<string, { strategy: { matrix: { include: { os: string; dist: string }[] } }; env?: Record<string, string>; steps: Step[] }>;
  };
  const job = workflow.jobs['package']!;
  const runs = job.steps.map((s) => s.run ?? '').join('\n');
  const stepIndex = (pattern: RegExp) => job.steps.findIndex((s) => pattern.test(s.run ?? ''));
  const packaging = job.steps.filter((s) => /npm run \$\{\{ matrix\.dist \}\}/.test(s.run ?? ''));
  const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

  it('builds Windows and macOS on their own runners with the npm scripts that exist', () => {
    expect(job.strategy.matrix.include.map((m) => m.os).sort()).toEqual(['macos-latest', 'windows-latest']);
    for (const { dist } of job.strategy.matrix.include) expect(scripts[dist], dist).toMatch(/electron-builder/);
  });

  it('runs the Electron Playwright project there, after a build', () => {
    expect(runs).toMatch(/npm run build[\s\S]*playwright test --project=electron/);
  });

  it('installs exactly what the lock says', () => {
    expect(runs).toMatch(/^npm ci\b/m);
    expect(runs).not.toMatch(/npm install/);
  });

  it('launches the packaged app in smoke mode after packaging, on both runners', () => {
    const smoke = stepIndex(/node \.ci\/smoke-packaged\.mjs dist/);
    expect(smoke).toBeGreaterThan(-1);
    expect(packaging.length).toBeGreaterThan(0);
    for (const step of packaging) expect(job.steps.indexOf(step)).toBeLessThan(smoke);
    // No condition: it runs (and can fail the job) on Windows and on macOS.
    expect(job.steps[smoke]!.if).toBeUndefined();
  });

  it('signs with the secrets when they exist, and builds an unsigned test package otherwise', () => {
    const plan = job.steps.find((s) => s.id === 'signing')!;
    expect(plan.run).toBe('node .ci/signing.mjs ${{ runner.os }}');
    expect(job.steps.indexOf(plan)).toBeLessThan(job.steps.indexOf(packaging[0]!));
    // No job-wide switch turns signing off any more.
    expect(job.env?.['CSC_IDENTITY_AUTO_DISCOVERY']).toBeUndefined();

    const mac = packaging.find((s) => s.if === "runner.os == 'macOS' && steps.signing.outputs.signed == 'true'")!;
    expect(mac.env).toMatchObject({
      CSC_LINK: '${{ secrets.MAC_CSC_LINK }}',
      CSC_KEY_PASSWORD: '${{ secrets.MAC_CSC_KEY_PASSWORD }}',
      APPLE_ID: '${{ secrets.APPLE_ID }}',
      APPLE_APP_SPECIFIC_PASSWORD: '${{ secrets.APPLE_APP_SPECIFIC_PASSWORD }}',
      APPLE_TEAM_ID: '${{ secrets.APPLE_TEAM_ID }}',
    });
    const win = packaging.find((s) => s.if === "runner.os == 'Windows' && steps.signing.outputs.signed == 'true'")!;
    expect(win.env).toMatchObject({ WIN_CSC_LINK: '${{ secrets.WIN_CSC_LINK }}', WIN_CSC_KEY_PASSWORD: '${{ secrets.WIN_CSC_KEY_PASSWORD }}' });
    const unsigned = packaging.find((s) => s.if === "steps.signing.outputs.signed != 'true'")!;
    expect(unsigned.run).toContain('${{ steps.signing.outputs.builder_args }}');
    expect(unsigned.env).toEqual({ CSC_IDENTITY_AUTO_DISCOVERY: 'false' });
    expect(packaging).toHaveLength(3);
  });
});
