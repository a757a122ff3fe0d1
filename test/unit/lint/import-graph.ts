// The import graph of a source tree, read from the text of its files (static imports,
// `export … from`, dynamic import() and require of relative paths): for the layering and
// no-cycle checks. `runtime: true` leaves whole `import type` / `export type` statements out:
// they vanish when compiled, so a cycle through them alone never runs.
import fs from 'node:fs';
import path from 'node:path';

const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const TYPE_ONLY = /^\s*(?:import|export)\s+type\s[^;]*?from\s+['"][^'"]+['"];?/gm;
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  if (fs.existsSync(base) && fs.statSync(base).isFile()) return base;
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext;
  return null;
}

/** file -> the files under the same root it imports (paths relative to `root`). */
export function importGraph(root: string, options: { runtime?: boolean } = {}): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const source = fs.readFileSync(file, 'utf8');
    const text = options.runtime ? source.replace(TYPE_ONLY, '') : source;
    const targets = new Set<string>();
    for (const m of text.matchAll(SPECIFIER)) {
      const target = resolve(file, m[1]!);
      if (target && target.startsWith(root + path.sep)) targets.add(path.relative(root, target));
    }
    graph.set(path.relative(root, file), [...targets]);
  }
  return graph;
}

/** Strongly connected components with more than one member (or a self-import): the cycles. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const members: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        members.push(w);
      } while (w !== v);
      if (members.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(members.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** The graph collapsed to folders: `folderOf` names a file's folder, or null to leave it out. */
export function folderGraph(graph: Map<string, string[]>, folderOf: (file: string) => string | null): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    if (from === null) continue;
    if (!out.has(from)) out.set(from, new Set());
    for (const t of targets) {
      const to = folderOf(t);
      if (to !== null && to !== from) out.get(from)!.add(to);
    }
  }
  return new Map([...out].map(([k, v]) => [k, [...v]]));
}
