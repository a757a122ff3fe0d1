import { describe, expect, it } from 'vitest';
import { generatedText, recogniseGenerated } from '../../../../../shared/i18n/generated-text';
import { translate } from '../../../../../shared/i18n';
import { formatMoney } from '../../../../../shared/domain/money';
import { m011GeneratedText } from '../../../../../electron/main/db/migrations/011_generated_text';
import { core, setup, transition } from '../agreements/world';
import { hasForeignScript } from '../../../helpers/script-purity';

// What Parley writes by itself (the contact of a sent offer, the follow-ups that chase a reply
// or a missed instalment) is stored as data and worded in the reader's language.

/** 乙银行's debt: an offer sent by letter (logged) and accepted on 2025-03-15, the interface in zh-CN. */
async function agreementOf(months: number) {
  const { clientId, debts } = await setup();
  const o = await core.call('offers.create', { debtId: debts[1]!.id, params: { remedy: 'instalments', months, withInterest: false }, startDate: '2025-04-01' });
  const s = await transition(o, 'sent', { logContact: { channel: 'letter' } });
  const a = await transition(s.offer, 'accepted');
  return { clientId, agreement: a.agreement! };
}

const stored = (table: 'contacts' | 'followups', where = '1') =>
  core.db.prepare(`SELECT * FROM ${table} WHERE ${where} ORDER BY id`).all() as Record<string, unknown>[];

describe('generated entries', () => {
  it('a sent offer and its reply follow-up are stored as data, and each language words them', async () => {
    const { clientId } = await agreementOf(3); // 乙银行, sent and accepted on 2025-03-15 with the interface in zh-CN
    const [contact] = stored('contacts', `source = 'offer'`);
    expect(contact).toMatchObject({ summary: '' });
    expect(JSON.parse(contact!.generated_json as string)).toEqual({ kind: 'offerSent', lender: '乙银行', remedy: 'instalments', amountFen: 500_000, currency: 'CNY' });
    const [reply] = stored('followups', `reason = 'offer_reply'`);
    expect(reply).toMatchObject({ note: null });
    expect(JSON.parse(reply!.generated_json as string)).toEqual({ kind: 'offerReply', lender: '乙银行' });

    const timeline = await core.call('timeline.list', { clientId });
    const item = timeline.items.find((i) => i.type === 'contact');
    expect(item?.type === 'contact' && item.contact.generated).toEqual({ kind: 'offerSent', lender: '乙银行', remedy: 'instalments', amountFen: 500_000, currency: 'CNY' });
    // A Taiwan case's amount keeps its currency in every language.
    expect(generatedText('en', { kind: 'offerSent', lender: '國泰世華', remedy: 'settlement', amountFen: 100_00, currency: 'TWD' })).toMatch(/NT\$100\b/);
    const g = { kind: 'offerSent', lender: '乙银行', remedy: 'instalments', amountFen: 500_000 } as const;
    expect(generatedText('zh-CN', g)).toBe('向 乙银行 发出报价：分期还款，合计 ¥5,000.00');
    expect(generatedText('en', g)).toBe(`Offer sent to 乙银行: ${translate('en', 'agreements.remedies.instalments')}, total ¥5,000.00`);
    expect(generatedText('zh-TW', g)).toContain('發出報價');
    // Only the lender's name (data) is Chinese in English; no Simplified word in 繁體.
    expect(hasForeignScript('en', generatedText('en', g), ['乙银行'])).toEqual([]);
    expect(hasForeignScript('zh-TW', generatedText('zh-TW', g), ['乙银行'])).toEqual([]);

    // Found by its words in any language, whatever the interface language is.
    for (const q of ['发出报价', 'Offer sent']) {
      const hits = await core.call('search.query', { q });
      expect(hits.items.filter((h) => h.kind === 'contact').map((h) => h.id)).toEqual([contact!.id]);
    }
    await core.call('settings.update', { language: 'en' });
    const hits = await core.call('search.query', { q: 'offer sent' });
    expect(hits.items.find((h) => h.kind === 'contact')?.title).toMatch(/^Offer sent to 乙银行/);
  });

  it('a missed instalment follow-up is data; the follow-ups page gets it as data', async () => {
    const { agreement } = await agreementOf(3);
    await core.call('instalments.markMissed', { id: agreement.instalments[0]!.id, missed: true });
    const list = await core.call('followups.list');
    const missed = [...list.overdue.items, ...list.dueToday.items, ...list.thisWeek.items].find((f) => f.reason === 'missed_payment');
    expect(missed).toMatchObject({ note: null, generated: { kind: 'missedInstalment', lender: '乙银行', seq: 1, dueDate: '2025-04-01', amountFen: 166_667, currency: 'CNY' } });
    expect(generatedText('en', missed!.generated!)).toBe('乙银行 instalment 1 (2025-04-01, ¥1,666.67) not paid on time');
  });

  it('the counsellor editing the words makes them theirs; saving them unchanged keeps the data', async () => {
    await agreementOf(3);
    const [c] = stored('contacts', `source = 'offer'`);
    const view = await core.call('contacts.get', { id: c!.id as number });
    const zh = generatedText('zh-CN', view.generated!);
    const same = await core.call('contacts.update', { id: view.id, rev: view.rev, patch: { summary: zh, outcome: '已寄出' } });
    expect(same.generated).not.toBeNull();
    expect(same.summary).toBe('');
    const own = await core.call('contacts.update', { id: same.id, rev: same.rev, patch: { summary: '电话里口头报价，对方说要请示' } });
    expect(own.generated).toBeNull();
    expect(own.summary).toBe('电话里口头报价，对方说要请示');
  });
});

