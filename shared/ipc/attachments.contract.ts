import { z } from 'zod';
import {
  AttachmentDeleteOutput,
  AttachmentIdInput,
  AttachmentListInput,
  AttachmentPickInput,
  AttachmentUpdateInput,
  AttachmentUploadInput,
  AttachmentView,
} from '../schemas/evidence';
import type { ATTACHMENTS_CHANNELS } from './attachments.channels';
import type { ChannelDef } from './channel-def';

// Inputs and outputs of evidence files attached to clients, debts and contacts.
export const attachmentsContract = {
  /** The client's evidence; with debtId / contactId only what hangs on that debt / contact. */
  'attachments.list': { input: AttachmentListInput, output: z.array(AttachmentView) },
  /** Opens the file dialog and attaches what was picked; [] when cancelled. */
  'attachments.pick': { input: AttachmentPickInput, output: z.array(AttachmentView) },
  /** A dropped file's bytes (base64, at most 25 MB). */
  'attachments.upload': { input: AttachmentUploadInput, output: AttachmentView },
  'attachments.update': { input: AttachmentUpdateInput, output: AttachmentView },
  /** Detaches; the stored file goes too when nothing else refers to it. */
  'attachments.delete': { input: AttachmentIdInput, output: AttachmentDeleteOutput },
  /** Decrypts to a temporary copy and opens it in the system's viewer. */
  'attachments.open': { input: AttachmentIdInput, output: z.object({ opened: z.literal(true) }) },
} satisfies Record<(typeof ATTACHMENTS_CHANNELS)[number], ChannelDef>;
