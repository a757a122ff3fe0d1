import { CLIENT_STATUSES } from '../../../shared/schemas/clients';
import type { Dashboard } from '../../../shared/schemas/dashboard';
import { ENFORCEMENT_STAGES, LEGAL_STAGES } from '../../../shared/schemas/debts';
import type { HandlerContext } from '../context';
import { stmt } from '../db/statements';
import type { HandlerPart } from '../handler-types';

/** How many names each attention list shows; the total says how many there are. */
const ATTENTION_LIMIT = 20;
/** Open cases: not archived and not closed. */
const OPEN = `c.archived = 0 AND c.status <> 'closed'`;
const STAGE_LIST = ENFORCEMENT_STAGES.map((s) => `'${s}'`).join(', ');

interface AttentionRow {
  clientId: number;
  name: string;
  caseRef: string;
  detail: number | null;
}

export function dashboardHandlers(ctx: HandlerContext): HandlerPart<'dashboard.get'> {
  const { db } = ctx;

  function attention(fromWhere: string, detail: string, order: string): Dashboard['attention']['noStatement'] {
    const items = stmt(
      db,
      `SELECT c.id AS clientId, c.name AS name, c.case_ref AS caseRef, ${detail} AS detail ${fromWhere} ORDER BY ${order} LIMIT ${ATTENTION_LIMIT}`,
    ).all() as AttentionRow[];
    const { total } = stmt(db, `SELECT count(*) AS total FROM (SELECT c.id ${fromWhere})`).get() as { total: number };
    return { total, items };
  }

  return {
    'dashboard.get': () => {
      const statusCounts = Object.fromEntries(CLIENT_STATUSES.map((s) => [s, 0])) as Dashboard['statusCounts'];
      for (const r of stmt(db, 'SELECT status, count(*) AS n FROM clients WHERE archived = 0 GROUP BY status').all() as { status: keyof typeof statusCounts; n: number }[]) {
        statusCounts[r.status] = r.n;
      }
      const legalStages = Object.fromEntries(LEGAL_STAGES.map((s) => [s, { debts: 0, outstandingFen: 0 }])) as Dashboard['legalStages'];
      let debtCount = 0;
      let totalOutstandingFen = 0;
      const stageRows = stmt(
        db,
        `SELECT d.legal_stage AS stage, count(*) AS debts, coalesce(sum(d.outstanding_fen), 0) AS outstandingFen
           FROM debts d JOIN clients c ON c.id = d.client_id WHERE ${OPEN} GROUP BY d.legal_stage`,
      ).all() as { stage: keyof typeof legalStages; debts: number; outstandingFen: number }[];
      for (const r of stageRows) {
        legalStages[r.stage] = { debts: r.debts, outstandingFen: r.outstandingFen };
        debtCount += r.debts;
        totalOutstandingFen += r.outstandingFen;
      }
      const { lenders } = stmt(db, 'SELECT count(*) AS lenders FROM lenders').get() as { lenders: number };

      return {
        statusCounts,
        openClients: CLIENT_STATUSES.filter((s) => s !== 'closed').reduce((n, s) => n + statusCounts[s], 0),
        totalOutstandingFen,
        debtCount,
        lenderCount: lenders,
        legalStages,
        attention: {
          noStatement: attention(
            `FROM clients c WHERE ${OPEN} AND NOT EXISTS (SELECT 1 FROM statements s WHERE s.client_id = c.id)`,
            'NULL',
            'c.created_at',
          ),
          negativeDisposable: attention(`FROM clients c WHERE ${OPEN} AND c.disposable_fen < 0`, 'c.disposable_fen', 'c.disposable_fen'),
          enforcement: attention(
            `FROM clients c WHERE ${OPEN} AND EXISTS (SELECT 1 FROM debts d WHERE d.client_id = c.id AND d.legal_stage IN (${STAGE_LIST}))`,
            `(SELECT count(*) FROM debts d WHERE d.client_id = c.id AND d.legal_stage IN (${STAGE_LIST}))`,
            'c.updated_at DESC',
          ),
        },
      };
    },
  };
}
