import { IncidentsByLenderInput, IncidentsByLenderOutput } from '../schemas/contacts';
import type { ChannelDef } from './channel-def';
import type { INCIDENTS_CHANNELS } from './incidents.channels';

// Inputs and outputs of conduct incidents.
export const incidentsContract = {
  'incidents.byLender': { input: IncidentsByLenderInput, output: IncidentsByLenderOutput },
} satisfies Record<(typeof INCIDENTS_CHANNELS)[number], ChannelDef>;
