// npx tsx test/bench/install-cli.ts [--size S|M|L]
// Runs the two installation figures alone (package.appMb, native.loadMs) and prints them as
// JSON; `npm run bench` includes them with every other figure.
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, isFixtureSize, type FixtureSize } from '../fixtures';
import { prepareFixture } from './fixture';
import { benchNativeLoad } from './native';
import { measurePackage } from './package';

const { values } = parseArgs({ options: { size: { type: 'string', default: 'S' }, runs: { type: 'string', default: '9' } }, strict: true });
const size = values.size.toUpperCase();
if (!isFixtureSize(size)) throw new Error('usage: install-cli.ts [--size S|M|L] [--runs N]');
const fixture = prepareFixture(size as FixtureSize, DEFAULT_SEED);
try {
  const native = { ...benchNativeLoad(fixture.dataDir, Number(values.runs)), fixtureSize: size, rows: fixture.rows };
  console.log(JSON.stringify({ meta: { date: new Date().toISOString(), node: process.version }, native, package: measurePackage() }, null, 2));
} finally {
  fixture.remove();
}
