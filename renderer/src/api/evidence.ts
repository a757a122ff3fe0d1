import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { attachmentKeys, checklistKeys, timelineKeys } from './keys';

// Evidence attached to a client, a debt or a contact entry. Lists are per client (and
// optionally per debt / contact); any change invalidates every list of that client.

export interface AttachmentScope {
  clientId: number;
  debtId?: number;
  contactId?: number;
}

export const useAttachments = (s: AttachmentScope) =>
  useQuery({
    queryKey: attachmentKeys.list(s),
    queryFn: () => call('attachments.list', { clientId: s.clientId, ...(s.debtId ? { debtId: s.debtId } : {}), ...(s.contactId ? { contactId: s.contactId } : {}) }),
  });

function useAttachmentMutation<I, O>(clientId: number, fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: attachmentKeys.client(clientId) }),
        qc.invalidateQueries({ queryKey: timelineKeys.client(clientId) }),
        // The case's evidence checklists tick off what is attached.
        qc.invalidateQueries({ queryKey: checklistKeys.client(clientId) }),
      ]),
  });
}

export const usePickAttachments = (clientId: number) =>
  useAttachmentMutation(clientId, (input: ChannelInput<'attachments.pick'>) => call('attachments.pick', input));
export const useUploadAttachment = (clientId: number) =>
  useAttachmentMutation(clientId, (input: ChannelInput<'attachments.upload'>) => call('attachments.upload', input));
export const useUpdateAttachment = (clientId: number) =>
  useAttachmentMutation(clientId, (input: ChannelInput<'attachments.update'>) => call('attachments.update', input));
export const useDeleteAttachment = (clientId: number) => useAttachmentMutation(clientId, (id: number) => call('attachments.delete', { id }));
export const useOpenAttachment = () => useMutation({ mutationFn: (id: number) => call('attachments.open', { id }) });

/** Reads a dropped file as base64 (without the data: prefix). */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
