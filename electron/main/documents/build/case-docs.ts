// The case documents a lender reads beside the letter: the household's income and
// expenditure (statement.ts), the schedule of all debts (debt-schedule.ts), the repayment
// proposal with its schedule (proposal.ts) and the record of contacts (contact-log.ts).
// Each is a pure builder: plain data with every label already in the document's language
// (the gatherer translates enumerations) -> a "part" (title and content) that the
// negotiation packet embeds, or, here, a whole A4 document with letterhead, page numbers
// and the case reference in the footer. This file is where callers find them all.
import { formatLongDate } from '../../../../shared/format/dates';
import type { Content, DocDefinition } from '../../pdf/types';
import { sep, type CaseDocBase, type DocPart } from './case-part';
import { contactLogPart, type ContactLogDocData } from './contact-log';
import { debtSchedulePart, type DebtScheduleDocData } from './debt-schedule';
import { inCurrency, paperWords } from './format';
import { a4Document, buildLetterhead, defaultStyleFor, documentStyles } from './letter';
import { proposalPart, type ProposalDocData } from './proposal';
import { statementPart, type StatementDocData } from './statement';

export { formatTableDate, type CaseDocBase, type DocPart } from './case-part';
export { contactLogPart, type ContactLogDocData, type ContactRowDoc } from './contact-log';
export { debtSchedulePart, type DebtRowDoc, type DebtScheduleDocData } from './debt-schedule';
export { proposalPart, type ProposalDocData, type ProposalLineDoc } from './proposal';
export { statementPart, type BudgetLineDoc, type StatementDocData } from './statement';

// -- a whole document around one part ----------------------------------------------------------

/** A case document on its own: letterhead, title, a line with the case and date, the part. */
export function buildCaseDocument(base: CaseDocBase, part: DocPart): DocDefinition {
  return inCurrency(base.currency, () => caseDocument(base, part));
}

function caseDocument(base: CaseDocBase, part: DocPart): DocDefinition {
  const images: Record<string, string> = {};
  const content: Content[] = [];
  if (base.letterhead) content.push(...buildLetterhead(base.letterhead, images));
  const lang = base.language;
  content.push(
    { text: part.title, style: 'title', margin: [0, 0, 0, 4], role: 'title' },
    {
      text: `${paperWords(lang).case.issuedOn}${sep(lang)}${formatLongDate(base.date, lang)}`,
      alignment: 'center',
      fontSize: 9.5,
      color: '#555555',
      margin: [0, 0, 0, 12],
      role: 'issued',
    },
    ...part.content,
  );
  return a4Document({
    language: lang,
    title: `${part.title} – ${base.clientName}`,
    caseReference: base.caseReference,
    defaultStyle: { ...defaultStyleFor(lang), fontSize: 10.5, lineHeight: lang === 'en' ? 1.25 : 1.35 },
    styles: caseStyles(),
    content,
    images,
  });
}

export function caseStyles(): NonNullable<DocDefinition['styles']> {
  return { ...documentStyles(), subheading: { fontSize: 11.5, bold: true, lineHeight: 1.3 }, tableHeader: { bold: true, fontSize: 9.5, lineHeight: 1.2 }, tableCell: { fontSize: 9.5, lineHeight: 1.25 } };
}

export const buildStatementDocument = (data: StatementDocData): DocDefinition => buildCaseDocument(data, statementPart(data));
export const buildDebtScheduleDocument = (data: DebtScheduleDocData): DocDefinition => buildCaseDocument(data, debtSchedulePart(data));
export const buildProposalDocument = (data: ProposalDocData): DocDefinition => buildCaseDocument(data, proposalPart(data));
export const buildContactLogDocument = (data: ContactLogDocData): DocDefinition => buildCaseDocument(data, contactLogPart(data));

/** Width available to content, for callers laying out their own tables. */
