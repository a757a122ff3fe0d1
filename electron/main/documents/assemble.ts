// One call per document: gather a case's data and build its PDF definition, with the
// file name it is offered under. The documents.* and packets.* handlers deliver the result.
import type { Locale } from '../../../shared/schemas/common';
import type { DocumentKind } from '../../../shared/schemas/documents';
import type { HandlerContext } from '../context';
import { AppError } from '../errors';
import { safeFileName } from '../fs/safe-file-name';
import type { DocDefinition } from '../pdf/types';
import { buildContactLogDocument, buildDebtScheduleDocument, buildProposalDocument, buildStatementDocument } from './build/case-docs';
import { buildClientPlanDocument } from './build/client-plan';
import { buildEvidenceListDocument } from './build/evidence-list';
import { buildPacketDocument } from './build/packet';
import { label, lenderName } from './gather/base';
import { gatherContactLog, gatherDebtSchedule, gatherProposal, gatherStatement } from './gather/case-docs';
import { gatherClientPlan } from './gather/client-plan';
import { gatherEvidenceList } from './gather/evidence-list';
import { gatherPacket } from './gather/packet';

export interface BuiltDocument {
  doc: DocDefinition;
  /** A file name without folder: "<case ref> <title>[ <lender>].pdf". */
  fileName: string;
  caseReference: string;
  title: string;
}

export function gatherDocument(ctx: HandlerContext, input: { clientId: number; lenderId?: number; kind: DocumentKind; locale: Locale }): BuiltDocument {
  const { clientId, lenderId, kind, locale } = input;
  let doc: DocDefinition;
  let caseReference: string;
  let lender: string | null = null;
  switch (kind) {
    case 'statement': {
      const data = gatherStatement(ctx, clientId, locale);
      if (!data) throw new AppError('NOT_FOUND', 'documents.errors.noStatement');
      doc = buildStatementDocument(data);
      caseReference = data.caseReference;
      break;
    }
    case 'debtSchedule': {
      const data = gatherDebtSchedule(ctx, clientId, locale, lenderId);
      doc = buildDebtScheduleDocument(data);
      caseReference = data.caseReference;
      break;
    }
    case 'proposal': {
      const data = gatherProposal(ctx, clientId, locale, lenderId);
      if (!data) throw new AppError('NOT_FOUND', 'documents.errors.noProposal');
      doc = buildProposalDocument(data);
      caseReference = data.caseReference;
      if (lenderId !== undefined) lender = lenderName(ctx, lenderId);
      break;
    }
    case 'clientPlan': {
      const data = gatherClientPlan(ctx, clientId, locale);
      if (!data) throw new AppError('NOT_FOUND', 'documents.errors.noProposal');
      doc = buildClientPlanDocument(data);
      caseReference = data.caseReference;
      break;
    }
    case 'evidenceList': {
      const data = gatherEvidenceList(ctx, clientId, locale);
      doc = buildEvidenceListDocument(data);
      caseReference = data.caseReference;
      break;
    }
    case 'contactLog': {
      const data = gatherContactLog(ctx, clientId, lenderId!, locale);
      doc = buildContactLogDocument(data);
      caseReference = data.caseReference;
      lender = data.lenderName;
      break;
    }
  }
  const title = label(locale, `documents.kinds.${kind}`, kind);
  return { doc, caseReference, title, fileName: safeFileName([caseReference, title, lender].filter(Boolean).join(' ')) };
}

export function gatherPacketDocument(ctx: HandlerContext, input: { clientId: number; lenderId: number; locale: Locale }): BuiltDocument & { lenderName: string } {
  const data = gatherPacket(ctx, input.clientId, input.lenderId, input.locale);
  const title = label(input.locale, 'documents.packet', 'packet');
  return {
    doc: buildPacketDocument(data),
    caseReference: data.caseReference,
    title,
    lenderName: data.cover.lenderName,
    fileName: safeFileName(`${data.caseReference} ${data.cover.lenderName}`),
  };
}
