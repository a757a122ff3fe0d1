import type { HandlerContext } from '../context';
import { getLenderRow, toValues as lenderValues } from '../db/lenders';
import { schemaVersion } from '../db/migrate';
import { getFileRow, readFile } from '../attachments/store';
import { sealFile, type SealSource } from '../backup/container';
import { notFound } from '../errors';
import { clientAuditRows } from './audit-scope';
import { CASE_FILE_KIND, CASE_FORMAT, CASE_FORMAT_VERSION, CASE_PART, FILE_PART_PREFIX, MANIFEST_PART, type CaseContent, type CaseManifest } from './format';
import { CASE_TABLES, caseFileIds, caseRows, tableExists, tableShape } from '../db/case-tables';

/** Every row of one client's case, the lenders and files it refers to, and its audit rows. */
export function collectCase(ctx: HandlerContext, clientId: number): CaseContent {
  const { db } = ctx;
  const tables: CaseContent['tables'] = {};
  const idsByTable = new Map<string, Set<number>>();
  const lenderIds = new Set<number>();
  for (const t of CASE_TABLES) {
    if (!tableExists(db, t.table)) continue;
    const rows = caseRows(db, t, clientId);
    tables[t.table] = rows;
    idsByTable.set(t.table, new Set(rows.map((r) => r['id']).filter((id): id is number => typeof id === 'number')));
    const lenderColumns = tableShape(db, t.table)
      .foreignKeys.filter((fk) => fk.target === 'lenders')
      .map((fk) => fk.column);
    for (const r of rows) for (const key of lenderColumns) if (typeof r[key] === 'number') lenderIds.add(r[key]);
  }
  if (!tables['clients']?.length) throw notFound();
  const lenders = [...lenderIds].sort((a, b) => a - b).map((id) => {
    const row = getLenderRow(db, id);
    if (!row) throw new Error(`lender ${id} referred to by the case is missing`);
    const v = lenderValues(row);
    return { id, ...v };
  });
  const files = caseFileIds(db, clientId).map((id) => {
    const row = getFileRow(ctx, id);
    if (!row) throw new Error(`stored file ${id} referred to by the case is missing`);
    return { id, sha256: row.sha256, size: row.size, mime: row.mime };
  });
  // Only rows tied to the case by id: a text match could pull in another person's rows.
  const audit = clientAuditRows(db, clientId, idsByTable, []).map((r) => ({ ...r }));
  return { clientId, tables, lenders, files, audit };
}

export function caseCounts(content: CaseContent): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [table, rows] of Object.entries(content.tables)) counts[table] = rows.length;
  counts['lenders'] = content.lenders.length;
  counts['files'] = content.files.length;
  counts['audit_log'] = content.audit.length;
  return counts;
}

/**
 * Seals the case into `dest`. The snapshot is read in one read transaction, so a change
 * made meanwhile is either wholly in it or not at all.
 */
export async function exportCase(ctx: HandlerContext, clientId: number, passphrase: string, dest: string): Promise<{ counts: Record<string, number>; files: number; bytes: number }> {
  const { content, fileData } = ctx.db.transaction(() => {
    const c = collectCase(ctx, clientId);
    return { content: c, fileData: c.files.map((f) => ({ sha256: f.sha256, data: readFile(ctx, f.id) })) };
  })();
  const counts = caseCounts(content);
  const caseRef = String(content.tables['clients']![0]!['case_ref']);
  const sources: SealSource[] = [
    { name: CASE_PART, data: Buffer.from(JSON.stringify(content), 'utf8') },
    ...fileData.map((f) => ({ name: FILE_PART_PREFIX + f.sha256, data: f.data })),
  ];
  const result = await sealFile(dest, passphrase, sources, {
    kind: CASE_FILE_KIND,
    beforeEnd: (parts) => {
      const manifest: CaseManifest = {
        format: CASE_FORMAT,
        formatVersion: CASE_FORMAT_VERSION,
        schemaVersion: schemaVersion(ctx.db),
        appVersion: ctx.appVersion,
        exportedAt: ctx.now().toISOString(),
        caseRef,
        counts,
        parts,
      };
      return [{ name: MANIFEST_PART, data: JSON.stringify(manifest) }];
    },
  });
  return { counts, files: content.files.length, bytes: result.bytes };
}

/** A file name that says which case it is but nothing about the person. */
export function defaultExportName(caseRef: string, extension: string): string {
  return `${caseRef.replace(/[^A-Za-z0-9_-]/g, '_')}.${extension}`;
}

