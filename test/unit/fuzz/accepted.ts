import fs from 'node:fs';
import path from 'node:path';
import type { Channel, ChannelInput } from '../../../shared/contract';
import { unwrapPassphrase } from '../../../electron/main/backup/state';
import type { TestCore } from '../helpers/core';

// For the IPC fuzz: which channels change what Parley keeps (the database or the files
// folder), and for those the generator rarely gets through validation and the handlers'
// own checks (a current rev, a row in the right state, a token from an earlier step), one
// input that must be accepted, built from the database as the fuzz left it. So the fuzz is
// known to reach every writing handler, not only to be refused at the door.

/** Channels that write nothing Parley keeps (reads, dialogs, files saved or opened outside the data folder, job status). */
export const READ_ONLY: ReadonlySet<Channel> = new Set<Channel>([
  'agreements.byLender',
  'agreements.list',
  'app.info',
  'attachments.list',
  'attachments.open',
  'attachments.pick',
  'backup.recoverySheet',
  'backup.restoreCancel',
  'backup.restoreInspect',
  'backup.restorePick',
  'backup.status',
  'calendar.exportIcs',
  'calendar.range',
  'cases.importPreview',
  'cases.info',
  'checklists.forClient',
  'checklists.lenderRules',
  'cases.purgeReach',
  'cases.retention',
  'clients.get',
  'clients.list',
  'contacts.get',
  'dashboard.get',
  'debts.list',
  'demo.status',
  'documents.open',
  'documents.print',
  'documents.save',
  'exports.agencySummary',
  'exports.clients',
  'exports.debts',
  'exports.followups',
  'exports.payments',
  'followups.forClient',
  'followups.list',
  'imports.discard',
  'imports.pick',
  'imports.preview',
  'incidents.byLender',
  'insights.hints',
  'insights.lender',
  'insights.outcomes',
  'ledger.list',
  'legal.list',
  'lenders.get',
  'lenders.list',
  'lenders.suggest',
  'letterhead.get',
  'letterhead.preview',
  'letters.get',
  'letters.list',
  'letters.openPdf',
  'letters.preview',
  'letters.printPdf',
  'letters.saveDocx',
  'letters.savePdf',
  'lock.status',
  'offers.list',
  'offers.proposalChoices',
  'packets.batchCancel',
  'packets.batchStart',
  'packets.batchStatus',
  'packets.lenders',
  'packets.open',
  'packets.print',
  'packets.save',
  'proposals.draft',
  'proposals.list',
  'proposals.versions',
  'reviews.due',
  'reviews.forClient',
  'reviews.get',
  'replan.preview',
  'replan.stale',
  'search.query',
  'settings.get',
  'statements.get',
  'statements.latest',
  'statements.list',
  'templates.fields',
  'templates.get',
  'templates.list',
  'timeline.list',
]);

export const FUZZ_PASSCODE = '864213';
const BACKUP_PASS = 'fuzz backup passphrase';
const TODAY = '2025-03-15';
const PDF = Buffer.from('%PDF-1.7\n% a bank statement\n%%EOF\n').toString('base64');

type Build = (core: TestCore) => Promise<unknown>;
let n = 0;
const unique = (base: string) => `${base}${++n}`;

