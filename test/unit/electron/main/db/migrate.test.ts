import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../../../electron/main/core';
import { openDatabase, type Db } from '../../../../../electron/main/db/connection';
import { migrate, schemaVersion } from '../../../../../electron/main/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../../electron/main/db/migrations';
import type { Migration } from '../../../../../electron/main/db/migrations/types';
import { DatabaseTooNewError } from '../../../../../electron/main/errors';
import { indexContact } from '../../../../../electron/main/search/index-writer';
import { addMonths, todayIn } from '../../../../../shared/domain/dates';
import { dbContentHash, dirHashes, makeTempDir, openTestCore, removeDir, tableNames, tableRows, TEST_KEY } from '../../../helpers/core';

const NOW = new Date('2025-06-01T08:00:00.000Z');

let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir();
  file = path.join(dir, DATABASE_FILE);
});
afterEach(() => removeDir(dir));

function withDb<T>(fn: (db: Db) => T): T {
  const db = openDatabase(file, TEST_KEY);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/**
 * Representative rows for each table, written as the schema of that version allows.
 * A migration that adds a table should add its rows here, keyed by its version.
 */
const SEEDS: Record<number, (db: Db) => void> = {
  1: (db) => {
    db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run('language', JSON.stringify('zh-TW'));
    db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run('counsellorName', JSON.stringify('王社工'));
    db.prepare(
      `INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run('2024-01-02T03:04:05.000Z', '王社工', 'settings', null, 'settings', '{"language":"zh-CN"}', '{"language":"zh-TW"}');
  },
  2: (db) => {
    const insert = db.prepare(
      `INSERT INTO clients (case_ref, name, name_pinyin, name_initials, gender, phone, id_number, email, address, status, archived, notes, rev, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    insert.run('P-2024-00001', '张三', 'zhangsan', 'zs', 'male', '13912345678', '11010519491231002X', 'z@example.com', '北京市', 'negotiating', 0, '备注', 3, '2024-01-01T00:00:00.000Z', '2024-02-01T00:00:00.000Z');
    insert.run('P-2024-00002', '𠮷野', 'jiye', 'jy', 'unspecified', null, null, null, null, 'closed', 1, null, 1, '2024-01-03T00:00:00.000Z', '2024-01-03T00:00:00.000Z');
  },
  3: (db) => {
    const at = '2024-03-01T00:00:00.000Z';
    db.prepare(`UPDATE clients SET hardship_reason = 'job_loss', household_adults = 1, disposable_fen = -5000 WHERE case_ref = 'P-2024-00001'`).run();
    const client = (db.prepare(`SELECT id FROM clients WHERE case_ref = 'P-2024-00001'`).get() as { id: number }).id;
    const statement = db
      .prepare(
        `INSERT INTO statements (client_id, statement_date, income_monthly_fen, fixed_monthly_fen, variable_monthly_fen, disposable_monthly_fen, assets_fen, created_at, updated_at)
         VALUES (?, '2024-02-28', 300000, 250000, 55000, -5000, 0, ?, ?)`,
      )
      .run(client, at, at).lastInsertRowid;
    db.prepare(`INSERT INTO statement_lines (statement_id, position, kind, category, amount_fen, frequency, monthly_fen) VALUES (?, 0, 'income', 'salary', 300000, 'monthly', 300000)`).run(statement);
    const lender = db
      .prepare(`INSERT INTO lenders (name, name_pinyin, name_initials, aliases_json, type, created_at, updated_at) VALUES ('鼎盛银行', 'dingshengyinhang', 'dsyh', '["鼎盛"]', 'bank', ?, ?)`)
      .run(at, at).lastInsertRowid;
    db.prepare(`INSERT INTO lender_names (lender_id, name, pinyin, initials) VALUES (?, '鼎盛银行', 'dingshengyinhang', 'dsyh'), (?, '鼎盛', 'dingsheng', 'ds')`).run(lender, lender);
    db.prepare(
      `INSERT INTO debts (client_id, lender_id, product_type, principal_fen, interest_fen, first_missed_date, created_at, updated_at)
       VALUES (?, ?, 'credit_card', 1000000, 50000, '2024-01-15', ?, ?)`,
    ).run(client, lender, at, at);
    db.prepare(`INSERT INTO search_index (tokens, kind, ref_id) VALUES ('张 三 张三 zhangsan zs', 'client', ?)`).run(client);
  },
  4: (db) => {
    const at = '2024-04-01T00:00:00.000Z';
    const one = <T>(sql: string) => db.prepare(sql).get() as T;
    const { client, debt, lender } = one<{ client: number; debt: number; lender: number }>(`SELECT client_id AS client, id AS debt, lender_id AS lender FROM debts LIMIT 1`);
    const run = (sql: string, ...args: unknown[]) => Number(db.prepare(sql).run(...args).lastInsertRowid);
    const contact = run(
      `INSERT INTO contacts (client_id, debt_id, lender_id, occurred_at, channel, direction, person, summary, outcome, is_incident, incident_details, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'phone', 'in', '催收员李某', '来电威胁联系单位', '已记录', 1, '晚上十一点来电', ?, ?)`,
      client, debt, lender, at, at, at,
    );
    run(`INSERT INTO contact_incident_types (contact_id, type) VALUES (?, 'threats'), (?, 'unreasonable_hours')`, contact, contact);
    const file = run(`INSERT INTO files (sha256, size, mime, blob_name, created_at) VALUES (?, 3, 'image/png', 'b0001', ?)`, 'ab'.repeat(32), at);
    run(`INSERT INTO attachments (file_id, client_id, debt_id, contact_id, kind, file_name, created_at, updated_at) VALUES (?, ?, ?, ?, 'collection_evidence', '截图.png', ?, ?)`, file, client, debt, contact, at, at);
    const proposal = run(
      `INSERT INTO proposals (client_id, name, disposable_fen, budget_fen, months, start_date, created_at, updated_at) VALUES (?, '36 个月', 100000, 90000, 36, '2024-05-01', ?, ?)`,
      client, at, at,
    );
    const line = run(
      `INSERT INTO proposal_lines (proposal_id, debt_id, lender_id, position, outstanding_fen, share_fen, remedy, params_json, monthly_fen, total_fen, saving_fen)
       VALUES (?, ?, ?, 0, 1050000, 90000, 'instalments', '{"months":12}', 87500, 1050000, 0)`,
      proposal, debt, lender,
    );
    const offer = run(
      `INSERT INTO offers (client_id, debt_id, lender_id, proposal_line_id, remedy, terms_json, total_fen, monthly_fen, months, status, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'instalments', '{"months":12}', 1050000, 87500, 12, 'accepted', ?, ?)`,
      client, debt, lender, line, at, at,
    );
    run(`INSERT INTO offer_events (offer_id, client_id, at, on_date, status, contact_id) VALUES (?, ?, ?, '2024-04-01', 'sent', ?)`, offer, client, at, contact);
    const agreement = run(
      `INSERT INTO agreements (client_id, debt_id, lender_id, offer_id, agreed_date, remedy, terms_json, total_fen, created_at, updated_at)
       VALUES (?, ?, ?, ?, '2024-04-10', 'instalments', '{"months":12}', 1050000, ?, ?)`,
      client, debt, lender, offer, at, at,
    );
    const instalment = run(`INSERT INTO instalments (agreement_id, client_id, seq, due_date, amount_fen, missed_at) VALUES (?, ?, 1, '2024-05-01', 87500, ?)`, agreement, client, at);
    run(`INSERT INTO payments (agreement_id, client_id, instalment_id, paid_date, amount_fen, created_at, updated_at) VALUES (?, ?, ?, '2024-05-03', 50000, ?, ?)`, agreement, client, instalment, at, at);
    run(
      `INSERT INTO followups (client_id, debt_id, lender_id, due_date, reason, instalment_id, created_at, updated_at) VALUES (?, ?, ?, '2024-05-08', 'missed_payment', ?, ?, ?)`,
      client, debt, lender, instalment, at, at,
    );
    run(`INSERT INTO client_status_changes (client_id, at, from_status, to_status) VALUES (?, ?, 'assessment', 'negotiating')`, client, at);
  },
  5: (db) => {
    const at = '2024-05-01T00:00:00.000Z';
    const run = (sql: string, ...args: unknown[]) => Number(db.prepare(sql).run(...args).lastInsertRowid);
    const template = run(`INSERT INTO letter_templates (type, locale, current_version, is_default, created_at, updated_at) VALUES ('hardship_request', 'zh-CN', 2, 0, ?, ?)`, at, at);
    run(`INSERT INTO template_versions (template_id, version, name, title, body_json, created_at, created_by) VALUES (?, 1, '协商还款申请书', '协商还款申请书', '[]', ?, 'system')`, template, at);
    const version = run(
      `INSERT INTO template_versions (template_id, version, name, title, body_json, created_at, created_by) VALUES (?, 2, '协商还款申请书', '协商还款申请书', '[{"type":"paragraph","text":"{{client.name}}"}]', ?, '王社工')`,
      template, at,
    );
    const { client, debt, lender } = db.prepare(`SELECT client_id AS client, id AS debt, lender_id AS lender FROM debts LIMIT 1`).get() as { client: number; debt: number; lender: number };
    const file = (db.prepare(`SELECT id FROM files LIMIT 1`).get() as { id: number }).id;
    run(
      `INSERT INTO letters (client_id, debt_id, lender_id, type, locale, template_version_id, title, body_json, status, pdf_file_id, pdf_sha256, finalised_at, created_at, updated_at)
       VALUES (?, ?, ?, 'hardship_request', 'zh-CN', ?, '协商还款申请书', '[]', 'final', ?, ?, ?, ?, ?)`,
      client, debt, lender, version, file, 'cd'.repeat(32), at, at, at,
    );
  },
  6: (db) => {
    // A second instalment, paid in full: the flag the sweep reads says so.
    const { agreement, client } = db.prepare(`SELECT id AS agreement, client_id AS client FROM agreements LIMIT 1`).get() as { agreement: number; client: number };
    const at = '2024-06-01T00:00:00.000Z';
    db.prepare(`INSERT INTO instalments (agreement_id, client_id, seq, due_date, amount_fen, unpaid) VALUES (?, ?, 2, '2024-06-01', 87500, 0)`).run(agreement, client);
    db.prepare(`INSERT INTO payments (agreement_id, client_id, paid_date, amount_fen, created_at, updated_at) VALUES (?, ?, '2024-06-01', 87500, ?, ?)`).run(agreement, client, at, at);
  },
  8: (db) => {
    // A call logged once contacts are searchable (kept, and found, by every later migration).
    const { client } = db.prepare(`SELECT client_id AS client FROM debts LIMIT 1`).get() as { client: number };
    const at = '2024-07-01T00:00:00.000Z';
    const contact = db
      .prepare(
        `INSERT INTO contacts (client_id, occurred_at, channel, direction, person, summary, created_at, updated_at) VALUES (?, ?, 'phone', 'out', '客服小周', '同意暂停催收三十天', ?, ?)`,
      )
      .run(client, at, at, at).lastInsertRowid;
    // Indexed as the version-8 app indexes a call when it is logged.
    indexContact(db, Number(contact));
  },
  7: (db) => {
    // A counsellor's own template text with asterisks: kept exactly as typed by every later migration.
    const template = (db.prepare(`SELECT id FROM letter_templates LIMIT 1`).get() as { id: number }).id;
    db.prepare(
      `INSERT INTO template_versions (template_id, version, name, title, body_json, created_at, created_by) VALUES (?, 3, '协商还款申请书', '协商还款申请书', ?, '2024-06-01T00:00:00.000Z', '王社工')`,
    ).run(template, JSON.stringify({ salutation: '', blocks: [{ kind: 'paragraph', text: '卡号 6225 **** **** 8841' }], enclosures: [] }));
  },
  9: (db) => {
    // A court step on its date, and the appeal-deadline follow-up it made.
    const { client, debt, lender } = db.prepare(`SELECT client_id AS client, id AS debt, lender_id AS lender FROM debts LIMIT 1`).get() as { client: number; debt: number; lender: number };
    const at = '2024-07-01T00:00:00.000Z';
    const event = db
      .prepare(
        `INSERT INTO legal_events (client_id, debt_id, kind, event_date, court, case_number, amount_fen, service_date, decision, instance, created_at, updated_at)
         VALUES (?, ?, 'judgment', '2024-06-20', '北京市朝阳区人民法院', '(2024)京0105民初1号', 1050000, '2024-06-25', 'judgment', 'first', ?, ?)`,
      )
      .run(client, debt, at, at).lastInsertRowid;
    db.prepare(`UPDATE debts SET legal_stage = 'judgment', legal_stage_date = '2024-06-20' WHERE id = ?`).run(debt);
    db.prepare(
      `INSERT INTO followups (client_id, debt_id, lender_id, due_date, reason, legal_event_id, created_at, updated_at) VALUES (?, ?, ?, '2024-07-10', 'appeal_deadline', ?, ?, ?)`,
    ).run(client, debt, lender, event, at, at);
  },
  10: (db) => {
    // A payment under the agreement, entered in the debt's ledger after its opening balance.
    const p = db.prepare(`SELECT p.id, p.agreement_id, a.debt_id FROM payments p JOIN agreements a ON a.id = p.agreement_id ORDER BY p.id LIMIT 1`).get() as { id: number; agreement_id: number; debt_id: number };
    db.prepare(
      `INSERT INTO debt_ledger (debt_id, kind, entry_date, amount_fen, agreement_id, payment_id, principal_fen, interest_fen, total_fen, created_at)
       VALUES (?, 'payment', '2024-05-03', 50000, ?, ?, 0, -50000, -50000, '2024-07-01T00:00:00.000Z')`,
    ).run(p.debt_id, p.agreement_id, p.id);
  },
  11: (db) => {
    // A sent offer's contact as the app now writes it: data, worded when shown.
    const { client, lender } = db.prepare(`SELECT client_id AS client, lender_id AS lender FROM debts LIMIT 1`).get() as { client: number; lender: number };
    const at = '2024-08-01T00:00:00.000Z';
    db.prepare(
      `INSERT INTO contacts (client_id, lender_id, occurred_at, channel, direction, summary, generated_json, source, created_at, updated_at) VALUES (?, ?, ?, 'letter', 'out', '', ?, 'offer', ?, ?)`,
    ).run(client, lender, at, JSON.stringify({ kind: 'offerSent', lender: '某贷', remedy: 'waiver', amountFen: 100 }), at, at);
  },
  12: (db) => {
    // A scenario saved twice: the first version kept, with its line.
    const line = db.prepare(`SELECT pl.proposal_id, pl.debt_id, pl.lender_id, p.client_id FROM proposal_lines pl JOIN proposals p ON p.id = pl.proposal_id LIMIT 1`).get() as {
      proposal_id: number;
      debt_id: number;
      lender_id: number;
      client_id: number;
    };
    const at = '2024-07-02T00:00:00.000Z';
    const version = db
      .prepare(
        `INSERT INTO proposal_versions (proposal_id, client_id, version, name, disposable_fen, priority_fen, contingency_fen, budget_fen, months, start_date, saved_at, replaced_at)
         VALUES (?, ?, 1, '36 个月', 100000, 0, 0, 90000, 24, '2024-05-01', ?, ?)`,
      )
      .run(line.proposal_id, line.client_id, at, at).lastInsertRowid;
    db.prepare(
      `INSERT INTO proposal_version_lines (version_id, debt_id, lender_id, position, priority, outstanding_fen, share_fen, remedy, params_json, schedule_json, monthly_fen, total_fen, saving_fen)
       VALUES (?, ?, ?, 0, 0, 1050000, 90000, 'instalments', '{"months":12}', '[]', 87500, 1050000, 0)`,
    ).run(version, line.debt_id, line.lender_id);
  },
  13: (db) => {
    // A completed case review and the open one it led to.
    const { client } = db.prepare(`SELECT client_id AS client FROM agreements LIMIT 1`).get() as { client: number };
    const at = '2024-10-10T00:00:00.000Z';
    db.prepare(`DELETE FROM case_reviews WHERE client_id = ?`).run(client);
    db.prepare(
      `INSERT INTO case_reviews (client_id, due_date, reason, since_date, status, outcome, notes, completed_date, created_at, updated_at)
       VALUES (?, '2024-10-10', 'scheduled', '2024-04-10', 'done', 'continue', '收入稳定', '2024-10-10', ?, ?)`,
    ).run(client, at, at);
    db.prepare(`INSERT INTO case_reviews (client_id, due_date, reason, since_date, created_at, updated_at) VALUES (?, '2025-04-10', 'scheduled', '2024-10-10', ?, ?)`).run(client, at, at);
  },
  14: (db) => {
    // A Taiwan case with its national ID, beside the mainland ones that became 'cn'.
    db.prepare(
      `INSERT INTO clients (case_ref, name, name_pinyin, name_initials, gender, phone, id_number, status, archived, rev, created_at, updated_at, region, id_type)
       VALUES ('P-2024-00009', '陳美玲', 'chenmeiling', 'cml', 'female', '0912345678', 'A123456789', 'intake', 0, 1, '2024-08-01T00:00:00.000Z', '2024-08-01T00:00:00.000Z', 'tw', 'tw_national')`,
    ).run();
  },
  15: (db) => {
    // The agreement broken on its day, as the app now records it.
    const a = db.prepare(`SELECT id, client_id FROM agreements LIMIT 1`).get() as { id: number; client_id: number };
    db.prepare(`UPDATE agreements SET status = 'broken' WHERE id = ?`).run(a.id);
    db.prepare(
      `INSERT INTO agreement_events (agreement_id, client_id, from_status, to_status, on_date, at, note, created_at) VALUES (?, ?, 'active', 'broken', '2024-08-20', '2024-08-20T04:00:00.000Z', '两期未还', '2024-09-01T00:00:00.000Z')`,
    ).run(a.id, a.client_id);
  },
  16: (db) => {
    // The figures a saved proposal was built on.
    const p = db.prepare(`SELECT id, client_id FROM proposals ORDER BY id LIMIT 1`).get() as { id: number; client_id: number };
    const basis = { statementId: null, disposableFen: null, debts: [], chosen: [], contingencyFen: null };
    db.prepare(`INSERT INTO plan_bases (client_id, proposal_id, taken_at, basis_json) VALUES (?, ?, '2024-08-01T00:00:00.000Z', ?)`).run(p.client_id, p.id, JSON.stringify(basis));
  },
  17: (db) => {
    // The waiver an accepted agreement granted, as the lender insights read it (through migration 17's index).
    const a = db.prepare(`SELECT id, debt_id FROM agreements LIMIT 1`).get() as { id: number; debt_id: number };
    db.prepare(
      `INSERT INTO debt_ledger (debt_id, kind, entry_date, amount_fen, conditional, agreement_id, total_fen, created_at) VALUES (?, 'waiver', '2024-08-02', 20000, 1, ?, -20000, '2024-08-02T00:00:00.000Z')`,
    ).run(a.debt_id, a.id);
  },
  18: (db) => {
    // Medical records attached to the case, and a lender that always asks for ID.
    const { client, lender } = db.prepare(`SELECT client_id AS client, lender_id AS lender FROM debts LIMIT 1`).get() as { client: number; lender: number };
    const { file } = db.prepare(`SELECT file_id AS file FROM attachments LIMIT 1`).get() as { file: number };
    const at = '2024-11-01T00:00:00.000Z';
    db.prepare(`INSERT INTO attachments (file_id, client_id, kind, file_name, created_at, updated_at) VALUES (?, ?, 'medical_record', '病历.pdf', ?, ?)`).run(file, client, at, at);
    db.prepare(`INSERT INTO lender_evidence_rules (lender_id, kind, rule, updated_at) VALUES (?, 'identity', 'require', ?)`).run(lender, at);
  },
  19: (db) => {
    const { client } = db.prepare(`SELECT client_id AS client FROM debts LIMIT 1`).get() as { client: number };
    const at = '2024-12-01T00:00:00.000Z';
    db.prepare(`INSERT INTO followups (client_id, due_date, reason, note, created_at, updated_at) VALUES (?, '2024-12-20', 'manual', '回电', ?, ?)`).run(client, at, at);
  },
  20: (db) => {
    // A mainland microcredit company and a Taiwan pawnshop, the types migration 20 allows.
    const at = '2024-12-01T00:00:00.000Z';
    const insert = db.prepare(`INSERT INTO lenders (name, name_pinyin, name_initials, type, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`);
    insert.run('晨光小额贷款', 'chenguangxiaoedaikuan', 'cgxedk', 'microcredit', at, at);
    insert.run('永豐當鋪', 'yongfengdangpu', 'yfdp', 'pawnshop', at, at);
  },
  21: (db) => {
    // An index only (clients by archived, status, region): a Taiwan case's row, which it covers.
    db.prepare(
      `INSERT INTO clients (case_ref, name, name_pinyin, name_initials, gender, phone, id_number, status, archived, rev, created_at, updated_at, region, id_type)
       VALUES ('P-2024-00021', '林志明', 'linzhiming', 'lzm', 'male', '0912345679', 'F131345674', 'negotiating', 0, 1, '2024-12-01T00:00:00.000Z', '2024-12-01T00:00:00.000Z', 'tw', 'tw_national')`,
    ).run();
  },
};

describe('migration 20: lender types by region', () => {
  it('rebuilds the referenced lenders table keeping every row, name, rule and reference, and allows the new types only', () => {
    withDb((db) => {
      migrate(db, file, MIGRATIONS.slice(0, 19), NOW);
      for (let v = 1; v <= 19; v++) SEEDS[v]!(db);
      const snapshot = () => ({
        lenders: db.prepare(`SELECT * FROM lenders ORDER BY id`).all(),
        names: db.prepare(`SELECT * FROM lender_names ORDER BY lender_id, name`).all(),
        rules: db.prepare(`SELECT * FROM lender_evidence_rules ORDER BY lender_id, kind`).all(),
        debts: db.prepare(`SELECT id, lender_id, collector_id FROM debts ORDER BY id`).all(),
      });
      const before = snapshot();
      expect(before.lenders.length).toBeGreaterThan(0);
      expect(before.names.length).toBeGreaterThan(0);
      expect(before.rules.length).toBeGreaterThan(0);
      expect(() => SEEDS[20]!(db)).toThrow(/CHECK/);
      migrate(db, file, MIGRATIONS.slice(0, 20), NOW);
      // Nothing cascaded away while the table was dropped and made again.
      expect(snapshot()).toEqual(before);
      expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'lenders' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all()).toEqual(
        ['lenders_by_pinyin', 'lenders_name'].map((name) => ({ name })),
      );
      SEEDS[20]!(db);
      expect(db.prepare(`SELECT type FROM lenders WHERE name IN ('晨光小额贷款', '永豐當鋪') ORDER BY name`).pluck().all()).toEqual(['microcredit', 'pawnshop']);
      const at = '2025-01-01T00:00:00.000Z';
      expect(() => db.prepare(`INSERT INTO lenders (name, name_pinyin, name_initials, type, created_at, updated_at) VALUES ('x', 'x', 'x', 'loan_shark', ?, ?)`).run(at, at)).toThrow(/CHECK/);
      // Foreign keys are on again, and the references point at the rebuilt table.
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      const { client } = db.prepare(`SELECT client_id AS client FROM debts LIMIT 1`).get() as { client: number };
      expect(() => db.prepare(`INSERT INTO debts (client_id, lender_id, product_type, created_at, updated_at) VALUES (?, 999999, 'other', ?, ?)`).run(client, at, at)).toThrow(/FOREIGN KEY/);
      const lender = (db.prepare(`SELECT id FROM lenders WHERE name = '永豐當鋪'`).get() as { id: number }).id;
      db.prepare(`INSERT INTO lender_names (lender_id, name, pinyin, initials) VALUES (?, '永豐', 'yongfeng', 'yf')`).run(lender);
      db.prepare(`DELETE FROM lenders WHERE id = ?`).run(lender);
      expect(db.prepare(`SELECT count(*) FROM lender_names WHERE lender_id = ?`).pluck().get(lender)).toBe(0);
    });
  });

  it('a migration that would leave a broken reference rolls back and turns foreign keys on again', () => {
    withDb((db) => {
      migrate(db, file, MIGRATIONS.slice(0, 19), NOW);
      for (let v = 1; v <= 19; v++) SEEDS[v]!(db);
      const breaking: Migration = { version: 20, name: 'drops a referenced row', foreignKeysOff: true, up: (d) => void d.exec(`DELETE FROM lenders`) };
      expect(() => migrate(db, file, [...MIGRATIONS.slice(0, 19), breaking], NOW)).toThrow(/broken foreign key/);
      expect(schemaVersion(db)).toBe(19);
      expect(db.prepare(`SELECT count(*) FROM lenders`).pluck().get()).toBeGreaterThan(0);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    });
  });
});

describe('migration 18: evidence checklists', () => {
  it('keeps every attachment as it was while widening the kinds, and refuses a kind it does not know', async () => {
    withDb((db) => {
      migrate(db, file, MIGRATIONS.slice(0, 17), NOW);
      for (let v = 1; v <= 17; v++) SEEDS[v]!(db);
      const before = db.prepare(`SELECT * FROM attachments ORDER BY id`).all();
      expect(before.length).toBeGreaterThan(0);
      migrate(db, file, MIGRATIONS.slice(0, 18), NOW);
      expect(db.prepare(`SELECT * FROM attachments ORDER BY id`).all()).toEqual(before);
      expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attachments' ORDER BY name`).all()).toEqual(
        ['attachments_by_client', 'attachments_by_contact', 'attachments_by_debt', 'attachments_by_file'].map((name) => ({ name })),
      );
      SEEDS[18]!(db);
      const { file: f, client } = db.prepare(`SELECT file_id AS file, client_id AS client FROM attachments LIMIT 1`).get() as { file: number; client: number };
      expect(() => db.prepare(`INSERT INTO attachments (file_id, client_id, kind, file_name, created_at, updated_at) VALUES (?, ?, 'passport', 'x', 'x', 'x')`).run(f, client)).toThrow(/CHECK/);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    });
  });
});

describe('migration 19: follow-ups counted per due day', () => {
  it('counts the open follow-ups of active cases already there, per due day, and keeps counting afterwards', () => {
    withDb((db) => {
      migrate(db, file, MIGRATIONS.slice(0, 18), NOW);
      for (let v = 1; v <= 18; v++) SEEDS[v]!(db);
      const at = '2025-01-01T00:00:00.000Z';
      const client = (name: string, archived: number, status: string) =>
        Number(db.prepare(`INSERT INTO clients (case_ref, name, name_pinyin, name_initials, status, archived, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(`M19-${name}`, name, name, name, status, archived, at, at).lastInsertRowid);
      const follow = (clientId: number, due: string, status = 'open') =>
        db.prepare(`INSERT INTO followups (client_id, due_date, reason, status, created_at, updated_at) VALUES (?, ?, 'manual', ?, ?, ?)`).run(clientId, due, status, at, at);
      const active = client('在办', 0, 'negotiating');
      follow(active, '2025-05-30');
      follow(active, '2025-05-30');
      follow(active, '2025-06-02');
      follow(active, '2025-06-02', 'done');
      follow(client('归档', 1, 'negotiating'), '2025-05-30');
      follow(client('结案', 0, 'closed'), '2025-06-02');
      const recount = () =>
        db
          .prepare(`SELECT f.due_date, count(*) AS open FROM followups f JOIN clients c ON c.id = f.client_id WHERE f.status = 'open' AND c.archived = 0 AND c.status <> 'closed' GROUP BY f.due_date ORDER BY f.due_date`)
          .all();
      const expected = recount();
      expect(expected).toContainEqual({ due_date: '2025-05-30', open: 2 });
      migrate(db, file, MIGRATIONS.slice(0, 19), NOW);
      expect(db.prepare(`SELECT due_date, open FROM followup_day_counts ORDER BY due_date`).all()).toEqual(expected);
      SEEDS[19]!(db);
      expect(db.prepare(`SELECT due_date, open FROM followup_day_counts ORDER BY due_date`).all()).toEqual(recount());
    });
  });
});

describe('migration 9: court steps as dated events', () => {
  it('turns every legal stage into one event dated when Parley recorded it, and derives the same stage back', async () => {
    withDb((db) => {
      migrate(db, file, MIGRATIONS.slice(0, 8), NOW);
      for (let v = 1; v <= 8; v++) SEEDS[v]!(db);
      db.prepare(`INSERT INTO settings (key, value_json) VALUES ('timeZone', '"Asia/Shanghai"')`).run();
      const { client, lender } = db.prepare(`SELECT client_id AS client, lender_id AS lender FROM debts LIMIT 1`).get() as { client: number; lender: number };
      const insert = db.prepare(`INSERT INTO debts (client_id, lender_id, product_type, legal_stage, created_at, updated_at) VALUES (?, ?, 'online_loan', ?, '2024-01-01T00:00:00.000Z', ?)`);
      const stages = ['lawsuit_filed', 'mediation', 'judgment', 'enforcement', 'dishonest_list', 'consumption_restriction'];
      const ids = stages.map((stage) => Number(insert.run(client, lender, stage, '2024-09-30T20:00:00.000Z').lastInsertRowid));
      // The audit log saw the enforcement debt reach its stage on 2 May (UTC 18:30 = 3 May in Shanghai), then other edits.
      const audit = db.prepare(`INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json) VALUES (?, '王社工', 'debt', ?, ?, ?, ?)`);
      audit.run('2024-04-01T02:00:00.000Z', String(ids[3]), 'create', null, JSON.stringify({ legalStage: 'lawsuit_filed' }));
      audit.run('2024-05-02T18:30:00.000Z', String(ids[3]), 'update', JSON.stringify({ legalStage: 'lawsuit_filed' }), JSON.stringify({ legalStage: 'enforcement' }));
      audit.run('2024-08-01T02:00:00.000Z', String(ids[3]), 'update', JSON.stringify({ legalStage: 'enforcement' }), JSON.stringify({ legalStage: 'enforcement' }));
      // …and saw the judgment debt at another stage than it has now: not evidence of when it got there.
      audit.run('2024-03-01T02:00:00.000Z', String(ids[2]), 'create', null, JSON.stringify({ legalStage: 'mediation' }));
      const before = db.prepare(`SELECT id, legal_stage FROM debts ORDER BY id`).all();
      migrate(db, file, MIGRATIONS, NOW);

      const events = db.prepare(`SELECT debt_id, kind, event_date, origin FROM legal_events ORDER BY debt_id`).all();
      expect(events).toEqual([
        { debt_id: ids[0], kind: 'lawsuit_filed', event_date: '2024-10-01', origin: 'migrated' },
        { debt_id: ids[1], kind: 'pre_litigation_mediation', event_date: '2024-10-01', origin: 'migrated' },
        { debt_id: ids[2], kind: 'judgment', event_date: '2024-10-01', origin: 'migrated' },
        { debt_id: ids[3], kind: 'enforcement_applied', event_date: '2024-05-03', origin: 'migrated' },
        { debt_id: ids[4], kind: 'dishonest_listed', event_date: '2024-10-01', origin: 'migrated' },
        { debt_id: ids[5], kind: 'consumption_restricted', event_date: '2024-10-01', origin: 'migrated' },
      ]);
      // Nothing lost: every debt keeps its stage, now with the day it began.
      expect(db.prepare(`SELECT id, legal_stage FROM debts ORDER BY id`).all()).toEqual(before);
      expect(db.prepare(`SELECT legal_stage_date FROM debts WHERE id = ?`).pluck().get(ids[3])).toBe('2024-05-03');
      expect(db.prepare(`SELECT count(*) FROM legal_events WHERE debt_id NOT IN (${ids.join(',')})`).pluck().get()).toBe(0);
    });
    // What the app derives from the events is the stage the debt had.
    const core = openTestCore(dir);
    try {
      const debts = (await core.call('debts.list', { clientId: 1 })).items;
      for (const d of debts) {
        const h = await core.call('legal.list', { debtId: d.id });
        expect(h.stage).toBe(d.legalStage);
        expect(h.stageSince).toBe(d.legalStageDate);
      }
      expect(debts.filter((d) => d.legalStage !== 'none')).toHaveLength(6);
    } finally {
      core.close();
    }
  });

  it('keeps every follow-up and its indexes through the rebuild of the follow-ups table', () => {
    withDb((db) => {
      migrate(db, file, MIGRATIONS.slice(0, 8), NOW);
      for (let v = 1; v <= 8; v++) SEEDS[v]!(db);
      const indexes = () => db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'followups' AND sql IS NOT NULL ORDER BY name`).pluck().all() as string[];
      const old = indexes();
      const rows = tableRows(db, 'followups');
      expect(rows.length).toBeGreaterThan(0);
      migrate(db, file, MIGRATIONS, NOW);
      expect(tableRows(db, 'followups').map((r) => ({ ...r, legal_event_id: undefined, generated_json: undefined }))).toEqual(rows.map((r) => ({ ...r, legal_event_id: undefined, generated_json: undefined })));
      expect(indexes()).toEqual([...old, 'followups_by_legal_event'].sort());
      expect(db.pragma('foreign_key_check')).toEqual([]);
    });
  });
});

describe('migration 13: case reviews', () => {
  it('gives each case with an active plan its next six-month review from the plan, on or after the day of the upgrade', () => {
    withDb((db) => {
      migrate(db, file, MIGRATIONS.slice(0, 12), NOW);
      for (let v = 1; v <= 12; v++) SEEDS[v]!(db);
      const plan = db.prepare(`SELECT client_id AS client, agreed_date AS agreed FROM agreements WHERE status = 'active'`).all() as { client: number; agreed: string }[];
      expect(plan).toHaveLength(1);
      // A case whose only agreement is broken gets no review.
      const other = db.prepare(`SELECT id FROM clients WHERE id <> ? LIMIT 1`).pluck().get(plan[0]!.client) as number;
      const { debt, lender } = db.prepare(`SELECT id AS debt, lender_id AS lender FROM debts LIMIT 1`).get() as { debt: number; lender: number };
      db.prepare(
        `INSERT INTO agreements (client_id, debt_id, lender_id, agreed_date, remedy, terms_json, total_fen, status, created_at, updated_at)
         VALUES (?, ?, ?, '2024-01-05', 'instalments', '{}', 1000, 'broken', '2024-01-05T00:00:00.000Z', '2024-01-05T00:00:00.000Z')`,
      ).run(other, debt, lender);
      migrate(db, file, MIGRATIONS, NOW);
      const reviews = db.prepare(`SELECT client_id, due_date, reason, since_date, status FROM case_reviews`).all() as { client_id: number; due_date: string; since_date: string }[];
      expect(reviews).toHaveLength(1);
      const r = reviews[0]!;
      expect(r).toMatchObject({ client_id: plan[0]!.client, reason: 'scheduled', since_date: plan[0]!.agreed, status: 'open' });
      // The migration reads the wall clock (migrations take no clock): the date is a six-month
      // mark of the plan, not before today, and the mark before it is.
      const today = todayIn('Asia/Shanghai', new Date());
      const months = (Number(r.due_date.slice(0, 4)) - Number(r.since_date.slice(0, 4))) * 12 + Number(r.due_date.slice(5, 7)) - Number(r.since_date.slice(5, 7));
      expect(months % 6).toBe(0);
      expect(addMonths(r.since_date, months)).toBe(r.due_date);
      expect(r.due_date >= today).toBe(true);
      expect(addMonths(r.due_date, -6) < today).toBe(true);
    });
  });
});

describe('migration 15: agreements’ status changes as dated events', () => {
  it('gives each ended agreement one event dated when Parley recorded its status, never before the agreement; active ones none', () => {
    withDb((db) => {
      migrate(db, file, MIGRATIONS.slice(0, 14), NOW);
      for (let v = 1; v <= 14; v++) SEEDS[v]!(db);
      db.prepare(`INSERT INTO settings (key, value_json) VALUES ('timeZone', '"Asia/Shanghai"')`).run();
      const seeded = db.prepare(`SELECT * FROM agreements LIMIT 1`).get() as Record<string, unknown>;
      const copy = db.prepare(
        `INSERT INTO agreements (client_id, debt_id, lender_id, agreed_date, remedy, terms_json, total_fen, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'instalments', '{"months":12}', 1050000, ?, ?, ?)`,
      );
      const add = (agreed: string, status: string, updatedAt: string) =>
        Number(copy.run(seeded['client_id'], seeded['debt_id'], seeded['lender_id'], agreed, status, updatedAt, updatedAt).lastInsertRowid);
      const completed = add('2024-04-10', 'completed', '2024-11-30T20:00:00.000Z');
      const broken = add('2024-04-10', 'broken', '2024-12-01T02:00:00.000Z');
      const cancelled = add('2024-06-01', 'cancelled', '2024-05-01T02:00:00.000Z');
      const active = add('2024-04-10', 'active', '2024-12-01T02:00:00.000Z');
      // The audit log saw the broken one marked broken on 5 August (UTC 17:00 = 6 August in Shanghai), then an unrelated edit.
      const audit = db.prepare(`INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json) VALUES (?, '王社工', 'agreement', ?, 'update', ?, ?)`);
      audit.run('2024-08-05T17:00:00.000Z', String(broken), JSON.stringify({ status: 'active' }), JSON.stringify({ status: 'broken' }));
      audit.run('2024-09-05T02:00:00.000Z', String(broken), JSON.stringify({ note: 'x' }), JSON.stringify({ note: 'y' }));
      const before = db.prepare(`SELECT id, status FROM agreements ORDER BY id`).all();
      migrate(db, file, MIGRATIONS, NOW);
      const events = db.prepare(`SELECT agreement_id, from_status, to_status, on_date, origin FROM agreement_events WHERE agreement_id IN (?, ?, ?, ?) ORDER BY agreement_id`).all(completed, broken, cancelled, active);
      expect(events).toEqual([
        { agreement_id: completed, from_status: 'active', to_status: 'completed', on_date: '2024-12-01', origin: 'migrated' },
        { agreement_id: broken, from_status: 'active', to_status: 'broken', on_date: '2024-08-06', origin: 'migrated' },
        // Its last change predates the agreement: not before the agreement.
        { agreement_id: cancelled, from_status: 'active', to_status: 'cancelled', on_date: '2024-06-01', origin: 'migrated' },
      ]);
      expect(db.prepare(`SELECT id, status FROM agreements ORDER BY id`).all()).toEqual(before);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    });
  });
});

describe('migration 7: letter text is data', () => {
  it('removes the emphasis pairs from the built-in template texts only; what a counsellor typed stays as typed', () => {
    withDb((db) => {
      migrate(db, file, MIGRATIONS.slice(0, 6), NOW);
      const at = NOW.toISOString();
      const template = Number(
        db.prepare(`INSERT INTO letter_templates (type, locale, current_version, is_default, created_at, updated_at) VALUES ('hardship', 'zh-CN', 2, 1, ?, ?)`).run(at, at).lastInsertRowid,
      );
      const body = (text: string) => JSON.stringify({ salutation: '尊敬的{{lender.name}}：', blocks: [{ kind: 'paragraph', text }], enclosures: [] });
      const insert = db.prepare(`INSERT INTO template_versions (template_id, version, name, title, body_json, created_at, created_by) VALUES (?, ?, 'x', 'x', ?, ?, ?)`);
      insert.run(template, 1, body('愿意**积极、持续地履行还款义务**。'), at, 'parley');
      insert.run(template, 2, body('卡号 6225 **** **** 8841'), at, '王社工');
      migrate(db, file, MIGRATIONS, NOW);
      const texts = (db.prepare(`SELECT created_by, body_json FROM template_versions ORDER BY version`).all() as { created_by: string; body_json: string }[]).map(
        (r) => [r.created_by, (JSON.parse(r.body_json) as { blocks: { text: string }[] }).blocks[0]!.text],
      );
      expect(texts).toEqual([
        ['parley', '愿意积极、持续地履行还款义务。'],
        ['王社工', '卡号 6225 **** **** 8841'],
      ]);
    });
  });
});

it('SEEDS covers every migration, so every version is upgraded with data in it', () => {
  for (const m of MIGRATIONS) expect(SEEDS[m.version], `seed for migration ${m.version} (${m.name})`).toBeTypeOf('function');
});

describe('fresh database', () => {
  it('reaches the latest version and records every migration', () => {
    withDb((db) => {
      expect(schemaVersion(db)).toBe(0);
      const result = migrate(db, file, MIGRATIONS, NOW);
      expect(result).toEqual({ from: 0, to: LATEST_SCHEMA_VERSION, backupFile: null });
      expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all()).toEqual(
        MIGRATIONS.map((m) => ({ version: m.version, name: m.name, applied_at: NOW.toISOString() })),
      );
    });
    expect(fs.existsSync(path.join(dir, 'pre-migration'))).toBe(false);
  });

  it('is a no-op the second time', () => {
    withDb((db) => migrate(db, file, MIGRATIONS, NOW));
    withDb((db) => {
      const before = dbContentHash(db);
      expect(migrate(db, file, MIGRATIONS, new Date())).toEqual({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION, backupFile: null });
      expect(dbContentHash(db)).toBe(before);
    });
  });

  it('openCore reports the version through app.info', async () => {
    const core = openTestCore(dir);
    try {
      expect(core.migration).toMatchObject({ from: 0, to: LATEST_SCHEMA_VERSION });
      expect(await core.call('app.info')).toMatchObject({ schemaVersion: LATEST_SCHEMA_VERSION, shell: 'harness', dataDir: dir });
    } finally {
      core.close();
    }
  });
});

