// package.appMb: what electron-builder would put in app.asar + app.asar.unpacked, computed
// without Electron: the build output (out/), package.json and the production dependencies
// (`npm ls --omit=dev --parseable --all`), filtered by electron-builder.yml's `files` globs
// (the common ones plus the Windows section's) and electron-builder's default exclusions
// (READMEs, changelogs, tests, TypeScript declarations in node_modules). An estimate within
// those rules: the real number is in the packaged app on the workflow's runners.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(ROOT, 'package.json'));
const { minimatch } = require('minimatch') as { minimatch(p: string, pattern: string, o?: object): boolean };
const yaml = require('js-yaml') as { load(text: string): unknown };

// electron-builder's own default exclusions that matter here (app-builder-lib's fileMatcher defaults).
const DEFAULT_EXCLUDES = [
  '**/node_modules/*/{CHANGELOG.md,ChangeLog,changelog.md,README.md,README,readme.md,readme}',
  '**/node_modules/*/{test,__tests__,tests,powered-test,example,examples}/**',
  '**/node_modules/**/*.d.ts',
  '**/node_modules/.bin/**',
  '**/*.{iml,o,hprof,orig,pyc,pyo,rbc,swp,csproj,sln,xproj}',
  '**/{.DS_Store,.git,.hg,.svn,CVS,RCS,SCCS,.gitignore,.gitattributes,.editorconfig,.npmignore,.eslintrc,.travis.yml}',
];

export interface PackageFigures {
  /** MB (10^6 bytes) in app.asar + app.asar.unpacked, Windows build. */
  appMb: number;
  outMb: number;
  dependenciesMb: number;
  /** The CJK fonts (Regular + Bold, Simplified + Traditional) inside appMb. */
  fontsMb: number;
  fontsShare: number;
  files: number;
  extraneousLeftOut: number;
  /** Whether out/ existed (run `npm run build` first for the full figure). */
  built: boolean;
}

function walk(dir: string, rel: string, out: { rel: string; bytes: number }[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (e.name === 'node_modules' && rel !== '') continue; // nested packages come from npm ls
      walk(full, r, out);
    } else if (e.isFile()) out.push({ rel: r, bytes: fs.statSync(full).size });
  }
}

export function measurePackage(): PackageFigures {
  const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as { files: string[]; win: { files: string[] } };
  const patterns = [...config.files, ...config.win.files];
  const excludes = [...patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)), ...DEFAULT_EXCLUDES];
  const excluded = (rel: string) => excludes.some((p) => minimatch(rel, p, { dot: true }));

  const files: { rel: string; bytes: number }[] = [];
  const outDir = path.join(ROOT, process.env['PARLEY_OUT_DIR'] ?? 'out');
  const built = fs.existsSync(outDir);
  if (built) walk(outDir, 'out', files);
  files.push({ rel: 'package.json', bytes: fs.statSync(path.join(ROOT, 'package.json')).size });
  const outBytes = files.reduce((s, f) => s + f.bytes, 0);

  // npm ls exits non-zero when the installed tree differs from the lock file (an extraneous
  // package left by an earlier install) but still lists the tree: extraneous packages, which a
  // clean install would not have, are left out and counted.
  const ls = spawnSync('npm', ['ls', '--omit=dev', '--parseable', '--all'], { cwd: ROOT, encoding: 'utf8' });
  if (ls.error || !ls.stdout) throw new Error(`npm ls failed: ${ls.error?.message ?? ls.stderr}`);
  const extraneous = new Set([...ls.stderr.matchAll(/extraneous: \S+ (\S+)/g)].map((m) => path.resolve(m[1]!)));
  const dirs = ls.stdout
    .trim()
    .split('\n')
    .filter((d) => d && path.resolve(d) !== ROOT && !extraneous.has(path.resolve(d)));
  const depFiles: { rel: string; bytes: number }[] = [];
  for (const dir of new Set(dirs)) walk(dir, path.relative(ROOT, dir).split(path.sep).join('/'), depFiles);

  const kept = [...files, ...depFiles].filter((f) => !excluded(f.rel));
  const total = kept.reduce((s, f) => s + f.bytes, 0);
  const depBytes = kept.filter((f) => f.rel.startsWith('node_modules/')).reduce((s, f) => s + f.bytes, 0);
  const fontBytes = kept.filter((f) => /^node_modules\/@embedpdf\/fonts-[a-z]+\/fonts\/.*\.otf$/.test(f.rel)).reduce((s, f) => s + f.bytes, 0);
  const mb = (b: number) => Math.round(b / 1e4) / 100;
  return {
    appMb: mb(total),
    outMb: mb(outBytes),
    dependenciesMb: mb(depBytes),
    fontsMb: mb(fontBytes),
    fontsShare: Math.round((fontBytes / total) * 1000) / 1000,
    files: kept.length,
    built,
    /** Packages installed but not in the lock file, left out of the figure (0 on a clean install). */
    extraneousLeftOut: extraneous.size,
  };
}
