import { CLIENT_STATUSES } from '../../../shared/schemas/clients';
import type { Dashboard } from '../../../shared/schemas/dashboard';
import { LEGAL_STAGES } from '../../../shared/schemas/debts';
import type { HandlerContext } from '../context';
import {
  casesUnderEnforcement,
  casesWithNegativeDisposable,
  casesWithoutStatement,
  lenderCount,
  openDebtsByStage,
  statusCounts as countByStatus,
} from '../db/dashboard';
import type { HandlerPart } from '../handler-types';

export function dashboardHandlers(ctx: HandlerContext): HandlerPart<'dashboard.get'> {
  const { db } = ctx;

  return {
    'dashboard.get': () => {
      const statusCounts = Object.fromEntries(CLIENT_STATUSES.map((s) => [s, 0])) as Dashboard['statusCounts'];
      for (const r of countByStatus(db)) statusCounts[r.status] = r.n;
      const legalStages = Object.fromEntries(LEGAL_STAGES.map((s) => [s, { debts: 0, outstandingFen: 0 }])) as Dashboard['legalStages'];
      let debtCount = 0;
      let totalOutstandingFen = 0;
      for (const r of openDebtsByStage(db)) {
        legalStages[r.stage] = { debts: r.debts, outstandingFen: r.outstandingFen };
        debtCount += r.debts;
        totalOutstandingFen += r.outstandingFen;
      }

      return {
        statusCounts,
        openClients: CLIENT_STATUSES.filter((s) => s !== 'closed').reduce((n, s) => n + statusCounts[s], 0),
        totalOutstandingFen,
        debtCount,
        lenderCount: lenderCount(db),
        legalStages,
        attention: {
          noStatement: casesWithoutStatement(db),
          negativeDisposable: casesWithNegativeDisposable(db),
          enforcement: casesUnderEnforcement(db),
        },
      };
    },
  };
}
