#!/usr/bin/env node
// Runs Doyensec's Electronegativity over the Electron code and the renderer's HTML, and
// fails when it finds anything not waived, with a reason, in electronegativity-waivers.json.
// A waiver that no longer matches a finding fails too, so the file stays true.
// (The tool predates custom protocols and fuses; those are tested directly elsewhere.)

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = (await import('node:module')).createRequire(path.join(ROOT, 'package.json'));
const bin = path.join(path.dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
const electronVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const waivers = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'security', 'electronegativity-waivers.json'), 'utf8'));

// What ships: the main process, the preload, and the page. (Tooling scripts are not shipped.)
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-eneg-'));
for (const dir of ['main', 'preload']) fs.cpSync(path.join(ROOT, 'electron', dir), path.join(stage, 'electron', dir), { recursive: true });
fs.mkdirSync(path.join(stage, 'renderer'), { recursive: true });
fs.copyFileSync(path.join(ROOT, 'renderer', 'index.html'), path.join(stage, 'renderer', 'index.html'));
// SARIF, not CSV: the tool writes a CSV's header and rows with two unsynchronised async
// writes, and now and then the header lands on top of the first row.
const report = path.join(stage, 'findings.sarif');

const run = spawnSync(process.execPath, [bin, '-i', stage, '-r', '-v', 'false', '-e', electronVersion, '-o', report], { encoding: 'utf8', cwd: stage });
if (!fs.existsSync(report)) {
  console.error(run.stdout, run.stderr);
  console.error('electronegativity wrote no report');
  process.exit(1);
}

/** One finding per SARIF result: the check, the file (relative to the staged tree) and where. */
const sarif = JSON.parse(fs.readFileSync(report, 'utf8'));
const findings = sarif.runs[0].results.map((r) => {
  const where = r.locations?.[0]?.physicalLocation;
  return {
    check: r.ruleId,
    severity: r.level,
    confidence: '',
    file: (where?.artifactLocation?.uri ?? '').replace(/\\/g, '/'),
    location: `${where?.region?.startLine ?? '?'}:${where?.region?.startColumn ?? '?'}`,
    description: r.message?.text ?? '',
  };
});
fs.rmSync(stage, { recursive: true, force: true });

const used = new Set();
const open = findings.filter((f) => {
  const i = waivers.findIndex((w) => w.check === f.check && w.file === f.file);
  if (i >= 0) used.add(i);
  return i < 0;
});
const stale = waivers.filter((_, i) => !used.has(i));

console.log(`electronegativity ${electronVersion}: ${findings.length} findings, ${findings.length - open.length} waived (test/security/electronegativity-waivers.json)`);
for (const f of open) console.error(`  NOT WAIVED ${f.check} [${f.severity}/${f.confidence}] ${f.file}:${f.location} – ${f.description}`);
for (const w of stale) console.error(`  STALE WAIVER ${w.check} ${w.file}: it matches no finding any more; remove it`);
process.exit(open.length || stale.length ? 1 : 0);
