import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../../shared/channels';
import { catalogs } from '../../../../shared/i18n';

// Keys are literal strings, so a static scan of the app's code finds every key it uses: a key
// used that no catalog has is a missing key (the screen would show the key itself), and a key
// no code uses is an unused one (a word nobody reads drifts from the glossary unseen). Every
// string literal of the app's code (renderer, main, shared; the catalogs themselves left out)
// is read with the TypeScript scanner:
//   - 'ns.a.b' whose first part is a catalog namespace is a use of that key (or of everything
//     under it, when it names a group);
//   - a template `ns.a.${x}` or a literal 'ns.a.' (concatenated) is a use of the family ns.a.*;
// A key is missing when a literal where only a key goes (t/translate/lookup/label/AppError
// arguments, …Key/error/message properties), or any literal under a group the catalogs have,
// names no key: other dotted names (channels, merge fields, SQL columns) are not keys.
// The printed documents' words (namespace `paper`) are read as properties through
// paperWords(language).part.name: a paper key is used when the documents' code reads `.name`.
// The families the code composes are listed in FAMILIES below, so each is there on purpose.

const ROOT = path.resolve(__dirname, '../../../..');
const CATALOG_FILES = /shared\/i18n\/(zh-CN|zh-TW|en)\.ts$|shared\/i18n\/features\//;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') && !CATALOG_FILES.test(rel) ? [rel] : [];
  });
}

const APP_FILES = [...sourceFiles('renderer/src'), ...sourceFiles('electron'), ...sourceFiles('shared')];
const DOCUMENT_FILES = APP_FILES.filter((f) => f.startsWith('electron/main/documents/') || f.startsWith('electron/main/letters/'));