describe('upgrading a database made at every earlier version', () => {
  // 1 .. latest-1 (version 0, an empty file, is the fresh case above).
  const versions = Array.from({ length: LATEST_SCHEMA_VERSION - 1 }, (_, i) => i + 1);

  it.each(versions)('from version %i keeps its data and leaves a backup at that version', async (k) => {
    // Build the old database exactly as that version of Parley would have.
    const oldSnapshot = withDb((db) => {
      migrate(db, file, MIGRATIONS.slice(0, k), new Date('2024-01-01T00:00:00.000Z'));
      for (let v = 1; v <= k; v++) SEEDS[v]!(db);
      expect(schemaVersion(db)).toBe(k);
      const tables = Object.fromEntries(tableNames(db).map((t) => [t, tableRows(db, t)]));
      return { tables, hash: dbContentHash(db) };
    });
    for (const [t, rows] of Object.entries(oldSnapshot.tables)) {
      if (t !== 'schema_migrations') expect(rows.length, `seeded ${t}`).toBeGreaterThan(0);
    }

    const core = openTestCore(dir);
    try {
      expect(core.migration.from).toBe(k);
      expect(core.migration.to).toBe(LATEST_SCHEMA_VERSION);
      expect(schemaVersion(core.db)).toBe(LATEST_SCHEMA_VERSION);
      expect((core.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version)).toEqual(
        MIGRATIONS.map((m) => m.version),
      );

      // Every old row is still there, with the values it had (new columns may have been added).
      // The full-text index is derived data: later migrations add what is searchable (8: the
      // contact log and letters), and its shadow tables re-pack; it is checked by searching below.
      for (const [table, rows] of Object.entries(oldSnapshot.tables)) {
        if (table === 'schema_migrations' || table.startsWith('search_index')) continue;
        const now = tableRows(core.db, table);
        for (const row of rows) expect(now, `${table} keeps ${JSON.stringify(row)}`).toContainEqual(expect.objectContaining(row));
        expect(now.length).toBe(rows.length);
      }

      // The application reads the old data.
      const settings = await core.call('settings.get');
      expect(settings).toMatchObject({ language: 'zh-TW', counsellorName: '王社工' });
      if (k >= 2) {
        const list = await core.call('clients.list', { q: 'zs' });
        expect(list.items.map((c) => c.name)).toEqual(['张三']);
      }
      if (k >= 4 && k < 8) {
        // The call logged at version 4 is found by quick search (indexed by migration 8 or when written).
        // From version 8 on, the seeds write it straight into a database that already had migration 8,
        // past the index writer, so nothing indexes it: that case is the index writer's own tests'.
        const hits = await core.call('search.query', { q: '威胁' });
        expect(hits.items.map((h) => `${h.kind}:${h.title}`)).toEqual(['contact:来电威胁联系单位']);
      }

      // The backup sits beside the database, encrypted with the same key, at the old version.
      const backup = core.migration.backupFile;
      expect(backup).not.toBeNull();
      expect(path.dirname(backup!)).toBe(path.join(dir, 'pre-migration'));
      expect(path.basename(backup!)).toContain(`-v${k}-`);
      const copy = openDatabase(backup!, TEST_KEY);
      try {
        expect(schemaVersion(copy)).toBe(k);
        expect(dbContentHash(copy)).toBe(oldSnapshot.hash);
      } finally {
        copy.close();
      }
    } finally {
      core.close();
    }
  });
});

