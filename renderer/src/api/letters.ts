import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import { call } from './client';
import { contactKeys, letterKeys, templateKeys, timelineKeys } from './keys';

// Letters and their templates. Every change to a letter refreshes the lists (all letters and
// the client's), the letter itself, and the client's timeline (a sent letter logs a contact).

export const useLetters = (filter: ChannelInput<'letters.list'>) => useQuery({ queryKey: letterKeys.list(filter), queryFn: () => call('letters.list', filter) });
export const useLetter = (id: number) => useQuery({ queryKey: letterKeys.detail(id), queryFn: () => call('letters.get', { id }) });
export const useLetterPreview = (input: ChannelInput<'letters.preview'>, enabled = true) =>
  useQuery({
    queryKey: letterKeys.preview(input.id, { title: input.title, body: input.body }),
    queryFn: () => call('letters.preview', input),
    enabled,
    placeholderData: (previous) => previous,
    retry: false,
  });
export const useTemplates = () => useQuery({ queryKey: templateKeys.list, queryFn: () => call('templates.list', {}) });
export const useTemplate = (id: number | undefined, version?: number) =>
  useQuery({ queryKey: templateKeys.detail(id ?? 0, version), queryFn: () => call('templates.get', { id: id!, ...(version ? { version } : {}) }), enabled: id !== undefined });
function useLetterMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: letterKeys.all }),
        qc.invalidateQueries({ queryKey: contactKeys.all }),
        qc.invalidateQueries({ queryKey: timelineKeys.all }),
      ]),
  });
}

export const useDraftLetter = () => useLetterMutation((input: ChannelInput<'letters.draft'>) => call('letters.draft', input));
export const useDraftAll = () => useLetterMutation((input: ChannelInput<'letters.draftAll'>) => call('letters.draftAll', input));
export const useUpdateLetter = () => useLetterMutation((input: ChannelInput<'letters.update'>) => call('letters.update', input));
export const useFinaliseLetter = () => useLetterMutation((input: ChannelInput<'letters.finalise'>) => call('letters.finalise', input));
export const useMarkSent = () => useLetterMutation((input: ChannelInput<'letters.markSent'>) => call('letters.markSent', input));
export const useDeleteLetter = () => useLetterMutation((id: number) => call('letters.delete', { id }));
export const useLetterPdf = () =>
  useMutation({ mutationFn: ({ id, action }: { id: number; action: 'letters.savePdf' | 'letters.openPdf' | 'letters.printPdf' | 'letters.saveDocx' }) => call(action, { id }) });

function useTemplateMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => qc.invalidateQueries({ queryKey: templateKeys.all }) });
}
export const useSaveTemplate = () => useTemplateMutation((input: ChannelInput<'templates.save'>) => call('templates.save', input));
export const useRestoreTemplate = () => useTemplateMutation((input: ChannelInput<'templates.restoreDefault'>) => call('templates.restoreDefault', input));