async function client(core: TestCore): Promise<number> {
  return (await core.call('clients.create', { name: '王小明' })).id;
}
async function lender(core: TestCore): Promise<number> {
  return (await core.call('lenders.create', { name: unique('测试贷'), type: 'online_platform' })).id;
}
async function debt(core: TestCore): Promise<{ clientId: number; id: number; rev: number; lenderId: number }> {
  const clientId = await client(core);
  const d = await core.call('debts.create', { clientId, lenderId: await lender(core), principalFen: 300_000, accountRef: 'CC-4410', loanDate: '2023-01-05', firstMissedDate: '2024-06-01' });
  return { clientId, id: d.id, rev: d.rev, lenderId: d.lenderId };
}
async function followup(core: TestCore): Promise<number> {
  return (await core.call('followups.create', { clientId: await client(core), dueDate: '2025-03-20', note: '回电确认' })).id;
}
async function attachment(core: TestCore) {
  return core.call('attachments.upload', { clientId: await client(core), kind: 'other', fileName: unique('流水') + '.pdf', dataBase64: PDF });
}
async function proposal(core: TestCore) {
  const d = await debt(core);
  await core.call('statements.create', {
    clientId: d.clientId,
    statementDate: '2025-03-10',
    lines: [
      { kind: 'income', category: 'salary', amountFen: 600_000, frequency: 'monthly' },
      { kind: 'expense', category: 'rent_mortgage', amountFen: 200_000, frequency: 'monthly' },
    ],
  });
  return core.call('proposals.create', { clientId: d.clientId, name: '方案', months: 12, startDate: '2025-04-01' });
}
async function offer(core: TestCore) {
  const d = await debt(core);
  return core.call('offers.create', { debtId: d.id, params: { remedy: 'instalments', months: 3, withInterest: false }, startDate: '2025-04-01' });
}
async function agreement(core: TestCore) {
  const o = await offer(core);
  const sent = await core.call('offers.transition', { id: o.id, rev: o.rev, to: 'sent', onDate: TODAY });
  return (await core.call('offers.transition', { id: sent.offer.id, rev: sent.offer.rev, to: 'accepted', onDate: TODAY })).agreement!;
}
async function letter(core: TestCore) {
  const d = await debt(core);
  return core.call('letters.draft', { clientId: d.clientId, debtId: d.id, type: 'hardship', locale: 'zh-CN' });
}
async function legalEvent(core: TestCore) {
  return core.call('legal.create', { debtId: (await debt(core)).id, kind: 'lawsuit_filed', eventDate: '2025-01-06' });
}
async function template(core: TestCore) {
  const list = await core.call('templates.list', { type: 'holding', locale: 'zh-CN' });
  return core.call('templates.get', { id: list[0]!.id });
}
/** A backup made now, and its passphrase (the one the fuzz may have set already, else a new one). */
async function backupMade(core: TestCore): Promise<{ file: string; passphrase: string }> {
  let passphrase = unwrapPassphrase(core.ctx);
  if (passphrase === null) {
    passphrase = BACKUP_PASS;
    await core.call('backup.setPassphrase', { passphrase });
  }
  const folder = path.join(core.platform.outbox, 'backups');
  fs.mkdirSync(folder, { recursive: true });
  core.platform.nextFolder(folder);
  await core.call('backup.pickFolder');
  return { file: (await core.call('backup.run')).file, passphrase };
}

