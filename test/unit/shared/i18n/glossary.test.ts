/// <reference types="vite/client" />
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../../shared/i18n';
import { GLOSSARY } from '../../../../shared/i18n/glossary';
import { LOCALES, type Locale } from '../../../../shared/schemas/common';
import { DEFAULT_TEMPLATES } from '../../../../electron/main/letters/defaults';

// One word per thing across the screens, the documents and the letters: no text in a
// language may use a word the glossary says to avoid, and each glossary word is really in use.

/** Every string under a value (objects and arrays walked), with where it sits. */
function strings(node: unknown, where: string, out: { where: string; text: string }[] = []): { where: string; text: string }[] {
  if (typeof node === 'string') out.push({ where, text: node });
  else if (Array.isArray(node)) node.forEach((v, i) => strings(v, `${where}[${i}]`, out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) strings(v, `${where}.${k}`, out);
  return out;
}

const isPerLanguage = (v: unknown): v is Record<Locale, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).sort().join() === [...LOCALES].sort().join();

// The documents' word tables: every export of a documents module that is one value per language
// (found by shape, so a new table or a moved module is read without editing this test).
const documentModules = import.meta.glob<Record<string, unknown>>('../../../../electron/main/**/documents/**/*.ts', { eager: true });
const documentTables = Object.entries(documentModules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter(([, v]) => isPerLanguage(v))
    .map(([name, v]) => ({ name: `${path.basename(file, '.ts')}.${name}`, table: v as Record<Locale, unknown> })),
);

function texts(locale: Locale): { where: string; text: string }[] {
  return [
    ...strings(catalogs[locale], `catalog ${locale}`),
    ...documentTables.flatMap((t) => strings(t.table[locale], `document ${t.name} ${locale}`)),
    ...strings(DEFAULT_TEMPLATES[locale], `letter templates ${locale}`),
  ];
}

const byLocale = Object.fromEntries(LOCALES.map((l) => [l, texts(l)])) as Record<Locale, { where: string; text: string }[]>;
/** Chinese words as substrings; English ones as whole words in any case ('bid' is not in 'forbidden'). */
const contains = (text: string, word: string, locale: Locale) =>
  locale === 'en' ? new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text) : text.includes(word);

describe('glossary: one word per thing', () => {
  it('reads the catalogs, the document word tables and the letter templates', () => {
    // Guards the scan: if it stopped finding a source, the checks below would prove nothing.
    const names = documentTables.map((t) => t.name);
    for (const table of ['WORDS', 'CASE_WORDS', 'CLIENT_PLAN_WORDS']) expect(names.some((n) => n.endsWith(`.${table}`)), table).toBe(true);
    for (const l of LOCALES) {
      expect(byLocale[l].some((t) => t.where.startsWith('catalog')), l).toBe(true);
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

  it('is the table in the README', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Glossary: one word per thing'));
    const table = section.slice(0, section.indexOf('\n## '));
    for (const e of GLOSSARY) {
      const row = table.split('\n').find((line) => line.startsWith(`| ${e.thing} |`));
      expect(row, e.thing).toBeDefined();
      for (const l of LOCALES) for (const w of e.words[l]) expect(row, `${e.thing} ${l}`).toContain(w);
    }
  });
});
