import { totalsOfRegions } from '../../../shared/domain/currency-totals';
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
      // One row per stage and region: amounts are added within a currency only.
      const byStage = openDebtsByStage(db);
      const legalStages = Object.fromEntries(
        LEGAL_STAGES.map((s) => {
          const rows = byStage.filter((r) => r.stage === s);
          return [s, { debts: rows.reduce((n, r) => n + r.debts, 0), outstanding: totalsOfRegions(rows) }];
        }),
      ) as Dashboard['legalStages'];

      return {
        statusCounts,
        openClients: CLIENT_STATUSES.filter((s) => s !== 'closed').reduce((n, s) => n + statusCounts[s], 0),
        totalOutstanding: totalsOfRegions(byStage),
        debtCount: byStage.reduce((n, r) => n + r.debts, 0),
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
