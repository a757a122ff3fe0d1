// Channel names of a debt's ledger. Names only (no zod), so the preload can list them.
export const LEDGER_CHANNELS = ['ledger.list', 'ledger.recordPayment', 'ledger.recordStatement', 'ledger.writeOff', 'ledger.delete'] as const;
