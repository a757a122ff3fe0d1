import { LedgerDeleteInput, LedgerListInput, LedgerPaymentInput, LedgerStatementInput, LedgerView, LedgerWriteOffInput } from '../schemas/ledger';
import type { ChannelDef } from './channel-def';
import type { LEDGER_CHANNELS } from './ledger.channels';

// Inputs and outputs of a debt's ledger: each action answers with the debt's ledger as it now is.
export const ledgerContract = {
  'ledger.list': { input: LedgerListInput, output: LedgerView },
  'ledger.recordPayment': { input: LedgerPaymentInput, output: LedgerView },
  'ledger.recordStatement': { input: LedgerStatementInput, output: LedgerView },
  'ledger.writeOff': { input: LedgerWriteOffInput, output: LedgerView },
  'ledger.delete': { input: LedgerDeleteInput, output: LedgerView },
} satisfies Record<(typeof LEDGER_CHANNELS)[number], ChannelDef>;