describe('migration 6 (unpaid instalments)', () => {
  it('works out from the payments which instalments are still unpaid', () => {
    withDb((db) => {
      migrate(db, file, MIGRATIONS.slice(0, 5), NOW);
      for (let v = 1; v <= 5; v++) SEEDS[v]!(db);
      const { agreement, client } = db.prepare(`SELECT id AS agreement, client_id AS client FROM agreements LIMIT 1`).get() as { agreement: number; client: number };
      // Seed 4 paid 50,000 of the first 87,500; 125,000 more covers the rest of it and the second.
      const at = '2024-06-01T00:00:00.000Z';
      db.prepare(`INSERT INTO instalments (agreement_id, client_id, seq, due_date, amount_fen) VALUES (?, ?, 2, '2024-06-01', 87500)`).run(agreement, client);
      db.prepare(`INSERT INTO instalments (agreement_id, client_id, seq, due_date, amount_fen) VALUES (?, ?, 3, '2024-07-01', 87500)`).run(agreement, client);
      db.prepare(`INSERT INTO payments (agreement_id, client_id, paid_date, amount_fen, created_at, updated_at) VALUES (?, ?, '2024-06-01', 125000, ?, ?)`).run(agreement, client, at, at);
      migrate(db, file, MIGRATIONS.slice(0, 6), NOW);
      expect(db.prepare('SELECT unpaid FROM instalments WHERE agreement_id = ? ORDER BY seq').pluck().all(agreement)).toEqual([0, 0, 1]);
    });
  });
});

