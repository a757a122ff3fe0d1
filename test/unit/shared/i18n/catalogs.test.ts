import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIdNumber, type IdNumberProblem } from '../../../../shared/domain/prc-id';
import { REGION_CURRENCY, REGIONS } from '../../../../shared/domain/region';
import { LETTER_TYPE_REGIONS } from '../../../../shared/schemas/letters';
import { ERROR_CODES } from '../../../../shared/errors';
import { catalogs, lookup } from '../../../../shared/i18n';
import { CLIENT_STATUSES, GENDERS, HARDSHIP_REASONS } from '../../../../shared/schemas/clients';
import { LOCALES } from '../../../../shared/schemas/common';
import { ATTACHMENT_KINDS } from '../../../../shared/schemas/evidence';
import { PRODUCT_TYPES } from '../../../../shared/schemas/debts';
import { IMPORT_FILE_PROBLEMS } from '../../../../shared/schemas/imports';

const ROOT = path.resolve(__dirname, '../../../..');

/** dotted key -> value for every leaf; non-string leaves are kept so the test can see them. */
function flatten(node: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out[prefix] = node;
  }
  return out;
}

const flat = Object.fromEntries(LOCALES.map((l) => [l, flatten(catalogs[l])])) as Record<(typeof LOCALES)[number], Record<string, unknown>>;

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The text from `start` up to the parenthesis that closes the call (string contents are not parsed). */
function callArguments(src: string, start: number): string {
  let depth = 1;
  let quote: string | null = null;
  for (let i = start; i < src.length; i++) {
    const c = src[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return src.slice(start, i);
  }
  return src.slice(start);
}

interface KeyUse {
  key: string;
  file: string;
  /** A template literal: `key` is the text before the first ${. */
  dynamic: boolean;
}

const KEY_TEXT = /^[A-Za-z][\w]*(\.[\w]+)+\.?$/;

/** i18n keys written as literals in main-process and shared schema code. */
function keyUses(): KeyUse[] {
  const files = [...sourceFiles(path.join(ROOT, 'shared')).filter((f) => !f.includes(`${path.sep}i18n${path.sep}`)), ...sourceFiles(path.join(ROOT, 'electron/main'))];
  const uses: KeyUse[] = [];
  const add = (raw: string, quote: string, file: string) => {
    const dynamic = quote === '`' && raw.includes('${');
    const key = dynamic ? raw.slice(0, raw.indexOf('${')) : raw;
    uses.push({ key, file: path.relative(ROOT, file), dynamic });
  };
  for (const file of files) {
    const src = fs.readFileSync(file, 'utf8');
    // Any string starting validation. or errors. (a bare prefix, as in startsWith('validation.'), is no key).
    for (const m of src.matchAll(/(['"`])((?:validation|errors)\.[^'"`\s]*)\1/g)) {
      if (!m[2]!.endsWith('.')) add(m[2]!, m[1]!, file);
    }
    // Every dotted string among the arguments of new AppError(...) and translate(...).
    for (const call of src.matchAll(/\b(?:new AppError|translate)\(/g)) {
      for (const m of callArguments(src, call.index + call[0].length).matchAll(/(['"`])([^'"`]*)\1/g)) {
        if (KEY_TEXT.test(m[2]!) || (m[1] === '`' && /^[A-Za-z]\w*\./.test(m[2]!))) add(m[2]!, m[1]!, file);
      }
    }
  }
  return uses;
}

/** What each template-literal key can expand to. A new dynamic key must be listed here. */
const ID_PROBLEMS: IdNumberProblem[] = [
  checkIdNumber('123') as IdNumberProblem,
  checkIdNumber('110105202602300010') as IdNumberProblem,
  checkIdNumber('110105194912310021') as IdNumberProblem,
];
const DYNAMIC_EXPANSIONS: Record<string, readonly string[]> = {
  'errors.': ERROR_CODES,
  'validation.idNumber.': ID_PROBLEMS,
  'profile.hardship.': HARDSHIP_REASONS,
  'documents.attachmentKinds.': ATTACHMENT_KINDS,
  'debts.productTypes.': PRODUCT_TYPES,
  'imports.errors.': IMPORT_FILE_PROBLEMS,
  'paper.letter.route.': ['tw', 'hk'],
  'paper.letter.regulator.': REGIONS,
  'paper.letter.creditBureau.': REGIONS,
  'region.currencies.': REGIONS.map((r) => REGION_CURRENCY[r]),
  'letters.notInRegion.': Object.keys(LETTER_TYPE_REGIONS),
};

/** Printed words English leaves out: no salute after "Yours faithfully,", no unit after a head count. */
const EMPTY_IN_ENGLISH = ['paper.frame.closingSalute', 'paper.case.personsUnit'];

describe('message catalogs', () => {
  it('all hold exactly the same keys', () => {
    const reference = Object.keys(flat['zh-CN']).sort();
    expect(reference.length).toBeGreaterThan(50);
    for (const locale of LOCALES) expect(Object.keys(flat[locale]).sort(), locale).toEqual(reference);
  });

  it.each(LOCALES)('%s has only non-empty strings', (locale) => {
    for (const [key, value] of Object.entries(flat[locale])) {
      expect(typeof value, `${locale} ${key}`).toBe('string');
      if (locale === 'en' && EMPTY_IN_ENGLISH.includes(key)) expect(value, key).toBe('');
      else expect((value as string).trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('use the same {{placeholders}} for a key in every language', () => {
    for (const [key, value] of Object.entries(flat['zh-CN'])) {
      for (const locale of LOCALES) expect(placeholders(flat[locale][key] as string), `${locale} ${key}`).toEqual(placeholders(value as string));
    }
  });

  it('are really translated: the English text is not the Chinese one', () => {
    const same = Object.keys(flat.en).filter((k) => flat.en[k] === flat['zh-CN'][k]);
    // Only language-neutral samples (an e-mail address) may be identical: nothing in Chinese script.
    expect(same.filter((k) => /\p{Script=Han}/u.test(flat.en[k] as string))).toEqual([]);
    expect(same.length).toBeLessThan(Object.keys(flat.en).length / 20);
  });

  it('have a message for every error code, client status and gender', () => {
    for (const locale of LOCALES) {
      for (const code of ERROR_CODES) expect(lookup(locale, `errors.${code}`), `${locale} errors.${code}`).toBeTypeOf('string');
      for (const s of CLIENT_STATUSES) expect(lookup(locale, `clients.statuses.${s}`), `${locale} ${s}`).toBeTypeOf('string');
      for (const g of GENDERS) expect(lookup(locale, `clients.genders.${g}`), `${locale} ${g}`).toBeTypeOf('string');
    }
  });
});

describe('keys used in code', () => {
  const uses = keyUses();

  it('finds the keys the schemas and handlers use', () => {
    // Guards the scanner itself: if it stopped finding these, the check below would prove nothing.
    const keys = new Set(uses.map((u) => u.key));
    for (const k of ['validation.personName', 'validation.phone', 'validation.idNumberTaken', 'clients.conflict', 'validation.unknownField', 'errors.VALIDATION']) {
      expect(keys, k).toContain(k);
    }
    expect(uses.some((u) => u.dynamic && u.key === 'validation.idNumber.')).toBe(true);
  });

  it('every literal key exists in every catalog', () => {
    const missing = uses
      .filter((u) => !u.dynamic)
      .flatMap((u) => LOCALES.filter((l) => typeof flat[l][u.key] !== 'string').map((l) => `${l}: ${u.key} (${u.file})`));
    expect(missing).toEqual([]);
  });

  it('every expansion of a template key exists in every catalog', () => {
    expect(ID_PROBLEMS.sort()).toEqual(['birthDate', 'checksum', 'format']);
    const missing: string[] = [];
    for (const u of uses.filter((x) => x.dynamic)) {
      const expansions = DYNAMIC_EXPANSIONS[u.key];
      if (!expansions) {
        missing.push(`no known expansions for \`${u.key}\${…}\` in ${u.file}: add them to DYNAMIC_EXPANSIONS`);
        continue;
      }
      for (const e of expansions) for (const l of LOCALES) if (typeof flat[l][u.key + e] !== 'string') missing.push(`${l}: ${u.key}${e} (${u.file})`);
    }
    expect(missing).toEqual([]);
  });
});
