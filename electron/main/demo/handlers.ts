import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract';
import { addDays, addMonths, todayIn } from '../../../shared/domain/dates';
import { contract } from '../../../shared/contract';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { clientByIdNumber, deleteDemoClients, demoClientCount, demoClientIds, markDemoClient } from '../db/clients';
import { debtIdsOfClient } from '../db/debts';
import { deleteLender, demoLenderCount, demoLenderIds, lenderIdByName, markDemoLender, markReal, unusedDemoLenderIds } from '../db/lenders';
import type { HandlerPart, HandlerTable } from '../handler-types';
import { DEMO_NAME_PREFIX } from '../../../shared/domain/demo';
import { DEFAULT_REGION, REGION_ID_TYPE } from '../../../shared/domain/region';
import { contactAndLetterIdsOfClient } from '../db/search-index';
import { indexClient, indexLender, removeFromIndex } from '../search/index-writer';
import { DEMO_CLIENTS, DEMO_LENDERS, type DemoDebt } from './data';

type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => ChannelOutput<C>;

/** The contract's monthly payments, one calendar month apart from the loan date. */
function monthlySchedule(loanDate: string, payments: DemoDebt['monthlyPayments']): { date: string; amountFen: number }[] {
  if (!payments) return [];
  return Array.from({ length: payments.count }, (_, i) => ({ date: addMonths(loanDate, i + 1), amountFen: payments.amountFen }));
}

/**
 * Demo cases, so a new counsellor can try every screen. They go in through the real
 * handlers (so totals, search and audit are what real use gives) and are flagged
 * is_demo, so one action removes them again.
 */
export function demoHandlers(ctx: HandlerContext, getTable: () => HandlerTable): HandlerPart<'demo.status' | 'demo.load' | 'demo.remove'> {
  const { db } = ctx;

  // Handlers are synchronous: each runs its own transaction, which nests as a savepoint here.
  const call: Call = (channel, input) => {
    const parsed = contract[channel].input.parse(input);
    const result = (getTable()[channel] as (i: unknown) => unknown)(parsed);
    if (result instanceof Promise) throw new Error(`${channel} answered asynchronously inside the demo loader`);
    return result as ChannelOutput<typeof channel>;
  };

  function status() {
    const clients = demoClientCount(db);
    const lenders = demoLenderCount(db);
    return { loaded: clients > 0, clients, lenders };
  }

  return {
    'demo.status': status,

    'demo.load': () =>
      db.transaction(() => {
        const todayIso = todayIn(ctx.timeZone(), ctx.now());
        const daysBefore = (days: number) => addDays(todayIso, -days);
        const lenderIds = new Map<string, number>();
        let lendersAdded = 0;
        for (const l of DEMO_LENDERS) {
          // A lender the counsellor already has is used as it is, and never removed with the demo.
          const existing = lenderIdByName(db, l.name);
          if (existing !== undefined) {
            lenderIds.set(l.key, existing);
            continue;
          }
          const created = call('lenders.create', { name: l.name, aliases: l.aliases, type: l.type, phones: l.phones, complaintChannel: l.complaintChannel ?? null });
          markDemoLender(db, created.id);
          lenderIds.set(l.key, created.id);
          lendersAdded++;
        }
        let debts = 0;
        let statements = 0;
        for (const c of DEMO_CLIENTS) {
          // An identity number is one person's: loaded a second time, the copy goes without it.
          const withId = c.idNumber !== undefined && clientByIdNumber(db, c.idNumber) === undefined;
          const client = call('clients.create', {
            name: `${DEMO_NAME_PREFIX}${c.name}`,
            region: c.region ?? DEFAULT_REGION,
            ...(withId ? { idType: REGION_ID_TYPE[c.region ?? DEFAULT_REGION], idNumber: c.idNumber } : {}),
            gender: c.gender,
            phone: c.phone,
            status: c.status,
            employmentStatus: c.employmentStatus,
            occupation: c.occupation,
            householdAdults: c.householdAdults,
            householdDependants: c.householdDependants,
            hardshipReason: c.hardshipReason,
            hardshipSince: daysBefore(c.hardshipDaysAgo),
            hardshipDetails: c.hardshipDetails,
            consentDate: daysBefore(3),
            consentScope: '示例：个案处理与债权人协商',
            notes: c.notes,
          });
          markDemoClient(db, client.id);
          indexClient(db, client.id);
          if (c.lines.length) {
            call('statements.create', {
              clientId: client.id,
              statementDate: daysBefore(2),
              lines: c.lines.map((line) => ({ ...line, category: line.category as never, frequency: line.frequency ?? 'monthly' })),
            });
            statements++;
          }
          for (const d of c.debts) {
            const loanDate = daysBefore(d.loanDaysAgo);
            const debt = call('debts.create', {
              clientId: client.id,
              lenderId: lenderIds.get(d.lender)!,
              collectorId: d.collector ? lenderIds.get(d.collector)! : null,
              productType: d.productType,
              accountRef: d.accountRef,
              loanDate,
              borrowedFen: d.borrowedFen,
              receivedFen: d.receivedFen,
              rate: d.rate,
              principalFen: d.principalFen,
              interestFen: d.interestFen,
              penaltyFen: d.penaltyFen,
              lateFeesFen: d.lateFeesFen,
              firstMissedDate: daysBefore(d.missedDaysAgo),
              schedule: monthlySchedule(loanDate, d.monthlyPayments),
            });
            for (const step of d.legalSteps ?? []) {
              const eventDate = daysBefore(step.daysAgo);
              call('legal.create', {
                debtId: debt.id,
                kind: step.kind,
                eventDate,
                court: step.court,
                caseNumber: step.caseNumber.replace('{{year}}', eventDate.slice(0, 4)),
                amountFen: step.amountFen ?? null,
                serviceDate: step.servedDaysAgo === undefined ? null : daysBefore(step.servedDaysAgo),
                measure: step.measure ?? null,
              });
            }
            debts++;
          }
        }
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'demo', entityId: null, action: 'create', after: { clients: DEMO_CLIENTS.length, lenders: lendersAdded } });
        return { clients: DEMO_CLIENTS.length, lenders: lendersAdded, debts, statements };
      })(),

    'demo.remove': () =>
      db.transaction(() => {
        const clientIds = demoClientIds(db);
        for (const id of clientIds) {
          for (const debtId of debtIdsOfClient(db, id)) removeFromIndex(db, 'debt', debtId);
          const { contacts, letters } = contactAndLetterIdsOfClient(db, id);
          for (const contactId of contacts) removeFromIndex(db, 'contact', contactId);
          for (const letterId of letters) removeFromIndex(db, 'letter', letterId);
          removeFromIndex(db, 'client', id);
        }
        // Statements and debts go with their client (ON DELETE CASCADE).
        deleteDemoClients(db);
        const lenderIds = unusedDemoLenderIds(db);
        for (const id of lenderIds) {
          deleteLender(db, id);
          removeFromIndex(db, 'lender', id);
        }
        // A demo lender the counsellor has since used for a real debt stays, as a real lender.
        for (const id of demoLenderIds(db)) {
          markReal(db, id);
          indexLender(db, id);
        }
        writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'demo', entityId: null, action: 'delete', before: { clients: clientIds.length, lenders: lenderIds.length } });
        return { clients: clientIds.length, lenders: lenderIds.length };
      })(),
  };
}