describe('upgrading after a crash', () => {
  it('the backup holds changes that were still in the WAL', async () => {
    // Make a version-1 database and copy its files while it is open: what a crash leaves behind.
    const crashDir = makeTempDir();
    try {
      const db = openDatabase(file, TEST_KEY);
      migrate(db, file, MIGRATIONS.slice(0, 1), NOW);
      db.pragma('wal_autocheckpoint = 0');
      SEEDS[1]!(db);
      const expected = dbContentHash(db);
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
      for (const suffix of ['', '-wal']) fs.copyFileSync(`${file}${suffix}`, path.join(crashDir, `${DATABASE_FILE}${suffix}`));
      db.close();

      const core = openTestCore(crashDir);
      try {
        expect(core.migration.from).toBe(1);
        expect(await core.call('settings.get')).toMatchObject({ language: 'zh-TW', counsellorName: '王社工' });
        const copy = openDatabase(core.migration.backupFile!, TEST_KEY);
        try {
          expect(dbContentHash(copy)).toBe(expected);
        } finally {
          copy.close();
        }
      } finally {
        core.close();
      }
    } finally {
      removeDir(crashDir);
    }
  });
});

describe('a database from a newer Parley', () => {
  it('is refused with DatabaseTooNewError and left unchanged', () => {
    withDb((db) => {
      migrate(db, file, MIGRATIONS, NOW);
      SEEDS[1]!(db);
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    });
    const before = dirHashes(dir);

    let error: unknown;
    try {
      openTestCore(dir);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError);
    expect(error).toMatchObject({ found: LATEST_SCHEMA_VERSION + 1, supported: LATEST_SCHEMA_VERSION });
    expect(dirHashes(dir)).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'pre-migration'))).toBe(false);

    withDb((db) => expect(() => migrate(db, file, MIGRATIONS, NOW)).toThrow(DatabaseTooNewError));
  });
});

