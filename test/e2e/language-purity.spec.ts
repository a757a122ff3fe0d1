import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { caseOnEveryPage, openPage } from './every-page';
import { invoke } from './steps';
import { hasForeignScript } from '../unit/helpers/script-purity';
import { DEMO_NAME_PREFIX } from '../../shared/domain/demo';

// One language at a time (issue 14 §3): with the demo cases, an offer sent and accepted, a
// collector's call and hardship letters in place, every page in 简体中文, 繁體中文 and English
// holds no character of another script – no Simplified-only character in 繁體, no
// Traditional-only one in 简体, no Chinese at all in English – except the data the counsellor
// (or the demo) typed: names, addresses, lenders, notes, call summaries, the letters in their
// own language. The data is read back through the channels, field by field; what the app
// writes by itself (a sent offer's contact, the follow-ups it makes) is not data and must
// come out in the page's language.

/** Fields that hold what a person typed (or a letter's text, which is in the letter's own language). */
const DATA_KEYS = new Set([
  'name', 'aliases', 'address', 'occupation', 'employer', 'notes', 'hardshipDetails', 'consentScope', 'assignedCounsellor', 'counsellorName',
  'organisation', 'label', 'person', 'outcome', 'incidentDetails', 'details', 'title', 'text', 'items', 'salutation', 'enclosures', 'collector',
  'court', 'caseNumber', 'lenderName', 'clientName', 'fileName', 'description', 'accountRef', 'closureReason', 'contactName', 'complaintChannel',
]);

function dataStrings(node: unknown, out: Set<string>, key = ''): void {
  if (typeof node === 'string') {
    if (DATA_KEYS.has(key) && /\p{Script=Han}/u.test(node)) {
      out.add(node);
      // A demo name is shown with the page's own mark (範例· / Demo ·): the name itself is the data.
      if (node.startsWith(DEMO_NAME_PREFIX)) out.add(node.slice(DEMO_NAME_PREFIX.length));
    }
    return;
  }
  if (Array.isArray(node)) return node.forEach((n) => dataStrings(n, out, key));
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    // A summary or note is the counsellor's only when they wrote it; the app's own are data objects.
    if ((k === 'summary' && (o['source'] === undefined || o['source'] === 'manual')) || (k === 'note' && typeof v === 'string')) dataStrings(v, out, 'text');
    else dataStrings(v, out, k);
  }
}

async function caseData(page: Page): Promise<string[]> {
  const out = new Set<string>();
  const clients = await invoke(page, 'clients.list', { sort: 'caseRef', order: 'asc' });
  dataStrings(clients, out);
  for (const c of clients.items) {
    dataStrings(await invoke(page, 'clients.get', { id: c.id }), out);
    dataStrings(await invoke(page, 'debts.list', { clientId: c.id }), out);
    dataStrings(await invoke(page, 'statements.latest', { clientId: c.id }), out);
    dataStrings(await invoke(page, 'timeline.list', { clientId: c.id, limit: 200 }), out);
    dataStrings(await invoke(page, 'agreements.list', { clientId: c.id }), out);
    for (const l of await invoke(page, 'letters.list', { clientId: c.id })) dataStrings(await invoke(page, 'letters.get', { id: l.id }), out);
  }
  const lenders = await invoke(page, 'lenders.list', { pageSize: 200 });
  dataStrings(lenders, out);
  for (const l of lenders.items) dataStrings(await invoke(page, 'lenders.get', { id: l.id }), out);
  dataStrings(await invoke(page, 'templates.list', undefined as never), out);
  dataStrings(await invoke(page, 'settings.get', undefined as never), out);
  return [...out];
}

/**
 * The page's own text, and apart from it each document shown on the page in its own language
 * (a letter's preview carries the letter's `lang`: a Simplified letter previewed in the 繁體
 * interface is a Simplified document, and is checked as one).
 */
async function textsByLanguage(page: Page): Promise<{ lang: string | null; text: string }[]> {
  return page.evaluate(() => {
    let rest = document.body.innerText;
    const documents = ([...document.querySelectorAll('main [lang]')] as HTMLElement[]).map((el) => {
      const text = el.innerText;
      rest = rest.replace(text, '');
      return { lang: el.getAttribute('lang'), text };
    });
    return [{ lang: null, text: rest }, ...documents];
  });
}

test('every page speaks one language: 简体中文, 繁體中文 and English', async ({ page, harness }) => {
  // 19 pages × 3 languages with their data: minutes on a loaded machine.
  test.setTimeout(900_000);
  await page.goto(harness.url);
  const routes = await caseOnEveryPage(page);
  const data = await caseData(page);
  for (const language of ['zh-CN', 'zh-TW', 'en'] as const) {
    await invoke(page, 'settings.update', { language });
    await page.reload();
    for (const route of routes) {
      await openPage(page, harness.url, route);
      for (const part of await textsByLanguage(page)) {
        const lang = part.lang ?? language;
        expect(['zh-CN', 'zh-TW', 'en'], `${route}: a document in an unknown language`).toContain(lang);
        expect.soft(hasForeignScript(lang as typeof language, part.text, data), `${language} ${route}${part.lang ? ` (a document in ${lang})` : ''}`).toEqual([]);
      }
    }
  }
});
