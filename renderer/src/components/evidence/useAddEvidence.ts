import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_UPLOAD_BYTES, type AttachmentKind } from '../../../../shared/schemas/evidence';
import { readAsBase64, usePickAttachments, useUploadAttachment } from '../../api/evidence';
import { errorText } from '../../api/errors';

export interface EvidenceDetails {
  kind: AttachmentKind;
  docDate?: string | null;
  description?: string | null;
  debtId?: number | null;
  contactId?: number | null;
}

/**
 * Adding evidence: through the platform's file dialog (main reads the files), or by drop
 * (the renderer reads each file and sends its bytes, at most 25 MB each).
 */
export function useAddEvidence(clientId: number) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const pickM = usePickAttachments(clientId);
  const uploadM = useUploadAttachment(clientId);

  async function pick(d: EvidenceDetails): Promise<void> {
    try {
      const added = await pickM.mutateAsync({ clientId, ...d });
      if (added.length) message.success(t('evidence.added', { count: added.length }));
    } catch (err) {
      message.error(errorText(err, t));
    }
  }

  async function drop(files: File[], d: EvidenceDetails): Promise<void> {
    let added = 0;
    for (const file of files) {
      if (file.size > MAX_UPLOAD_BYTES) {
        message.error(t('evidence.errors.tooLargeDrop', { name: file.name, mb: MAX_UPLOAD_BYTES / 1024 / 1024 }));
        continue;
      }
      let dataBase64: string;
      try {
        dataBase64 = await readAsBase64(file);
      } catch {
        message.error(t('evidence.errors.readFailed', { name: file.name }));
        continue;
      }
      try {
        await uploadM.mutateAsync({ clientId, ...d, fileName: file.name, ...(file.type ? { mime: file.type } : {}), dataBase64 });
        added++;
      } catch (err) {
        message.error(`${file.name}: ${errorText(err, t)}`);
      }
    }
    if (added) message.success(t('evidence.added', { count: added }));
  }

  return { pick, drop, busy: pickM.isPending || uploadM.isPending };
}