/** dotted key -> leaf, for every string leaf of a catalog. */
function flatten(node: unknown, prefix = '', out: string[] = []): string[] {
  if (typeof node === 'string') out.push(prefix);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

const KEYS = flatten(catalogs['zh-CN']);
const NAMESPACES = new Set(Object.keys(catalogs['zh-CN']));
const NOT_KEYS = new Set<string>(CHANNELS);
const KEY_TEXT = /^[A-Za-z]\w*(\.\w+)+$/;

interface Use {
  key: string;
  file: string;
  /** A family: every key that starts with `key` (the text before a template's first ${). */
  family: boolean;
  /** Written where only a key can stand: an argument of t/translate/lookup/label/AppError, or a `…Key`/`error`/`message` property. */
  keyPlace: boolean;
}

const KEY_CALLS = new Set(['t', 'translate', 'lookup', 'label', 'AppError']);

/** Whether a literal sits where a key goes (through ?:, ??, || and parentheses). */
function inKeyPlace(node: ts.Node): boolean {
  let n: ts.Node = node;
  while (ts.isConditionalExpression(n.parent) || ts.isParenthesizedExpression(n.parent) || (ts.isBinaryExpression(n.parent) && n.parent.left !== n)) n = n.parent;
  const p = n.parent;
  if ((ts.isCallExpression(p) || ts.isNewExpression(p)) && p.arguments?.includes(n as ts.Expression)) {
    const callee = p.expression;
    const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
    return KEY_CALLS.has(name);
  }
  if (ts.isPropertyAssignment(p) && p.initializer === n) {
    const name = p.name.getText();
    return /key$/i.test(name) || name === 'error' || name === 'message';
  }
  return false;
}

/** The catalog key uses in one file: its string literals and the heads of its template literals. */
function usesIn(file: string): Use[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const uses: Use[] = [];
  const consider = (raw: string, family: boolean, node: ts.Node) => {
    if (!NAMESPACES.has(raw.split('.')[0]!)) return;
    const keyPlace = inKeyPlace(node);
    if (family) {
      // A template composing a key: `agreements.remedies.${r}`, `cost.explain.periods.day${n}`; one
      // on a bare namespace only where a key goes (t(`nav.${item}`), not `agreements.${i}`, a field path).
      if (/^\w+\.(\w+\.)*\w*$/.test(raw) && (keyPlace || /^\w+\.\w+/.test(raw))) uses.push({ key: raw, file, family: true, keyPlace });
    } else if (KEY_TEXT.test(raw)) uses.push({ key: raw, file, family: false, keyPlace });
    // A literal prefix concatenated with a name; 'ns.' alone (as in startsWith('validation.')) is no use.
    else if (/^\w+(\.\w+)+\.$/.test(raw)) uses.push({ key: raw, file, family: true, keyPlace });
  };
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) consider(node.text, false, node);
    else if (ts.isTemplateExpression(node)) consider(node.head.text, true, node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return uses;
}

const USES = APP_FILES.flatMap(usesIn);

/**
 * The key families the code composes (`prefix${name}`), each listed on purpose: a key in a
 * family counts as used without a literal, so a new family must be added here deliberately.
 * Each must hold keys in the catalogs; the enumeration behind most is a shared constant
 * (REMEDIES, ERROR_CODES, …), and catalogs.test.ts checks every expansion of the main
 * process's families.
 */
const FAMILIES: readonly string[] = [
  'agreements.agreementStatus.', 'agreements.channels.', 'agreements.remedies.', 'agreements.state.', 'agreements.status.',
  'backup.history.triggers.',
  'calendar.kinds.', 'calendar.notMovable.',
  'cases.counts.', 'cases.purge.copyKind.',
  'checklists.bring.', 'checklists.items.', 'checklists.lenderCard.rules.', 'checklists.sources.',
  'clients.genders.', 'clients.statuses.',
  'contacts.channels.', 'contacts.directions.', 'contacts.incidentTypes.', 'contacts.reasons.', 'contacts.sources.', 'contacts.timeline.agreementReason.', 'contacts.timeline.letter.', 'contacts.timeline.offerStatus.', 'contacts.timeline.types.',
  'cost.explain.periods.day',
  'dashboard.',
  'debts.legalStages.', 'debts.productTypes.', 'debts.rateShort.', 'debts.rateUnits.',
  'documents.actions.', 'documents.attachmentKinds.', 'documents.batch.', 'documents.kinds.', 'documents.languages.', 'documents.panel.letterStatus.',
  'errors.',
  'evidence.kinds.',
  'finances.categories.', 'finances.disposableNote.', 'finances.frequencies.', 'finances.perFrequency.', 'finances.range.', 'finances.sectionHelp.', 'finances.sections.',
  'imports.choices.', 'imports.duplicateReason.', 'imports.errors.', 'imports.fields.', 'imports.lenderMatchedOn.', 'imports.working.',
  'insights.columns.',
  'ledger.kinds.', 'ledger.status.',
  'legal.decisions.', 'legal.instances.', 'legal.kinds.', 'legal.measures.',
  'lenders.types.',
  'letters.fieldGroups.', 'letters.fields.', 'letters.locales.', 'letters.notInRegion.', 'letters.status.', 'letters.types.',
  'money.problems.',
  'nav.',
  'paper.letter.creditBureau.', 'paper.letter.regulator.', 'paper.letter.route.',
  'profile.closure.', 'profile.employment.', 'profile.hardship.', 'profile.tabs.',
  'region.currencies.', 'region.idTypes.', 'region.names.', 'region.placeholders.',
  'reviews.outcomes.', 'reviews.reasons.',
  'search.kinds.',
  'validation.idNumber.',
];

const isGroup = (key: string) => KEYS.some((k) => k.startsWith(`${key}.`));

describe('catalog keys in code', () => {
  it('finds the uses it should (the scan itself works)', () => {
    const keys = new Set(USES.map((u) => u.key));
    for (const k of ['common.save', 'validation.personName', 'clients.conflict', 'errors.VALIDATION']) expect(keys, k).toContain(k);
    expect(USES.some((u) => u.family && u.key === 'agreements.remedies.')).toBe(true);
    expect(USES.some((u) => u.file.startsWith('renderer/'))).toBe(true);
    expect(KEYS.length).toBeGreaterThan(2000);
  });

  it('every key the code names exists in the catalogs', () => {
    // A key where only a key can stand, or any literal under a group the catalogs have
    // ('agreements.remedies.waivr'); other dotted names (a channel, a merge field, a column) are not keys.
    const parentIsGroup = (key: string) => key.split('.').length > 2 && isGroup(key.slice(0, key.lastIndexOf('.')));
    const missing = USES.filter((u) => !NOT_KEYS.has(u.key) && (u.keyPlace || parentIsGroup(u.family ? `${u.key}x` : u.key)))
      .filter((u) => (u.family ? !KEYS.some((k) => k.startsWith(u.key)) : !KEYS.includes(u.key) && !isGroup(u.key)))
      .map((u) => `${u.key}${u.family ? '*' : ''} (${u.file})`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('every key in the catalogs is used by the code', () => {
    const literal = new Set(USES.filter((u) => !u.family).map((u) => u.key));
    const families = USES.filter((u) => u.family).map((u) => u.key);
    const documentCode = DOCUMENT_FILES.map((f) => fs.readFileSync(path.join(ROOT, f), 'utf8')).join('\n');
    const used = (key: string): boolean => {
      if (literal.has(key) || families.some((f) => key.startsWith(f))) return true;
      // A literal naming a group ('paper.frame', 'paper.letter.route') uses what is under it.
      const parts = key.split('.');
      for (let i = parts.length - 1; i > 1; i--) if (literal.has(parts.slice(0, i).join('.'))) return true;
      // paper.<part>.<name>[.<sub>]: read as a property by the builders.
      if (parts[0] === 'paper') return new RegExp(`\\.${parts[2]}\\b`).test(documentCode);
      return false;
    };
    expect(KEYS.filter((k) => !used(k))).toEqual([]);
  });

  it('composes keys only in the families listed', () => {
    const composed = [...new Set(USES.filter((u) => u.family).map((u) => u.key))].sort();
    expect(composed).toEqual([...FAMILIES].sort());
    for (const family of FAMILIES) expect(KEYS.some((k) => k.startsWith(family)), family).toBe(true);
  });
});
