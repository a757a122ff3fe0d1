import crypto from 'node:crypto';
import type { z } from 'zod';
import type { CaseConflict, ImportConflictChoice, LenderMatch } from '../../../shared/schemas/cases';
import type { LENDER_TYPES } from '../../../shared/schemas/lenders';
import { SealError, openSealed } from '../backup/container';
import { cleanFileName } from '../intake/file-name';
import { checkIncoming } from '../intake/incoming';
import type { HandlerContext } from '../context';
import { remapClientBases } from '../db/plan-bases';
import { insertAuditRow, writeAudit } from '../db/audit';
import { clientByCaseRef, clientByIdNumber, setCaseRef } from '../db/clients';
import { openFromStoredAmounts } from '../db/debts';
import { debtsWithoutLedger } from '../db/ledger';
import { findNameOwners, insertLender } from '../db/lenders';
import { cleanAliases, cleanPhones } from '../text/lender-names';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { AppError } from '../errors';
import { discardIfRolledBack, storeFile, type StoredFile } from '../attachments/store';
import { indexClient, indexContact, indexDebt, indexLender, indexLetter } from '../search/index-writer';
import { entityKey } from './audit-scope';
import { caseCounts } from './export';
import {
  CASE_FILE_KIND,
  CASE_FORMAT_VERSION,
  CASE_PART,
  CaseContent,
  CaseManifest,
  CaseManifestHead,
  FILE_PART_PREFIX,
  MANIFEST_PART,
  type CaseLender,
} from './format';
import { CASE_TABLES, caseRowInserter, tableExists, tableShape, type Row } from '../db/case-tables';

export interface OpenedCase {
  manifest: CaseManifest;
  content: CaseContent;
  /** sha256 → content. */
  files: Map<string, Buffer>;
}

const damaged = () => new AppError('VALIDATION', 'cases.errors.damaged');

/** A part's JSON; not JSON is a damaged file (the container checked the bytes, not what they say). */
function jsonOf(data: Buffer): unknown {
  try {
    return JSON.parse(data.toString('utf8'));
  } catch {
    throw damaged();
  }
}

function fitOrDamaged<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw damaged();
  return parsed.data;
}

const SEAL_MESSAGES: Record<SealError['reason'], string> = {
  NOT_SEALED: 'cases.errors.notACaseFile',
  WRONG_KIND: 'cases.errors.notACaseFile',
  UNSUPPORTED_VERSION: 'cases.errors.tooNew',
  KDF_TOO_COSTLY: 'cases.errors.tooCostly',
  WRONG_PASSPHRASE: 'cases.errors.wrongPassphrase',
  TRUNCATED: 'cases.errors.truncated',
  TAMPERED: 'cases.errors.damaged',
};

const sha256 = (data: Buffer) => crypto.createHash('sha256').update(data).digest('hex');

/**
 * Decrypts and checks a hand-over file: the container's authentication, then the manifest
 * (format, schema version, the checksum and size of every part, no part missing or extra),
 * then that every stored file's content matches its hash. Writes nothing.
 */
