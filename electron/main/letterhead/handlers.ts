import fs from 'node:fs';
import { translate } from '../../../shared/i18n';
import type { LETTERHEAD_CHANNELS } from '../../../shared/ipc/letterhead.channels';
import type { Letterhead } from '../../../shared/schemas/documents';
import type { HandlerContext } from '../context';
import { writeAudit } from '../db/audit';
import { openDocument } from '../documents/deliver';
import { AppError } from '../errors';
import type { HandlerPart } from '../handler-types';
import { buildLetterDocument } from '../documents/build/letter';
import { sampleLetter } from '../documents/build/samples';
import { letterheadFor, readLetterheadSettings } from '../documents/gather/letterhead';
import { safeFileName } from '../fs/safe-file-name';
import { imageMime, MAX_LOGO_BYTES, writeLetterheadSettings } from './settings';

// The letterhead on every letter and document: read, changed, a logo picked, a sample opened.

/** The audit log records whether there is a logo, not the image. */
function withoutLogo(l: Letterhead): Omit<Letterhead, 'logoDataUrl'> & { logo: boolean } {
  const { logoDataUrl, ...rest } = l;
  return { ...rest, logo: logoDataUrl !== null };
}

export function letterheadHandlers(ctx: HandlerContext): HandlerPart<(typeof LETTERHEAD_CHANNELS)[number]> {
  const { db } = ctx;
  const t = (key: string): string => translate(ctx.locale(), key);
  const audit = (before: unknown, after: unknown) => writeAudit(db, { actor: ctx.actor(), at: ctx.now(), entity: 'letterhead', entityId: null, action: 'settings', before, after });

  return {
    'letterhead.get': () => readLetterheadSettings(db),
    'letterhead.preview': () => {
      const locale = ctx.locale();
      const letter = sampleLetter(locale);
      const letterhead = letterheadFor(readLetterheadSettings(db), locale);
      const doc = buildLetterDocument(letterhead ? { ...letter, letterhead } : { ...letter, letterhead: undefined });
      return openDocument(ctx, { doc, fileName: safeFileName(t('documents.letterhead.title')) });
    },
    'letterhead.update': (input) => {
      const before = readLetterheadSettings(db);
      const after: Letterhead = { ...before, ...input };
      db.transaction(() => {
        writeLetterheadSettings(db, after);
        audit(withoutLogo(before), withoutLogo(after));
      })();
      return after;
    },
    'letterhead.pickLogo': async () => {
      const before = readLetterheadSettings(db);
      const [file] = await ctx.platform.pickFiles({ title: t('documents.dialogs.logo'), filters: [{ name: 'PNG / JPEG', extensions: ['png', 'jpg', 'jpeg'] }], multiple: false });
      if (!file) return before;
      const size = fs.statSync(file).size;
      if (size > MAX_LOGO_BYTES) throw new AppError('VALIDATION', 'documents.errors.logoTooLarge');
      const bytes = fs.readFileSync(file);
      const mime = imageMime(bytes);
      if (!mime) throw new AppError('VALIDATION', 'documents.errors.logoType');
      const after: Letterhead = { ...before, logoDataUrl: `data:${mime};base64,${bytes.toString('base64')}` };
      db.transaction(() => {
        writeLetterheadSettings(db, after);
        audit(withoutLogo(before), { ...withoutLogo(after), logoBytes: bytes.length });
      })();
      return after;
    },
  };
}
