import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// No source file in electron/ or renderer/ over 400 lines unless its header comment (the
// file's first comment block) says why, in a line starting "Over 400 lines because". A
// file that big is one the next engineer must read in one piece: split it by what it does,
// or say why it stays whole.

const ROOT = path.resolve(__dirname, '../../..');
const FOLDERS = ['electron', 'renderer'];
const LIMIT = 400;
const REASON = /^\s*(?:\/\/|\/?\*+)?\s*Over 400 lines because \S/m;
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** Lines as an editor numbers them (a final newline does not start another line). */
function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** The file's first comment block: a run of `//` lines, or one `/* … *\/` comment. */
function headerComment(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\s*(\/\/|\/\*)/.test(l));
  if (start < 0) return '';
  if (/^\s*\/\*/.test(lines[start]!)) {
    const end = lines.findIndex((l, i) => i >= start && l.includes('*/'));
    return lines.slice(start, end < 0 ? undefined : end + 1).join('\n');
  }
  const run: string[] = [];
  for (let i = start; i < lines.length && /^\s*\/\//.test(lines[i]!); i++) run.push(lines[i]!);
  return run.join('\n');
}

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(p);
    return SOURCE.test(e.name) ? [p] : [];
  });
}

/** Files under `root`'s electron/ and renderer/ over the limit whose header gives no reason, relative to `root`, with their length. */
function oversized(root: string): string[] {
  return FOLDERS.flatMap((f) => sourceFiles(path.join(root, f)))
    .map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }))
    .filter(({ text }) => lineCount(text) > LIMIT && !REASON.test(headerComment(text)))
    .map(({ file, text }) => `${path.relative(root, file).split(path.sep).join('/')} (${lineCount(text)} lines)`)
    .sort();
}

describe('files in electron/ and renderer/', () => {
  it('are at most 400 lines, or say in their header comment why they are longer', () => {
    expect(oversized(ROOT)).toEqual([]);
  });

  it('are read from the real tree', () => {
    // The walk finds the sources (a broken walk would find nothing too big anywhere).
    const files = FOLDERS.flatMap((f) => sourceFiles(path.join(ROOT, f))).map((f) => path.relative(ROOT, f).split(path.sep).join('/'));
    expect(files).toEqual(expect.arrayContaining(['electron/main/core.ts', 'renderer/src/App.tsx']));
    expect(files.length).toBeGreaterThan(300);
  });
});

describe('the size check', () => {
  let dir = '';
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  const body = (n: number) => Array.from({ length: n }, (_, i) => `export const v${i} = ${i};\n`).join('');

  it('fails on a big file without a reason, and passes it with one in the header', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-file-size-'));
    write('electron/main/big.ts', `// What this file holds.\n${body(400)}`);
    write('electron/main/exactly.ts', `// At the limit.\n${body(399)}`);
    write('renderer/src/Reasoned.tsx', `// A table of every field.\n// Over 400 lines because the table reads best whole.\n${body(420)}`);
    write('renderer/src/block.ts', `/**\n * One long catalogue.\n * Over 400 lines because it is one list.\n */\n${body(420)}`);
    // A reason further down is not the header's.
    write('renderer/src/late.ts', `// A header with no reason.\nimport x from 'y';\n// Over 400 lines because of this later comment.\n${body(420)}`);
    write('electron/main/notes.md', body(500));
    write('test/elsewhere.ts', body(500));
    expect(oversized(dir)).toEqual(['electron/main/big.ts (401 lines)', 'renderer/src/late.ts (423 lines)']);
  });

  it('reads the first comment block as the header', () => {
    expect(headerComment(`import a from 'a';\n\n// first\n// block\nconst x = 1;\n// second`)).toBe('// first\n// block');
    expect(headerComment(`/**\n * doc\n */\n// after`)).toBe('/**\n * doc\n */');
    expect(headerComment('const x = 1;\n')).toBe('');
  });
});
