import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';

// Lists saved as .xlsx or CSV: the main process builds the file and asks where to save it.
export const exportList = {
  clients: (input: ChannelInput<'exports.clients'>) => call('exports.clients', input),
  debts: (input: ChannelInput<'exports.debts'>) => call('exports.debts', input),
  payments: (input: ChannelInput<'exports.payments'>) => call('exports.payments', input),
  followups: (input: ChannelInput<'exports.followups'>) => call('exports.followups', input),
  agencySummary: (input: ChannelInput<'exports.agencySummary'>) => call('exports.agencySummary', input),
};