describe('a migration that fails', () => {
  const fake: Migration[] = [
    { version: 1, name: 'one', up: (db) => db.exec('CREATE TABLE a (x INTEGER) STRICT') },
    { version: 2, name: 'two', up: (db) => db.exec('CREATE TABLE b (y INTEGER) STRICT; INSERT INTO a VALUES (2)') },
    {
      version: 3,
      name: 'three, breaks halfway',
      up: (db) => {
        db.exec('CREATE TABLE c (z INTEGER) STRICT');
        db.exec('INSERT INTO a VALUES (3)');
        db.exec('ALTER TABLE b ADD COLUMN w TEXT');
        throw new Error('boom in migration 3');
      },
    },
  ];

  it('leaves the database at the previous version with its data', () => {
    withDb((db) => {
      migrate(db, file, fake.slice(0, 2), NOW);
      db.exec('INSERT INTO a VALUES (1)');
    });
    const before = withDb((db) => dbContentHash(db));
    withDb((db) => {
      expect(() => migrate(db, file, fake, NOW)).toThrow('boom in migration 3');
      expect(schemaVersion(db)).toBe(2);
    });
    withDb((db) => {
      expect(schemaVersion(db)).toBe(2);
      expect(tableNames(db)).not.toContain('c');
      expect(dbContentHash(db)).toBe(before);
    });
    // The backup taken before the attempt is there.
    expect(fs.readdirSync(path.join(dir, 'pre-migration'))).toHaveLength(1);
  });

  it('from a fresh database, keeps the migrations that succeeded before it', () => {
    withDb((db) => {
      expect(() => migrate(db, file, fake, NOW)).toThrow('boom');
      expect(schemaVersion(db)).toBe(2);
      expect((db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version)).toEqual([1, 2]);
      expect(tableNames(db)).toEqual(['a', 'b', 'schema_migrations']);
    });
  });
});

describe('migration numbering', () => {
  const m = (version: number): Migration => ({ version, name: `m${version}`, up: (db) => db.exec(`CREATE TABLE t${version} (x)`) });

  it.each([
    ['a gap', [m(1), m(3)]],
    ['a start at 2', [m(2)]],
    ['a duplicate', [m(1), m(1)]],
    ['the wrong order', [m(2), m(1)]],
    ['a zero', [m(0), m(1)]],
  ])('refuses %s before touching the database', (_, list) => {
    withDb((db) => {
      const before = dbContentHash(db);
      expect(() => migrate(db, file, list, NOW)).toThrow(/numbered/);
      expect(dbContentHash(db)).toBe(before);
      expect(schemaVersion(db)).toBe(0);
    });
  });

  it('the real list is numbered 1..n', () => {
    expect(MIGRATIONS.map((x) => x.version)).toEqual(Array.from({ length: MIGRATIONS.length }, (_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
    expect(new Set(MIGRATIONS.map((x) => x.name)).size).toBe(MIGRATIONS.length);
  });
});
