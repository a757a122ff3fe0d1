#!/usr/bin/env node
// Usage: node electron/scripts/native.mjs <node|electron>
//   npm run rebuild:node       better-sqlite3-multiple-ciphers for this Node (unit tests, harness, bench)
//   npm run rebuild:electron   the same module for Electron's ABI (npm start, the e2e-electron project)
//
// One native binary sits in node_modules at a time, built for either Node or Electron.
// Each build that works is kept in node_modules/.parley-native/<target>-v<ABI>-..., so
// switching back and forth is a file copy, not a compile. Packaging does not use this:
// electron-builder rebuilds for each target itself (npmRebuild in electron-builder.yml).

import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from './electron-binary.mjs';

const MODULE = 'better-sqlite3-multiple-ciphers';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(ROOT, 'package.json'));

const say = (msg) => console.log(`[native] ${msg}`);
class Failure extends Error {}

// A binary built for another ABI, OS or architecture fails to load with one of these.
const WRONG_BINARY =
  /NODE_MODULE_VERSION|compiled against a different Node\.js version|invalid ELF header|wrong ELF class|not a valid Win32 application|incompatible architecture|file too short|Module did not self-register|Could not locate the bindings file|cannot open shared object file/i;

function moduleInfo() {
  let pkgFile;
  try {
    pkgFile = require.resolve(`${MODULE}/package.json`);
  } catch {
    throw new Failure(`${MODULE} is not installed. Run \`npm install\` (with ELECTRON_SKIP_BINARY_DOWNLOAD=1 where Electron cannot be downloaded).`);
  }
  const dir = path.dirname(pkgFile);
  const { version } = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  return {
    dir,
    version,
    binary: path.join(dir, 'build', 'Release', 'better_sqlite3.node'),
    cacheRoot: path.join(path.dirname(dir), '.parley-native'),
  };
}

/** The Electron package, its ABI and its binary (which may be missing where it cannot be downloaded). */
function electronInfo() {
  let pkgFile;
  try {
    pkgFile = require.resolve('electron/package.json');
  } catch {
    throw new Failure('The electron package is not installed.');
  }
  const dir = path.dirname(pkgFile);
  const { version } = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  let abi = null;
  const abiFile = path.join(dir, 'abi_version');
  if (fs.existsSync(abiFile)) abi = fs.readFileSync(abiFile, 'utf8').trim();
  if (!abi) {
    try {
      abi = require('node-abi').getAbi(version, 'electron');
    } catch {
      throw new Failure(`Cannot tell the native ABI of Electron ${version}.`);
    }
  }
  const found = findElectronBinary(ROOT);
  return { version, abi, binary: found.present ? found.path : null };
}

function targetInfo(target, mod) {
  const base = { platform: process.platform, arch: process.arch, moduleVersion: mod.version };
  if (target === 'node') return { ...base, target, abi: process.versions.modules, runtime: `Node ${process.version}` };
  const e = electronInfo();
  return { ...base, target, abi: e.abi, runtime: `Electron ${e.version}`, electron: e };
}

const cacheKey = (t) => `${t.target}-v${t.abi}-${t.platform}-${t.arch}-${MODULE}@${t.moduleVersion}`;
const cacheFile = (mod, t) => path.join(mod.cacheRoot, cacheKey(t), 'better_sqlite3.node');

