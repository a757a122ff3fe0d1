import { INCIDENT_TYPES } from '../../../shared/schemas/contacts';
import type { INCIDENTS_CHANNELS } from '../../../shared/ipc/incidents.channels';
import type { HandlerContext } from '../context';
import { lenderIncidentsByType, lenderIncidentTotals, listLenderIncidents } from '../db/contacts';
import { lenderExists } from '../db/lenders';
import { notFound } from '../errors';
import type { HandlerPart } from '../handler-types';

// Conduct incidents (contacts marked as collection misconduct), gathered per lender.

export function incidentsHandlers(ctx: HandlerContext): HandlerPart<(typeof INCIDENTS_CHANNELS)[number]> {
  const { db } = ctx;
  return {
    'incidents.byLender': ({ lenderId, limit }) => {
      if (!lenderExists(db, lenderId)) throw notFound();
      const items = listLenderIncidents(db, lenderId, limit);
      const totals = lenderIncidentTotals(db, lenderId);
      const byType = lenderIncidentsByType(db, lenderId);
      byType.sort((a, b) => b.count - a.count || INCIDENT_TYPES.indexOf(a.type) - INCIDENT_TYPES.indexOf(b.type));
      return { total: totals.total, clients: totals.clients, byType, items };
    },
  };
}