export async function openCaseFile(file: string, passphrase: string): Promise<OpenedCase> {
  let parts;
  try {
    ({ parts } = await openSealed(file, passphrase, { kind: CASE_FILE_KIND }));
  } catch (err) {
    if (err instanceof SealError) throw new AppError('VALIDATION', SEAL_MESSAGES[err.reason]);
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('NOT_FOUND', 'cases.errors.fileMissing');
    throw err;
  }
  const last = parts[parts.length - 1];
  if (!last || last.name !== MANIFEST_PART || !last.data) throw damaged();
  const rawManifest = jsonOf(last.data);
  const head = CaseManifestHead.safeParse(rawManifest);
  if (!head.success) throw new AppError('VALIDATION', 'cases.errors.notACaseFile');
  if (head.data.formatVersion > CASE_FORMAT_VERSION || head.data.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw new AppError('VALIDATION', 'cases.errors.tooNew', { version: head.data.schemaVersion });
  }
  const manifest = fitOrDamaged(CaseManifest, rawManifest);
  const body = parts.slice(0, -1);
  if (body.length !== manifest.parts.length) throw damaged();
  body.forEach((p, i) => {
    const m = manifest.parts[i]!;
    if (m.name !== p.name || m.size !== p.size || m.sha256 !== p.sha256) throw damaged();
  });
  const casePart = body.find((p) => p.name === CASE_PART);
  if (!casePart?.data) throw damaged();
  const content = fitOrDamaged(CaseContent, jsonOf(casePart.data));
  if (!content.tables['clients']?.length) throw damaged();
  const files = new Map<string, Buffer>();
  for (const p of body) {
    if (!p.name.startsWith(FILE_PART_PREFIX)) continue;
    const hash = p.name.slice(FILE_PART_PREFIX.length);
    if (!p.data || sha256(p.data) !== hash) throw damaged();
    files.set(hash, p.data);
  }
  for (const f of content.files) if (!files.has(f.sha256)) throw damaged();
  screenFiles(content, files);
  return { manifest, content, files };
}

/**
 * A handed-over case is a file from outside like any other: every stored file passes the
 * evidence rules (type from content, programs and scripts refused, naming the file) and
 * every attachment's name is cleaned. The MIME types the file claims are replaced.
 */
function screenFiles(content: CaseContent, files: Map<string, Buffer>): void {
  const attachments = content.tables['attachments'] ?? [];
  for (const a of attachments) if (typeof a['file_name'] === 'string') a['file_name'] = cleanFileName(a['file_name']);
  for (const f of content.files) {
    const named = attachments.find((a) => a['file_id'] === f.id && typeof a['file_name'] === 'string');
    const checked = checkIncoming(named ? String(named['file_name']) : 'file', { bytes: files.get(f.sha256)! });
    f.mime = checked.mime;
  }
}

const clientRow = (c: CaseContent): Row => c.tables['clients']![0]!;

export function findConflicts(ctx: HandlerContext, c: CaseContent): CaseConflict[] {
  const client = clientRow(c);
  const out: CaseConflict[] = [];
  const idNumber = client['id_number'];
  if (typeof idNumber === 'string' && idNumber) {
    const row = clientByIdNumber(ctx.db, idNumber);
    if (row) out.push({ kind: 'idNumber', clientId: row.id, caseRef: row.case_ref, name: row.name });
  }
  const row = clientByCaseRef(ctx.db, String(client['case_ref']));
  if (row) out.push({ kind: 'caseRef', clientId: row.id, caseRef: row.case_ref, name: row.name });
  return out;
}

/** For each lender of the file: the lender here that goes by its name or one of its aliases, if any. */
export function matchLenders(ctx: HandlerContext, lenders: readonly CaseLender[]): LenderMatch[] {
  return lenders.map((l) => {
    const names = [l.name, ...l.aliases];
    const owners = findNameOwners(ctx.db, names, null);
    // Prefer a match on the lender's own name, then its aliases in order.
    const hit = names.map((n) => owners.get(n)).find((o) => o !== undefined);
    return { name: l.name, matchedId: hit?.lenderId ?? null, matchedName: hit?.lenderName ?? null, matchedOn: hit?.name ?? null };
  });
}

export type CasePreviewData = ReturnType<typeof previewCase>;

export function previewCase(ctx: HandlerContext, opened: OpenedCase) {
  const client = clientRow(opened.content);
  return {
    caseRef: String(client['case_ref']),
    name: String(client['name']),
    status: String(client['status']),
    exportedAt: opened.manifest.exportedAt,
    appVersion: opened.manifest.appVersion,
    schemaVersion: opened.manifest.schemaVersion,
    counts: caseCounts(opened.content),
    files: opened.content.files.length,
    lenders: matchLenders(ctx, opened.content.lenders),
    conflicts: findConflicts(ctx, opened.content),
  };
}

