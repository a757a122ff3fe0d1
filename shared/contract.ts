import { z } from 'zod';
import type { Channel } from './channels';
import {
  ClientCreateInput,
  ClientDetail,
  ClientIdInput,
  ClientListInput,
  ClientListOutput,
  ClientUpdateInput,
} from './schemas/clients';
import { AppInfo, Settings, SettingsUpdateInput } from './schemas/settings';

// The one source of truth for IPC: every channel, its input and its output.
// The renderer's client type and the main process's handler table derive from it.

interface ChannelDef {
  input: z.ZodType;
  output: z.ZodType;
}

const NoInput = z.object({}).strict().optional();

export const contract = {
  'app.info': { input: NoInput, output: AppInfo },
  'settings.get': { input: NoInput, output: Settings },
  'settings.update': { input: SettingsUpdateInput, output: Settings },
  'clients.list': { input: ClientListInput, output: ClientListOutput },
  'clients.get': { input: ClientIdInput, output: ClientDetail },
  'clients.create': { input: ClientCreateInput, output: ClientDetail },
  'clients.update': { input: ClientUpdateInput, output: ClientDetail },
  'clients.archive': { input: ClientIdInput, output: ClientDetail },
  'clients.unarchive': { input: ClientIdInput, output: ClientDetail },
  'clients.revealIdNumber': { input: ClientIdInput, output: z.object({ idNumber: z.string().nullable() }) },
} satisfies Record<Channel, ChannelDef>;

export type Contract = typeof contract;
export type { Channel } from './channels';
/** What a caller sends (before defaults and transforms). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
