import { z } from 'zod';
import { ClientCreateInput, ClientDetail, ClientIdInput, ClientListInput, ClientListOutput, ClientUpdateInput } from '../schemas/clients';
import type { ChannelDef } from './channel-def';
import type { CLIENTS_CHANNELS } from './clients.channels';

// Inputs and outputs of the client register.
export const clientsContract = {
  'clients.list': { input: ClientListInput, output: ClientListOutput },
  'clients.get': { input: ClientIdInput, output: ClientDetail },
  'clients.create': { input: ClientCreateInput, output: ClientDetail },
  'clients.update': { input: ClientUpdateInput, output: ClientDetail },
  'clients.archive': { input: ClientIdInput, output: ClientDetail },
  'clients.unarchive': { input: ClientIdInput, output: ClientDetail },
  'clients.revealIdNumber': { input: ClientIdInput, output: z.object({ idNumber: z.string().nullable() }) },
} satisfies Record<(typeof CLIENTS_CHANNELS)[number], ChannelDef>;
