import { translate } from '../../../shared/i18n';
import type { HandlerContext } from '../context';
import type { DocDefinition } from '../pdf/types';
import { passphraseFingerprint, passphraseRecord } from './state';

/**
 * The printable recovery sheet. It holds no secret: the counsellor writes the passphrase on
 * it by hand and keeps it somewhere safe. The fingerprint matches the sheet to the passphrase
 * that was set (it is derived from the stored verifier, which says nothing about the passphrase).
 */
export function recoverySheetDoc(ctx: HandlerContext): DocDefinition {
  const t = (key: string, params: Record<string, string | number> = {}) => translate(ctx.locale(), key, params);
  const record = passphraseRecord(ctx.db);
  const line = '＿'.repeat(24);
  return {
    language: ctx.locale(),
    info: { title: t('backup.sheet.title') },
    pageMargins: [60, 60, 60, 60],
    content: [
      { text: t('backup.sheet.title'), fontSize: 20, bold: true, margin: [0, 0, 0, 16], role: 'title' },
      { text: t('backup.sheet.intro'), margin: [0, 0, 0, 10] },
      { text: t('backup.sheet.noRecovery'), bold: true, margin: [0, 0, 0, 18] },
      { text: t('backup.sheet.passphraseLabel'), margin: [0, 0, 0, 8] },
      { text: line, margin: [0, 0, 0, 8] },
      { text: line, margin: [0, 0, 0, 18] },
      { text: t('backup.sheet.fingerprint', { fingerprint: record ? passphraseFingerprint(record) : '—' }), margin: [0, 0, 0, 6] },
      { text: t('backup.sheet.setAt', { date: record ? record.setAt.slice(0, 10) : '—' }), margin: [0, 0, 0, 18] },
      { text: t('backup.sheet.howToRestore'), bold: true, margin: [0, 0, 0, 6] },
      { ol: [t('backup.sheet.step1'), t('backup.sheet.step2'), t('backup.sheet.step3')], margin: [0, 0, 0, 18] },
      { text: t('backup.sheet.keepSafe'), italics: true },
    ],
  };
}

/** Rendered in the core's PDF pool like every other document, off the main thread. */
export function renderRecoverySheet(ctx: HandlerContext): Promise<Buffer> {
  return ctx.pdf.render(recoverySheetDoc(ctx), { creationDate: ctx.now() });
}
