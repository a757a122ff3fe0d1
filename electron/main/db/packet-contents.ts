// Which case documents a lender's negotiation packet carries besides the schedule of debts,
// read for the letters capability's enclosure check before "final" (the documents capability
// builds the same parts). The evidence in a packet is db/attachments' attachmentsForLender.
import type { Db } from './connection';
import { stmt } from './statements';

export function packetParts(db: Db, clientId: number): { statement: boolean; proposal: boolean } {
  const row = stmt(
    db,
    `SELECT EXISTS (SELECT 1 FROM statements WHERE client_id = ?) AS statement, EXISTS (SELECT 1 FROM proposals WHERE client_id = ?) AS proposal`,
  ).get(clientId, clientId) as { statement: number; proposal: number };
  return { statement: row.statement === 1, proposal: row.proposal === 1 };
}
