// What every case document starts from: the client, the case's currency and number, today's
// date in the counsellor's zone, the letterhead; and labels translated into the document's
// language (the builders only lay out what they are given).
import { todayIn } from '../../../../shared/domain/dates';
import { currencyOf, type Region } from '../../../../shared/domain/region';
import { shownName } from '../../../../shared/domain/demo';
import { lookup, translate } from '../../../../shared/i18n';
import type { Locale } from '../../../../shared/schemas/common';
import type { HandlerContext } from '../../context';
import { getClientRow } from '../../db/clients';
import { lenderName as nameOfLender } from '../../db/lenders';
import { notFound } from '../../errors';
import type { CaseDocBase } from '../build/case-docs';
import { letterheadFor, readLetterheadSettings } from './letterhead';

/** A translated label, or the fallback when the catalog has none. */
export function label(locale: Locale, key: string, fallback: string): string {
  return lookup(locale, key) ?? fallback;
}

export interface ClientRow {
  id: number;
  name: string;
  case_ref: string;
  region: Region;
  household_adults: number | null;
  household_dependants: number | null;
  employment_status: string | null;
  occupation: string | null;
  assigned_counsellor: string | null;
}

function clientRow(ctx: HandlerContext, clientId: number): ClientRow {
  const row = getClientRow(ctx.db, clientId);
  if (!row) throw notFound();
  return row as ClientRow;
}

/** The lender's name; NOT_FOUND when there is no such lender. */
export function lenderName(ctx: HandlerContext, lenderId: number): string {
  const name = nameOfLender(ctx.db, lenderId);
  if (name === undefined) throw notFound();
  return name;
}

export function today(ctx: HandlerContext): string {
  return todayIn(ctx.timeZone(), ctx.now());
}

export function gatherBase(ctx: HandlerContext, clientId: number, language: Locale): CaseDocBase & { client: ClientRow } {
  const client = clientRow(ctx, clientId);
  const letterhead = letterheadFor(readLetterheadSettings(ctx.db), language);
  // The case's amounts are in its region's currency (shared/domain/region.ts).
  return { language, currency: currencyOf(client.region), caseReference: client.case_ref, date: today(ctx), clientName: shownName(client.name, translate(language, 'demo.namePrefix')), client, ...(letterhead ? { letterhead } : {}) };
}

/** The base without the client row, as the builders take it. */
export function strip<T extends { client?: unknown }>(data: T): Omit<T, 'client'> {
  const { client: _client, ...rest } = data;
  void _client;
  return rest;
}
