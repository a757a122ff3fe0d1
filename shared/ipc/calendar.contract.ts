import { CalendarExportInput, CalendarExportOutput, CalendarItem, CalendarMoveInput, CalendarRangeInput, CalendarRangeOutput } from '../schemas/calendar';
import type { CALENDAR_CHANNELS } from './calendar.channels';
import type { ChannelDef } from './channel-def';

// Inputs and outputs of the calendar.
export const calendarContract = {
  'calendar.range': { input: CalendarRangeInput, output: CalendarRangeOutput },
  'calendar.move': { input: CalendarMoveInput, output: CalendarItem },
  'calendar.exportIcs': { input: CalendarExportInput, output: CalendarExportOutput },
} satisfies Record<(typeof CALENDAR_CHANNELS)[number], ChannelDef>;
