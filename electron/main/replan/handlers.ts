import type { Channel } from '../../../shared/contract';
import { todayIn } from '../../../shared/domain/dates';
import { lenderFigures } from '../../../shared/domain/plan-figures';
import type { REPLAN_CHANNELS } from '../../../shared/ipc/replan.channels';
import type { HandlerContext } from '../context';
import { getAgreementRow } from '../db/agreements';
import { writeAudit } from '../db/audit';
import { clientExists } from '../db/clients';
import { listOfferViews, parseTerms } from '../db/offers';
import { saveOfferBasis } from '../db/plan-bases';
import { listLineRows, updateProposal, writeLines } from '../db/proposals';
import { AppError, invalidFields, notFound } from '../errors';
import type { HandlerPart } from '../handler-types';
import { proposalValues } from '../documents/gather/letter-source';
import { draftLetter } from '../letters/draft';
import { basisNow, recordProposalBasis, staleOf } from './basis';
import { revise } from './revise';

// Re-planning when the case's figures change: which saved proposals and open offers stand on
// old figures (derived on read, basis.ts), revising a proposal (revise.ts) with revised-offer
// letters for the lenders whose figures changed, and variation requests for active agreements.

type ReplanChannel = Extract<Channel, (typeof REPLAN_CHANNELS)[number]>;

export function replanHandlers(ctx: HandlerContext): HandlerPart<ReplanChannel> {
  const { db } = ctx;
  const today = () => todayIn(ctx.timeZone(), ctx.now());

  return {
    'replan.stale': ({ clientId }) => {
      if (!clientExists(db, clientId)) throw notFound();
      return staleOf(db, clientId);
    },

    'replan.preview': ({ proposalId }) => revise(ctx, proposalId).preview,

    'replan.confirm': ({ proposalId, rev, locale }) =>
      db.transaction(() => {
        const r = revise(ctx, proposalId);
        const p = r.proposal;
        if (p.rev !== rev) throw new AppError('CONFLICT', 'replan.errors.changedMeanwhile');
        if (r.plan.lines.some((l) => Object.keys(l.problems).length > 0)) throw new AppError('VALIDATION', 'replan.errors.planInvalid');
        updateProposal(db, p.id, { name: p.name, statementId: r.figures.statementId, notes: p.notes, plan: r.plan }, ctx.now());
        writeLines(db, p.id, r.plan);
        recordProposalBasis(ctx, p.client_id, p.id, { figures: r.figures, plan: r.plan, input: { contingencyFen: r.contingencyFen, lines: r.chosen.map((debtId) => ({ debtId })) } });

        // Open offers made from a line whose figures did not change still stand: they now rest on today's figures.
        const unchanged = new Set(r.preview.lines.filter((l) => !l.changed).map((l) => l.debtId));
        const lineIds = new Set(listLineRows(db, p.id).filter((l) => unchanged.has(l.debt_id)).map((l) => l.id));
        const now = basisNow(db, p.client_id);
        for (const o of listOfferViews(db, p.client_id)) {
          if (o.proposalLineId !== null && lineIds.has(o.proposalLineId) && (o.status === 'drafted' || o.status === 'sent' || o.status === 'countered')) saveOfferBasis(db, p.client_id, o.id, now, ctx.now());
        }

        // A revised-offer letter per changed line still owed and not under an agreement, quoting the revised plan's figures.
        const todayIso = today();
        const letters: { letterId: number; lenderId: number; lenderName: string }[] = [];
        for (const l of r.preview.lines) {
          if (!l.changed || !l.before || !l.after || l.underAgreement) continue;
          const line = r.plan.lines.find((x) => x.debtId === l.debtId)!;
          const values = proposalValues(lenderFigures(line, r.plan));
          const letterId = draftLetter(ctx, { clientId: p.client_id, debtId: l.debtId, lenderId: l.lenderId, type: 'revised_offer', locale }, { todayIso, values });
          letters.push({ letterId, lenderId: l.lenderId, lenderName: l.lenderName });
        }
        writeAudit(db, {
          actor: ctx.actor(),
          at: ctx.now(),
          entity: 'proposal',
          entityId: p.id,
          action: 'update',
          before: { rev: p.rev, lines: r.preview.lines.map((l) => ({ debtId: l.debtId, figures: l.before })) },
          after: { revised: true, changes: r.preview.changes, lines: r.preview.lines.map((l) => ({ debtId: l.debtId, figures: l.after })), letters: letters.map((x) => x.letterId) },
        });
        return { proposalId: p.id, rev: p.rev + 1, letters };
      })(),

    'replan.variation': ({ clientId, kind, holdMonths, fromDate, locale, agreements }) =>
      db.transaction(() => {
        if (!clientExists(db, clientId)) throw notFound();
        const fields: Record<string, string> = {};
        if (kind === 'hold' && holdMonths === undefined) fields.holdMonths = 'validation.required';
        const seen = new Set<number>();
        const rows = agreements.map((a, i) => {
          const row = getAgreementRow(db, a.agreementId);
          const at = `agreements.${i}`;
          if (!row || row.client_id !== clientId) fields[`${at}.agreementId`] = 'replan.errors.agreementNotInCase';
          else if (row.status !== 'active') fields[`${at}.agreementId`] = 'replan.errors.agreementNotActive';
          else if (seen.has(row.id)) fields[`${at}.agreementId`] = 'replan.errors.agreementTwice';
          if (row) seen.add(row.id);
          const current = row ? parseTerms(row.terms_json, 'agreements.terms_json').monthlyFen : null;
          if (kind === 'lower') {
            if (a.monthlyFen === undefined || a.monthlyFen === 0) fields[`${at}.monthlyFen`] = 'validation.required';
            else if (current !== null && a.monthlyFen >= current) fields[`${at}.monthlyFen`] = 'replan.errors.notLower';
          }
          return { row, current, monthlyFen: a.monthlyFen };
        });
        const from = fromDate ?? today();
        if (Object.keys(fields).length) throw invalidFields(fields);
        const letters = rows.map(({ row, current, monthlyFen }) => {
          const a = row!;
          const values = {
            'proposal.monthly': current,
            'variation.monthly': kind === 'lower' ? (monthlyFen ?? null) : null,
            'variation.holdMonths': kind === 'hold' ? (holdMonths ?? null) : null,
            'variation.fromDate': from,
          };
          const letterId = draftLetter(ctx, { clientId, debtId: a.debt_id, lenderId: a.lender_id, type: kind === 'lower' ? 'variation_lower' : 'variation_hold', locale }, { values });
          writeAudit(db, {
            actor: ctx.actor(),
            at: ctx.now(),
            entity: 'agreement',
            entityId: a.id,
            action: 'update',
            after: { variationRequested: { kind, monthlyFen: values['variation.monthly'], holdMonths: values['variation.holdMonths'], fromDate: from, letterId } },
          });
          return { letterId, agreementId: a.id, lenderId: a.lender_id, lenderName: a.lender_name };
        });
        return { letters };
      })(),
  };
}