/** One accepted input per writing channel the generator does not reliably get through. */
export const ACCEPTED: Partial<{ [C in Channel]: (core: TestCore) => Promise<ChannelInput<C>> }> = {
  'settings.update': async () => ({ counsellorName: '林顾问', keepCopiesDays: 30 }),
  'clients.create': async () => ({ name: '李四' }),
  'clients.update': async (core) => {
    const c = await core.call('clients.get', { id: await client(core) });
    return { id: c.id, rev: c.rev, patch: { notes: '已核对收入' } };
  },
  'statements.create': async (core) => ({
    clientId: await client(core),
    statementDate: '2025-03-10',
    lines: [{ kind: 'income', category: 'salary', amountFen: 500_000, frequency: 'monthly' }],
  }),
  'statements.update': async (core) => {
    const s = await core.call('statements.create', { clientId: await client(core), statementDate: '2025-03-01', lines: [] });
    return { id: s.id, rev: s.rev, statementDate: '2025-03-10', lines: [{ kind: 'income', category: 'salary', amountFen: 500_000, frequency: 'monthly' }] };
  },
  'lenders.update': async (core) => {
    const l = await core.call('lenders.get', { id: await lender(core) });
    return { id: l.id, rev: l.rev, patch: { name: unique('星河分期') } };
  },
  'lenders.delete': async (core) => ({ id: await lender(core) }),
  'checklists.setLenderRule': async (core) => ({ lenderId: await lender(core), kind: 'identity', rule: 'require' }),
  'debts.update': async (core) => {
    const d = await debt(core);
    return { id: d.id, rev: d.rev, patch: { principalFen: 280_000 } };
  },
  'contacts.update': async (core) => {
    const c = await core.call('contacts.create', { clientId: await client(core), occurredAt: '2025-03-10T02:00:00.000Z', channel: 'phone', direction: 'in', summary: '催收来电' });
    return { id: c.id, rev: c.rev, patch: { outcome: '对方同意暂停催收 30 天' } };
  },
  'followups.create': async (core) => ({ clientId: await client(core), dueDate: '2025-03-20', note: '回电确认' }),
  'followups.done': async (core) => ({ id: await followup(core), summary: '已电话确认' }),
  'followups.snooze': async (core) => ({ id: await followup(core), days: 3 }),
  'followups.cancel': async (core) => ({ id: await followup(core) }),
  'calendar.move': async (core) => ({ kind: 'followup', id: await followup(core), rev: 1, date: '2025-03-25' }),
  'reviews.complete': async (core) => {
    const open = (await core.call('reviews.forClient', { clientId: (await agreement(core)).clientId })).open!;
    return { id: open.id, rev: open.rev, outcome: 'continue', notes: '收入稳定' };
  },
  'attachments.upload': async (core) => ({ clientId: await client(core), kind: 'other', fileName: unique('收入证明') + '.pdf', dataBase64: PDF }),
  'attachments.update': async (core) => {
    const a = await attachment(core);
    return { id: a.id, rev: a.rev, patch: { fileName: unique('工资单') + '.pdf' } };
  },
  'attachments.delete': async (core) => ({ id: (await attachment(core)).id }),
  'proposals.update': async (core) => {
    const p = await proposal(core);
    return { id: p.id, rev: p.rev, name: '24 期', months: 24, startDate: '2025-04-01' };
  },
  'proposals.delete': async (core) => ({ id: (await proposal(core)).id }),
  'proposals.restore': async (core) => {
    const p = await proposal(core);
    const again = await core.call('proposals.update', { id: p.id, rev: p.rev, name: p.name, months: 24, startDate: '2025-04-01' });
    const kept = (await core.call('proposals.versions', { id: p.id }))[1]!;
    return { id: p.id, rev: again.rev, versionId: kept.versionId! };
  },
  'offers.createFromProposal': async (core) => {
    const p = await proposal(core);
    const lines = core.db.prepare('SELECT id FROM proposal_lines WHERE proposal_id = ? ORDER BY id').pluck().all(p.id) as number[];
    return { proposalId: p.id, lineIds: lines };
  },
  'offers.create': async (core) => ({ debtId: (await debt(core)).id, params: { remedy: 'instalments', months: 6, withInterest: false }, startDate: '2025-04-01' }),
  'offers.transition': async (core) => {
    const o = await offer(core);
    return { id: o.id, rev: o.rev, to: 'sent', onDate: TODAY };
  },
  'offers.delete': async (core) => {
    const o = await offer(core);
    return { id: o.id, rev: o.rev };
  },
  'agreements.setStatus': async (core) => {
    const a = await agreement(core);
    return { id: a.id, rev: a.rev, status: 'broken', note: '连续两期未还' };
  },
  'payments.record': async (core) => ({ agreementId: (await agreement(core)).id, paidDate: TODAY, amountFen: 100_000 }),
  'payments.delete': async (core) => {
    const a = await core.call('payments.record', { agreementId: (await agreement(core)).id, paidDate: TODAY, amountFen: 100_000 });
    return { id: a.payments[0]!.id };
  },
  'instalments.markMissed': async (core) => ({ id: (await agreement(core)).instalments[0]!.id, missed: true }),
  'templates.save': async (core) => {
    const t = await template(core);
    return { id: t.id, rev: t.rev, name: unique('我的暂缓函'), title: t.title, body: t.body };
  },
  'templates.restoreDefault': async (core) => {
    const t = await template(core);
    const saved = await core.call('templates.save', { id: t.id, rev: t.rev, name: unique('我的暂缓函'), title: t.title, body: t.body });
    return { id: saved.id, rev: saved.rev };
  },
  'letters.update': async (core) => {
    const l = await letter(core);
    return { id: l.id, rev: l.rev, title: '暂缓函', body: l.body };
  },
  'letters.finalise': async (core) => {
    const l = await letter(core);
    return { id: l.id, rev: l.rev };
  },
  'letters.markSent': async (core) => {
    const l = await letter(core);
    const f = await core.call('letters.finalise', { id: l.id, rev: l.rev });
    return { id: f.id, rev: f.rev, date: TODAY };
  },
  'cases.import': async (core) => {
    const file = path.join(core.platform.outbox, `${unique('case')}.parleycase`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    core.platform.nextSavePath(file);
    await core.call('cases.export', { clientId: await client(core), passphrase: 'hand-over passphrase' });
    core.platform.nextFiles([file]);
    const preview = await core.call('cases.importPreview', { passphrase: 'hand-over passphrase' });
    if (!preview.picked) throw new Error('the hand-over file was not picked');
    return { token: preview.token, passphrase: 'hand-over passphrase', onConflict: 'newCase' };
  },
  'cases.purge': async (core) => {
    const id = await client(core);
    const c = await core.call('clients.get', { id });
    await core.call('clients.update', { id, rev: c.rev, patch: { status: 'closed', closureReason: 'plan_completed' } });
    return { clientId: id, confirmCaseRef: c.caseRef };
  },
  'backup.restoreApply': async (core) => {
    const made = await backupMade(core);
    core.platform.nextFiles([made.file]);
    const picked = await core.call('backup.restorePick');
    const inspected = await core.call('backup.restoreInspect', { pick: picked.pick!, passphrase: made.passphrase });
    return { token: inspected.token };
  },
  'ledger.delete': async (core) => {
    const v = await core.call('ledger.recordPayment', { debtId: (await debt(core)).id, entryDate: '2025-03-01', amountFen: 10_000 });
    return { id: v.entries.find((e) => e.kind === 'payment')!.id };
  },
  'legal.create': async (core) => ({ debtId: (await debt(core)).id, kind: 'lawsuit_filed', eventDate: '2025-01-06', court: '北京市朝阳区人民法院', caseNumber: '(2025)京0105民初1234号' }),
  'legal.update': async (core) => {
    const e = (await legalEvent(core)).events[0]!;
    return { id: e.id, rev: e.rev, kind: 'lawsuit_filed', eventDate: '2025-01-07' };
  },
  'legal.delete': async (core) => ({ id: (await legalEvent(core)).events[0]!.id }),
  'replan.confirm': async (core) => {
    const p = await proposal(core);
    return { proposalId: p.id, rev: p.rev, locale: 'zh-CN' };
  },
  'replan.variation': async (core) => {
    const a = await agreement(core);
    return { clientId: a.clientId, kind: 'hold', holdMonths: 2, locale: 'zh-CN', agreements: [{ agreementId: a.id }] };
  },
  'imports.commit': async (core) => {
    const file = path.join(core.platform.outbox, `${unique('caseload')}.csv`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '\uFEFF姓名,债权人,本金\n赵六,招商银行,1000.00\n');
    core.platform.nextFiles([file]);
    const picked = await core.call('imports.pick');
    if (!picked) throw new Error('the spreadsheet was not picked');
    return { token: picked.token, mapping: picked.mapping };
  },
  'lock.configure': async () => ({ passcode: FUZZ_PASSCODE, idleMinutes: 5 }),
  'lock.unlock': async () => ({ passcode: FUZZ_PASSCODE }),
  'lock.disable': async () => ({ current: FUZZ_PASSCODE }),
};

/** The accepted input of a channel, if it has one here. */
export function acceptedInput(channel: Channel): Build | undefined {
  return ACCEPTED[channel] as Build | undefined;
}
