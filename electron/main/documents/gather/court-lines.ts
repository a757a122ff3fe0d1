import type { Locale } from '../../../../shared/schemas/common';
import { lookup } from '../../../../shared/i18n';
import type { HandlerContext } from '../../context';
import { debtsOfClientWithLender, type DebtRecord } from '../../db/debts';
import { courtFactsOfDebts } from '../../db/legal-events';
import { formatTableDate } from '../build/case-docs';
import type { PacketData } from '../build/packet';

// What a lender's documents say about the court: a debt's stage with the day it began (the
// schedule of debts) and the cover sheet's court, case number and stage lines.

/**
 * A debt's court stage with the day it began: 强制执行（2025年3月2日） (the cover), or plainly
 * 强制执行 2025年3月2日 (a line under the lender in the schedule of debts).
 */
export function stageText(language: Locale, d: Pick<DebtRecord, 'legalStage' | 'legalStageDate'>, layout: 'line' | 'plain' = 'line'): string {
  const stage = lookup(language, `debts.legalStages.${d.legalStage}`) ?? d.legalStage;
  if (!d.legalStageDate) return stage;
  const date = formatTableDate(d.legalStageDate, language);
  if (layout === 'plain') return `${stage} ${date}`;
  return language === 'en' ? `${stage} (${date})` : `${stage}（${date}）`;
}

/** The cover sheet's court lines for one lender's debts that have court steps (none when there are none). */
export function coverCourtLines(ctx: HandlerContext, clientId: number, lenderId: number, language: Locale): Pick<PacketData['cover'], 'court' | 'caseNumber' | 'legalStage'> {
  const debts = debtsOfClientWithLender(ctx.db, clientId, lenderId).filter((d) => d.legalStage !== 'none');
  if (debts.length === 0) return {};
  const facts = courtFactsOfDebts(ctx.db, debts.map((d) => d.id));
  const sep = language === 'en' ? '; ' : '；';
  const join = (xs: (string | null)[]) => [...new Set(xs.filter((x): x is string => !!x))].join(sep);
  const out: Pick<PacketData['cover'], 'court' | 'caseNumber' | 'legalStage'> = {};
  const court = join(facts.map((f) => f.court));
  const caseNumber = join(facts.map((f) => f.caseNumber));
  if (court) out.court = court;
  if (caseNumber) out.caseNumber = caseNumber;
  out.legalStage = join(debts.map((d) => stageText(language, d)));
  return out;
}
