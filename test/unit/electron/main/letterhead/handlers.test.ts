// The letterhead: its fields and logo, stored, refused and printed on documents.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_LOGO_DATA_URL } from '../../../../../electron/main/documents/build/samples';
import { compact, pdfText } from '../pdf/poppler';
import { core, f, out, saved } from '../documents/world';

describe('letterhead', () => {
  it('stores the fields and a PNG logo, refuses other files, and prints on documents', async () => {
    expect(await core.call('letterhead.get')).toEqual({ organisation: null, address: null, phone: null, email: null, logoDataUrl: null });
    await core.call('letterhead.update', { organisation: '燚喆咨询中心', phone: '021-5555 0188' });
    const png = path.join(out, 'logo.png');
    fs.writeFileSync(png, Buffer.from(SAMPLE_LOGO_DATA_URL.split(',')[1]!, 'base64'));
    core.platform.nextFiles([png]);
    const withLogo = await core.call('letterhead.pickLogo');
    expect(withLogo.logoDataUrl).toBe(SAMPLE_LOGO_DATA_URL);
    expect(withLogo.organisation).toBe('燚喆咨询中心');

    const txt = path.join(out, 'logo.png.txt');
    fs.writeFileSync(txt, 'not an image');
    core.platform.nextFiles([txt]);
    expect((await core.fail('letterhead.pickLogo')).message).toBe('标志必须是 PNG 或 JPEG 图片。');
    expect((await core.call('letterhead.get')).logoDataUrl).toBe(SAMPLE_LOGO_DATA_URL);

    const pdf = await saved('documents.save', { clientId: f.clientId, kind: 'debtSchedule' });
    const text = compact(pdfText(pdf));
    expect(text).toContain('燚喆咨询中心');
    expect(text).toContain('电话：021-55550188');

    const preview = await core.call('letterhead.preview');
    expect(core.platform.log.opened).toEqual([preview.path]);
    expect(compact(pdfText(fs.readFileSync(preview.path!)))).toContain('燚喆咨询中心');

    const cleared = await core.call('letterhead.update', { logoDataUrl: null, address: '' });
    expect(cleared).toMatchObject({ logoDataUrl: null, address: null, organisation: '燚喆咨询中心' });
    const audit = core.db.prepare(`SELECT after_json FROM audit_log WHERE entity = 'letterhead' ORDER BY id`).all() as { after_json: string }[];
    expect(audit).toHaveLength(3);
    expect(audit.every((a) => !a.after_json.includes('base64'))).toBe(true);
  });
});
