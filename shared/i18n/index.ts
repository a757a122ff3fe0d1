import { LOCALES, type Locale } from '../schemas/common';
import type { CoreCatalog } from './catalog';
import { en } from './en';
import { lockMessages } from './features/lock';
import { documentsMessages } from './features/documents';
import { checklistsMessages } from './features/checklists';
import { contactsMessages } from './features/contacts';
import { evidenceMessages } from './features/evidence';
import { proposalsMessages } from './features/proposals';
import { paperMessages } from './features/paper';
import { agreementsMessages } from './features/agreements';
import { lettersMessages } from './features/letters';
import { backupMessages } from './features/backup';
import { casesMessages } from './features/cases';
import { dashboardMessages } from './features/dashboard';
import { debtsMessages } from './features/debts';
import { costMessages } from './features/cost';
import { legalMessages } from './features/legal';
import { demoMessages } from './features/demo';
import { exportsMessages } from './features/exports';
import { importsMessages } from './features/imports';
import { insightsMessages } from './features/insights';
import { financesMessages } from './features/finances';
import { formsMessages } from './features/forms';
import { setupMessages } from './features/setup';
import { ledgerMessages } from './features/ledger';
import { lendersMessages } from './features/lenders';
import { moneyMessages } from './features/money';
import { profileMessages } from './features/profile';
import { regionMessages } from './features/region';
import { replanMessages } from './features/replan';
import { searchMessages } from './features/search';
import { shellMessages } from './features/shell';
import { calendarMessages } from './features/calendar';
import { reviewsMessages } from './features/reviews';
import { zhCN } from './zh-CN';
import { zhTW } from './zh-TW';

// The core catalogs (app, navigation, common words, errors, validation, clients,
// settings) plus one namespace per feature, each kept in its own file.
const CORE: Record<Locale, CoreCatalog> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
const FEATURES = {
  profile: profileMessages,
  finances: financesMessages,
  lenders: lendersMessages,
  debts: debtsMessages,
  cost: costMessages,
  legal: legalMessages,
  ledger: ledgerMessages,
  search: searchMessages,
  dashboard: dashboardMessages,
  demo: demoMessages,
  contacts: contactsMessages,
  evidence: evidenceMessages,
  proposals: proposalsMessages,
  agreements: agreementsMessages,
  letters: lettersMessages,
  documents: documentsMessages,
  paper: paperMessages,
  checklists: checklistsMessages,
  lock: lockMessages,
  backup: backupMessages,
  cases: casesMessages,
  shell: shellMessages,
  forms: formsMessages,
  setup: setupMessages,
  exports: exportsMessages,
  money: moneyMessages,
  imports: importsMessages,
  insights: insightsMessages,
  calendar: calendarMessages,
  reviews: reviewsMessages,
  region: regionMessages,
  replan: replanMessages,
};

export type Catalog = CoreCatalog & { [K in keyof typeof FEATURES]: (typeof FEATURES)[K]['zh-CN'] };

export const catalogs = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    { ...CORE[locale], ...Object.fromEntries(Object.entries(FEATURES).map(([ns, messages]) => [ns, messages[locale]])) },
  ]),
) as Record<Locale, Catalog>;

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** Looks up a dotted key; returns undefined when the key is not a string leaf. */
export function lookup(locale: Locale, key: string): string | undefined {
  let node: unknown = catalogs[locale];
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Translates a dotted key with {{name}} parameters, falling back to zh-CN, then the key. */
export function translate(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const text = lookup(locale, key) ?? lookup(DEFAULT_LOCALE, key) ?? key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