function newCaseRef(ctx: HandlerContext, id: number): string {
  const base = `P-${ctx.now().getFullYear()}-${String(id).padStart(5, '0')}`;
  const taken = (ref: string) => clientByCaseRef(ctx.db, ref) !== undefined;
  if (!taken(base)) return base;
  for (let i = 2; ; i++) if (!taken(`${base}-${i}`)) return `${base}-${i}`;
}

type LenderType = (typeof LENDER_TYPES)[number];

export interface ImportResult {
  imported: boolean;
  clientId: number | null;
  caseRef: string | null;
  originalCaseRef: string;
  counts: Record<string, number>;
  files: number;
  lendersMatched: LenderMatch[];
  lendersCreated: string[];
  idNumberDropped: boolean;
}

/**
 * Writes the case in one transaction: lenders matched or created, stored files through the
 * evidence store (the same content is stored once), every row with new ids, the search
 * index, the case's audit rows and one row saying it was imported. If anything fails, the
 * database is as it was and any blob written for it is removed again.
 */
export function importCase(ctx: HandlerContext, opened: OpenedCase, onConflict: ImportConflictChoice | undefined): ImportResult {
  const { db } = ctx;
  const { content, manifest, files } = opened;
  const original = clientRow(content);
  const originalCaseRef = String(original['case_ref']);
  const counts = caseCounts(content);
  const empty: ImportResult = {
    imported: false,
    clientId: null,
    caseRef: null,
    originalCaseRef,
    counts,
    files: content.files.length,
    lendersMatched: [],
    lendersCreated: [],
    idNumberDropped: false,
  };
  const conflicts = findConflicts(ctx, content);
  if (conflicts.length && onConflict === undefined) throw new AppError('CONFLICT', 'cases.errors.conflictChoiceNeeded', { caseRef: conflicts[0]!.caseRef });
  if (conflicts.length && onConflict === 'cancel') return empty;
  const idNumberDropped = conflicts.some((c) => c.kind === 'idNumber');

  const stored: StoredFile[] = [];
  try {
    return db.transaction((): ImportResult => {
      const now = ctx.now();
      const actor = ctx.actor();
      // Lenders: reuse by name or alias, else create.
      const matches = matchLenders(ctx, content.lenders);
      const lenderMap = new Map<number, number>();
      const created: string[] = [];
      content.lenders.forEach((l, i) => {
        const m = matches[i]!;
        if (m.matchedId !== null) {
          lenderMap.set(l.id, m.matchedId);
          return;
        }
        const values = {
          name: l.name,
          aliases: cleanAliases(l.name, l.aliases),
          type: l.type as LenderType,
          address: l.address,
          phones: cleanPhones(l.phones),
          email: l.email,
          complaintChannel: l.complaintChannel,
          notes: l.notes,
        };
        const id = insertLender(db, values, now);
        indexLender(db, id);
        writeAudit(db, { actor, at: now, entity: 'lender', entityId: id, action: 'create', after: values });
        lenderMap.set(l.id, id);
        created.push(l.name);
      });
      // Stored files, deduplicated by content.
      const fileMap = new Map<number, number>();
      for (const f of content.files) {
        const s = storeFile(ctx, { bytes: files.get(f.sha256)! }, f.mime);
        stored.push(s);
        fileMap.set(f.id, s.fileId);
      }
      // Rows, table by table, parents first.
      const idMaps = new Map<string, Map<number, number>>();
      idMaps.set('lenders', lenderMap);
      idMaps.set('files', fileMap);
      let clientId = 0;
      let caseRef = '';
      for (const t of CASE_TABLES) {
        const rows = content.tables[t.table];
        if (!rows?.length || !tableExists(db, t.table)) continue;
        const shape = tableShape(db, t.table);
        const map = new Map<number, number>();
        idMaps.set(t.table, map);
        const columns = shape.columns.filter((c) => c !== 'id' && Object.prototype.hasOwnProperty.call(rows[0], c));
        const insert = caseRowInserter(db, t.table, columns);
        for (const source of rows) {
          const row: Row = { ...source };
          for (const fk of shape.foreignKeys) {
            const old = row[fk.column];
            if (old === null || old === undefined) continue;
            if (fk.target === 'template_versions') {
              // Templates are this installation's own: the letter keeps its text, not the link.
              row[fk.column] = null;
              continue;
            }
            const target = idMaps.get(fk.target);
            const mapped = target?.get(Number(old));
            if (mapped === undefined) throw damaged();
            row[fk.column] = mapped;
          }
          if (t.table === 'clients') {
            row['case_ref'] = `importing-${crypto.randomUUID()}`;
            if (idNumberDropped) row['id_number'] = null;
          }
          const rowId = insert(columns.map((c) => row[c] ?? null));
          if (shape.hasId) map.set(Number(source['id']), rowId);
          if (t.table === 'clients') {
            clientId = rowId;
            caseRef = newCaseRef(ctx, clientId);
            setCaseRef(db, clientId, caseRef);
          }
        }
      }
      if (!clientId) throw damaged();
      // The figures saved plans were built on name debts and lenders by id inside their JSON.
      remapClientBases(db, clientId, { debts: idMaps.get('debts') ?? new Map(), lenders: lenderMap, statements: idMaps.get('statements') ?? new Map() });
      // The search index.
      indexClient(db, clientId);
      for (const id of idMaps.get('debts')?.values() ?? []) indexDebt(db, id);
      for (const id of idMaps.get('contacts')?.values() ?? []) indexContact(db, id);
      for (const id of idMaps.get('letters')?.values() ?? []) indexLetter(db, id);
      // A case file from before the ledger: its debts' stored amounts become their opening balances.
      for (const id of debtsWithoutLedger(db, [...(idMaps.get('debts')?.values() ?? [])])) openFromStoredAmounts(db, id, now);
      // The case's history, its ids remapped where the entity is known.
      const byKey = new Map<string, Map<number, number>>();
      for (const [table, map] of idMaps) byKey.set(entityKey(table), map);
      // The rows name their client by its old id: name the new one, so they stay this case's here.
      const ownClient = new RegExp(`"(clientId|client_id)":${content.clientId}(?!\\d)`, 'g');
      const renamed = (json: unknown) => (typeof json === 'string' ? json.replace(ownClient, `"$1":${clientId}`) : null);
      for (const a of content.audit) {
        const map = byKey.get(entityKey(String(a['entity'])));
        const oldId = a['entity_id'];
        const newId = map && typeof oldId === 'string' && /^\d+$/.test(oldId) ? map.get(Number(oldId)) : undefined;
        insertAuditRow(db, {
          at: String(a['at']),
          actor: String(a['actor']),
          entity: String(a['entity']),
          entity_id: newId === undefined ? null : String(newId),
          action: String(a['action']),
          before_json: renamed(a['before_json']),
          after_json: renamed(a['after_json']),
        });
      }
      writeAudit(db, {
        actor,
        at: now,
        entity: 'client',
        entityId: clientId,
        action: 'create',
        after: { importedCase: originalCaseRef, caseRef, exportedAt: manifest.exportedAt, fromVersion: manifest.appVersion, counts, lendersCreated: created.length, idNumberDropped },
      });
      return {
        imported: true,
        clientId,
        caseRef,
        originalCaseRef,
        counts,
        files: content.files.length,
        lendersMatched: matches.filter((m) => m.matchedId !== null),
        lendersCreated: created,
        idNumberDropped,
      };
    })();
  } catch (err) {
    for (const s of stored) discardIfRolledBack(ctx, s);
    if (err instanceof AppError) throw err;
    // A row the database refused (a broken constraint): the file's content is not sound.
    if ((err as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) throw damaged();
    throw err;
  }
}