function sha256(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Loads the module in a fresh process of the target runtime and opens an in-memory database. */
function tryLoad(t, mod) {
  const code = `const D = require(${JSON.stringify(mod.dir)}); const db = new D(':memory:'); db.prepare('select 1').get(); db.close();`;
  let result;
  if (t.target === 'node') {
    result = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  } else {
    if (!t.electron.binary) return { ok: null, output: 'the Electron binary is not installed' };
    result = spawnSync(t.electron.binary, ['-e', code], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  }
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  return { ok: result.status === 0, output };
}

/** The line of a failed load worth showing: the ABI complaint, else the error message. */
function firstLine(output) {
  const lines = output.split('\n');
  const line = lines.find((l) => WRONG_BINARY.test(l)) ?? lines.find((l) => /Error\b/.test(l)) ?? lines.find((l) => l.trim()) ?? '';
  return line.trim().slice(0, 300);
}

/** Copy-then-rename: a process that has the old binary loaded keeps its copy intact. */
function installBinary(from, to) {
  const tmp = `${to}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, tmp);
  try {
    fs.renameSync(tmp, to);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw new Failure(`Cannot replace ${to} (${err.code ?? err.message}). Close Parley, test runs or editors that have it loaded, then try again.`);
  }
}

function remember(mod, t) {
  const file = cacheFile(mod, t);
  if (!fs.existsSync(file) || sha256(file) !== sha256(mod.binary)) {
    installBinary(mod.binary, file);
    say(`cached the ${t.runtime} build (ABI ${t.abi}) in ${path.relative(ROOT, path.dirname(file))}`);
  }
}

/** Before switching away, keep the binary that is there now if it works for the other runtime. */
function keepCurrent(mod, other) {
  if (!other || !fs.existsSync(mod.binary)) return;
  if (tryLoad(other, mod).ok) remember(mod, other);
}

function run(command, args, options = {}) {
  say(`$ ${[path.basename(command), ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) throw new Failure(`${command} could not be started: ${result.error.message}`);
  return result.status === 0;
}

function rebuildForNode() {
  // Left-over npm_config_* from an Electron rebuild would point node-gyp at Electron's headers.
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (/^npm_config_(runtime|target|disturl|dist_url)$/i.test(k)) delete env[k];
  const isWin = process.platform === 'win32';
  return run(isWin ? 'npm.cmd' : 'npm', ['rebuild', MODULE], { env, shell: isWin });
}

function rebuildForElectron(t) {
  let cli = null;
  try {
    cli = path.join(path.dirname(require.resolve('@electron/rebuild')), 'cli.js');
  } catch {
    // not installed: electron-builder below
  }
  if (cli && fs.existsSync(cli)) return run(process.execPath, [cli, '--force', '--only', MODULE, '--version', t.electron.version]);
  return run(process.execPath, [require.resolve('electron-builder/cli.js'), 'install-app-deps']);
}

function ensure(targetName) {
  const mod = moduleInfo();
  const t = targetInfo(targetName, mod);
  let other = null;
  try {
    other = targetInfo(targetName === 'node' ? 'electron' : 'node', mod);
  } catch {
    // no Electron package: nothing to keep for it
  }
  say(`${MODULE} ${mod.version} for ${t.runtime} (ABI ${t.abi}, ${t.platform}-${t.arch})`);

  if (t.target === 'electron' && !t.electron.binary) {
    throw new Failure(
      `The Electron binary is not installed, so ${MODULE} cannot be built or checked for Electron.\n` +
        '  Get it with `node node_modules/electron/install.js` (or re-run `npm install` without ELECTRON_SKIP_BINARY_DOWNLOAD).',
    );
  }

  const now = fs.existsSync(mod.binary) ? tryLoad(t, mod) : { ok: false, output: 'no binary built yet' };
  if (now.ok) {
    remember(mod, t);
    say(`already built for ${t.runtime}: nothing to do`);
    return;
  }
  say(`the current binary does not load in ${t.runtime}: ${firstLine(now.output)}`);
  if (!WRONG_BINARY.test(now.output) && fs.existsSync(mod.binary)) {
    say('(that does not look like an ABI mismatch; switching anyway)');
  }
  keepCurrent(mod, other);

  const cached = cacheFile(mod, t);
  if (fs.existsSync(cached)) {
    installBinary(cached, mod.binary);
    const check = tryLoad(t, mod);
    if (check.ok) {
      remember(mod, t);
      say(`switched to the cached ${t.runtime} build`);
      return;
    }
    say(`the cached build does not load either (${firstLine(check.output)}); rebuilding`);
    fs.rmSync(cached, { force: true });
  }

  const built = t.target === 'node' ? rebuildForNode() : rebuildForElectron(t);
  const check = tryLoad(t, mod);
  if (!built || !check.ok) {
    throw new Failure(
      `Rebuilding ${MODULE} for ${t.runtime} failed${check.ok ? '' : `: ${firstLine(check.output)}`}.\n` +
        '  It needs a C++ toolchain (build-essential / Xcode command line tools / Visual Studio Build Tools) and Python 3,\n' +
        `  and the ${t.target === 'node' ? 'Node' : 'Electron'} headers (downloaded by node-gyp unless npm's nodedir points at them).`,
    );
  }
  remember(mod, t);
  say(`built for ${t.runtime}`);
}

const target = process.argv[2];
if (target !== 'node' && target !== 'electron') {
  console.error('Usage: node electron/scripts/native.mjs <node|electron>');
  process.exit(2);
}
try {
  ensure(target);
} catch (err) {
  if (!(err instanceof Failure)) throw err;
  console.error(`[native] ${err.message}`);
  process.exit(1);
}