describe('migration 011 turns stored sentences into data', () => {
  it('recognises the sentences of all three languages, and leaves the counsellor’s own words', async () => {
    const { agreement } = await agreementOf(3);
    await core.call('instalments.markMissed', { id: agreement.instalments[0]!.id, missed: true });
    const db = core.db;
    // Back to what an earlier version stored: sentences, no data column.
    const [offerContact] = stored('contacts', `source = 'offer'`);
    const [reply] = stored('followups', `reason = 'offer_reply'`);
    const [missed] = stored('followups', `reason = 'missed_payment'`);
    const total = formatMoney(500_000, { locale: 'zh-TW' });
    db.prepare(`UPDATE contacts SET summary = ? WHERE id = ?`).run(translate('zh-TW', 'agreements.contactSummary', { lender: '乙银行', remedy: translate('zh-TW', 'agreements.remedies.instalments'), total }), offerContact!.id);
    db.prepare(`UPDATE followups SET note = ? WHERE id = ?`).run(translate('en', 'agreements.followup.reply', { lender: '乙银行' }), reply!.id);
    db.prepare(`UPDATE followups SET note = ? WHERE id = ?`).run(
      translate('zh-CN', 'agreements.followup.missed', { lender: '乙银行', seq: 1, dueDate: '2025-04-01', amount: formatMoney(166_666, { locale: 'zh-CN' }) }),
      missed!.id,
    );
    const own = await core.call('followups.create', { clientId: offerContact!.client_id as number, dueDate: '2025-03-20', note: '跟进 乙银行 的回电（自己写的）' });
    db.exec(`ALTER TABLE contacts DROP COLUMN generated_json; ALTER TABLE followups DROP COLUMN generated_json;`);

    m011GeneratedText.up(db);

    expect(JSON.parse(stored('contacts', `id = ${offerContact!.id}`)[0]!.generated_json as string)).toEqual({ kind: 'offerSent', lender: '乙银行', remedy: 'instalments', amountFen: 500_000 });
    expect(stored('contacts', `id = ${offerContact!.id}`)[0]!.summary).toBe('');
    expect(JSON.parse(stored('followups', `id = ${reply!.id}`)[0]!.generated_json as string)).toEqual({ kind: 'offerReply', lender: '乙银行' });
    expect(JSON.parse(stored('followups', `id = ${missed!.id}`)[0]!.generated_json as string)).toEqual({ kind: 'missedInstalment', lender: '乙银行', seq: 1, dueDate: '2025-04-01', amountFen: 166_666 });
    expect(stored('followups', `id = ${own.id}`)[0]).toMatchObject({ note: '跟进 乙银行 的回电（自己写的）', generated_json: null });
    // The migrated contact is still found by its words, now in every language.
    const hits = await core.call('search.query', { q: 'Offer sent' });
    expect(hits.items.some((h) => h.kind === 'contact' && h.id === offerContact!.id)).toBe(true);
  });

  it('does not take a sentence that only looks like one', () => {
    expect(recogniseGenerated('offerSent', '向 乙银行 发出报价：先打电话问问')).toBeNull();
    expect(recogniseGenerated('missedInstalment', '乙银行 第 一 期（2025-04-01，¥1.00）未按时还款')).toBeNull();
  });
});
