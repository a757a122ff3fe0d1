// The benchmark's database: generated once per size, seed and generator/schema version,
// kept under .tmp/bench-fixtures/, and copied so every run starts from an identical file.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATABASE_FILE } from '../../electron/main/core';
import { MIGRATIONS } from '../../electron/main/db/migrations';
import { FIXTURE_VERSION, generateFixture, type FixtureSize } from '../fixtures';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE_DIR = path.join(ROOT, '.tmp', 'bench-fixtures');

function listSources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listSources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []))
    .sort();
}

/**
 * Changes whenever what the generator would write could change: its sources, the
 * migrations (including edits to an unreleased one) and the pinyin library's version.
 */
function fingerprint(): string {
  const hash = createHash('sha256').update(`fixture-v${FIXTURE_VERSION}\0`);
  for (const file of listSources(path.join(ROOT, 'test', 'fixtures'))) hash.update(path.relative(ROOT, file)).update(fs.readFileSync(file));
  for (const m of MIGRATIONS) hash.update(`${m.version}\0${m.up.toString()}`);
  const pinyinPackage = path.join(ROOT, 'node_modules', 'pinyin-pro', 'package.json');
  if (fs.existsSync(pinyinPackage)) hash.update((JSON.parse(fs.readFileSync(pinyinPackage, 'utf8')) as { version: string }).version);
  return hash.digest('hex').slice(0, 12);
}

export interface BenchFixture {
  /** A private copy of the fixture to run against. */
  dataDir: string;
  file: string;
  rows: Record<string, number>;
  cacheFile: string;
  fromCache: boolean;
  /** How long generating took (now, or when the cached copy was made). */
  generateMs: number;
  /** Where that time went (open+migrate, each table, commit, the contact log's index); absent in older caches. */
  generatePhasesMs?: Record<string, number>;
  fileBytes: number;
  remove(): void;
}

interface CacheMeta {
  rows: Record<string, number>;
  generateMs: number;
  phaseMs?: Record<string, number>;
}

/** Where the cached copy of this size and seed lives for the current generator sources. */
export function fixtureCacheDir(size: FixtureSize, seed: number): string {
  return path.join(CACHE_DIR, `${size}-seed${seed}-${fingerprint()}`);
}

export function prepareFixture(size: FixtureSize, seed: number): BenchFixture {
  const cacheDir = fixtureCacheDir(size, seed);
  const cacheFile = path.join(cacheDir, DATABASE_FILE);
  const metaFile = path.join(cacheDir, 'meta.json');
  const fromCache = fs.existsSync(metaFile) && fs.existsSync(cacheFile);
  if (!fromCache) {
    const building = `${cacheDir}.building-${process.pid}`;
    fs.rmSync(building, { recursive: true, force: true });
    const result = generateFixture({ dataDir: building, size, seed });
    fs.writeFileSync(path.join(building, 'meta.json'), JSON.stringify({ rows: result.rows, generateMs: result.ms, phaseMs: result.phaseMs } satisfies CacheMeta));
    fs.rmSync(cacheDir, { recursive: true, force: true });
    fs.renameSync(building, cacheDir);
  }
  const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as CacheMeta;

  fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(ROOT, '.tmp', `bench-run-${size}-`));
  const file = path.join(dataDir, DATABASE_FILE);
  fs.copyFileSync(cacheFile, file);
  return {
    dataDir,
    file,
    rows: meta.rows,
    cacheFile,
    fromCache,
    generateMs: meta.generateMs,
    generatePhasesMs: meta.phaseMs,
    fileBytes: fs.statSync(file).size,
    remove: () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}
