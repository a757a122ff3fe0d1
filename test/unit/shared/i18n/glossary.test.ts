/// <reference types="vite/client" />
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs, lookup } from '../../../../shared/i18n';
import { REMEDIES } from '../../../../shared/schemas/remedies';
import { GLOSSARY } from '../../../../shared/i18n/glossary';
import { LOCALES, type Locale } from '../../../../shared/schemas/common';
import { DEFAULT_TEMPLATES } from '../../../../electron/main/letters/defaults';

// One word per thing across the screens, the documents and the letters: no text in a
// language may use a word the glossary says to avoid, and each glossary word is really in use.
// The screens' words and the printed documents' words (namespace `paper`) are both in the
// shared catalogs; the letter templates are content and live beside the letters.

const ROOT = path.resolve(__dirname, '../../../..');

/** Every string under a value (objects and arrays walked), with where it sits. */
function strings(node: unknown, where: string, out: { where: string; text: string }[] = []): { where: string; text: string }[] {
  if (typeof node === 'string') out.push({ where, text: node });
  else if (Array.isArray(node)) node.forEach((v, i) => strings(v, `${where}[${i}]`, out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) strings(v, `${where}.${k}`, out);
  return out;
}

function texts(locale: Locale): { where: string; text: string }[] {
  return [...strings(catalogs[locale], `catalog ${locale}`), ...strings(DEFAULT_TEMPLATES[locale], `letter templates ${locale}`)];
}

/** Source files under a folder. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Where in a language's catalog an object is keyed by exactly these names. */
function listsKeyedBy(node: unknown, names: readonly string[], where = ''): string[] {
  if (!node || typeof node !== 'object') return [];
  const keys = Object.keys(node);
  const here = keys.length === names.length && names.every((n) => keys.includes(n)) ? [where] : [];
  return [...here, ...keys.flatMap((k) => listsKeyedBy((node as Record<string, unknown>)[k], names, where ? `${where}.${k}` : k))];
}

const byLocale = Object.fromEntries(LOCALES.map((l) => [l, texts(l)])) as Record<Locale, { where: string; text: string }[]>;
/** Chinese words as substrings; English ones as whole words in any case ('bid' is not in 'forbidden'). */
const contains = (text: string, word: string, locale: Locale) =>
  locale === 'en' ? new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text) : text.includes(word);

describe('glossary: one word per thing', () => {
  it('reads the screens, the documents (paper namespace) and the letter templates', () => {
    // Guards the scan: if it stopped finding a source, the checks below would prove nothing.
    for (const l of LOCALES) {
      for (const part of ['frame', 'case', 'clientPlan', 'evidenceList']) expect(byLocale[l].some((t) => t.where.startsWith(`catalog ${l}.paper.${part}.`)), `${l} paper.${part}`).toBe(true);
      expect(byLocale[l].some((t) => t.where.startsWith(`catalog ${l}.agreements.`)), l).toBe(true);
      expect(byLocale[l].some((t) => t.where.startsWith('letter templates')), l).toBe(true);
      expect(byLocale[l].length, l).toBeGreaterThan(2000);
    }
  });

  it.each(LOCALES)('%s uses no avoided word', (locale) => {
    const found: string[] = [];
    for (const entry of GLOSSARY) {
      for (const word of entry.avoid[locale]) {
        for (const t of byLocale[locale]) if (contains(t.text, word, locale)) found.push(`${word} (say ${entry.words[locale].join(' / ')}) in ${t.where}: ${t.text}`);
      }
    }
    expect(found).toEqual([]);
  });

  it.each(LOCALES)('%s uses every glossary word somewhere', (locale) => {
    const unused = GLOSSARY.flatMap((e) => e.words[locale].filter((w) => !byLocale[locale].some((t) => contains(t.text, w, locale))));
    expect(unused).toEqual([]);
  });

  it('never lists a word both to use and to avoid', () => {
    for (const e of GLOSSARY) for (const l of LOCALES) for (const w of e.words[l]) for (const other of GLOSSARY) expect(other.avoid[l], `${l} ${w}`).not.toContain(w);
  });

  it('keeps each remedy name in one list, the one the glossary names', () => {
    for (const l of LOCALES) {
      // The client's plan says what each remedy means in plain sentences; every other list of
      // remedies would be a second name for one (as 停息分期 / 分期还款 were).
      expect(listsKeyedBy(catalogs[l], REMEDIES), l).toEqual(['agreements.remedies', 'paper.clientPlan.remedies']);
      for (const r of REMEDIES) {
        const entry = GLOSSARY.find((e) => e.key === `agreements.remedies.${r}`);
        expect(entry, r).toBeDefined();
        expect(lookup(l, entry!.key!), `${l} ${r}`).toBe(entry!.words[l][0]);
      }
    }
  });

  it('has no document word table outside the catalogs', () => {
    // One i18n: a table keyed by the three languages in the main process is a second one. The
    // default letters are content (templates), not words.
    const allowed = ['electron/main/letters/defaults/index.ts'];
    const tables = sourceFiles(path.join(ROOT, 'electron'))
      .map((f) => path.relative(ROOT, f).split(path.sep).join('/'))
      .filter((f) => !allowed.includes(f) && !f.includes('/db/migrations/'))
      .filter((f) => /['"]zh-TW['"]\s*:/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(tables).toEqual([]);
  });

  it('is the table in the README', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Glossary: one word per thing'));
    const table = section.slice(0, section.indexOf('\n## '));
    for (const e of GLOSSARY) {
      const row = table.split('\n').find((line) => line.startsWith(`| ${e.thing} |`));
      expect(row, e.thing).toBeDefined();
      for (const l of LOCALES) for (const w of e.words[l]) expect(row, `${e.thing} ${l}`).toContain(w);
    }
  });
});
