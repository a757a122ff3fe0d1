import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, importGraph } from './import-graph';

// The documents' layers (eslint.config.js, DESIGN.md "Main-process layers"): shared/ -> pdf/
// (engine) -> documents/ (build/ pure builders, gather/ case data) -> letters/, packets/,
// letterhead/. The lint rules refuse an import against the direction; the import graph of
// electron/main/ shows no cycle through these folders.

const ROOT = path.resolve(__dirname, '../../..');
const MAIN = path.join(ROOT, 'electron/main');
const eslint = new ESLint({ cwd: ROOT });

/** The lines of `imports` (one import per line) that the layer rules refuse in `filePath`. */
async function refused(filePath: string, imports: string[]): Promise<string[]> {
  const code = imports.map((s, i) => `import * as m${i} from '${s}';\nvoid m${i};`).join('\n');
  const [result] = await eslint.lintText(code, { filePath });
  const lines = new Set(result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line));
  return imports.filter((_, i) => lines.has(2 * i + 1));
}

describe('layer rules', { timeout: 60_000 }, () => {
  it('keep the PDF engine free of documents, cases and capabilities', async () => {
    const bad = ['../documents/build/letter', '../documents/gather/base', '../letters/pdf', '../db/clients', '../context'];
    const good = ['./fonts', './types', '../../../shared/domain/money', '../fs/atomic-write', '../errors', 'pdfmake/js/Printer'];
    expect(await refused('electron/main/pdf/render.ts', [...bad, ...good])).toEqual(bad);
  });

  it('keep documents/ below the capabilities that deliver documents', async () => {
    const bad = ['../../letters/draft', '../../packets/handlers', '../../letterhead/settings', '../../handlers'];
    const good = ['../../db/letters', '../../../../shared/schemas/letters', '../build/letter', '../../pdf/types', './letterhead', '../../checklists/gather'];
    expect(await refused('electron/main/documents/gather/packet.ts', [...bad, ...good])).toEqual(bad);
    expect(await refused('electron/main/documents/output.ts', ['../letters/pdf', '../pdf/pool', '../fs/atomic-write'])).toEqual(['../letters/pdf']);
  });

  it('keep the builders pure: plain data in, a document definition out', async () => {
    const bad = ['../gather/base', '../output', '../../db/clients', '../../context', '../../pdf/pool', '../../letters/draft', 'node:fs'];
    const good = ['./format', './letter', '../../pdf/types', '../../pdf/fonts', '../../../../shared/domain/money', 'docx'];
    expect(await refused('electron/main/documents/build/letter.ts', [...bad, ...good])).toEqual(bad);
  });

  it('leave the capabilities above free to use documents/', async () => {
    expect(await refused('electron/main/letters/handlers.ts', ['../documents/gather/letter', '../documents/build/letter', '../documents/output'])).toEqual([]);
  });
});

const LAYERED = ['pdf', 'documents', 'letters', 'packets', 'letterhead'];
const inLayers = (file: string) => LAYERED.includes(file.split('/')[0]!);

describe('import graph of electron/main', () => {
  // Every import for the direction of the layers; the ones that run for the cycles.
  const graph = importGraph(MAIN);
  const runtime = importGraph(MAIN, { runtime: true });

  it('is read from the real tree', () => {
    // The reader finds what the layers are made of (a broken reader would find no cycle anywhere).
    expect(graph.get('documents/gather/packet.ts')).toEqual(expect.arrayContaining(['documents/gather/letter.ts', 'documents/build/packet.ts']));
    expect(graph.get('letters/handlers.ts')).toEqual(expect.arrayContaining(['documents/output.ts']));
  });

  it('has no cycle through the document layers', () => {
    expect(cycles(runtime).filter((c) => c.some(inLayers))).toEqual([]);
  });

  it('goes one way between the document layers: pdf <- documents <- letters, packets, letterhead', () => {
    const folders = folderGraph(graph, (f) => (inLayers(f) ? f.split('/')[0]! : null));
    expect(folders.get('pdf')).toEqual([]);
    expect(folders.get('documents')).toEqual(['pdf']);
    for (const top of ['letters', 'packets', 'letterhead']) expect(folders.get(top)).toEqual(['documents']);
  });

  it('has no new cycle elsewhere', () => {
    // Cycles that predate the layer rules, in their owners' folders: this list may only shrink.
    const known = [
      ['db/proposal-versions.ts', 'db/proposals.ts'],
      ['proposals/handlers.ts', 'proposals/versions.ts'],
    ].map((c) => c.join(' '));
    expect(cycles(runtime).filter((c) => !known.includes(c.join(' ')))).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-graph-'));
    try {
      fs.mkdirSync(path.join(dir, 'a'));
      fs.writeFileSync(path.join(dir, 'a/one.ts'), "import { two } from './two';\nexport const one = () => two;\n");
      fs.writeFileSync(path.join(dir, 'a/two.ts'), "import { one } from './one';\nexport const two = () => one;\n");
      fs.writeFileSync(path.join(dir, 'three.ts'), "export { one } from './a/one';\n");
      // Two files that use each other's types only: erased when compiled, so no cycle runs.
      fs.writeFileSync(path.join(dir, 'four.ts'), "import type { Five } from './a/five';\nexport type Four = { five: Five | null };\n");
      fs.writeFileSync(path.join(dir, 'a/five.ts'), "import type { Four } from '../four';\nexport type Five = { four: Four | null };\n");
      expect(cycles(importGraph(dir, { runtime: true }))).toEqual([['a/one.ts', 'a/two.ts']]);
      expect(cycles(importGraph(dir))).toEqual(expect.arrayContaining([['a/one.ts', 'a/two.ts'], ['a/five.ts', 'four.ts']]));
      expect(cycles(importGraph(dir))).toHaveLength(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
