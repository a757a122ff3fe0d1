import { LETTER_TYPES, Body, type LetterType, type TemplateDetail, type TemplateSummary } from '../../../shared/schemas/letters';
import { LOCALES, type Locale } from '../../../shared/schemas/common';
import { notFound } from '../errors';
import type { Db } from './connection';
import { readJson } from './json';
import { stmt } from './statements';

// Letter templates (one per type and language) and their versions. A version's body is
// JSON, checked against the letter Body schema when read.

export interface TemplateRow {
  id: number;
  type: LetterType;
  locale: Locale;
  current_version: number;
  is_default: number;
  rev: number;
  created_at: string;
  updated_at: string;
}

export interface VersionRow {
  id: number;
  template_id: number;
  version: number;
  name: string;
  title: string;
  body_json: string;
  created_at: string;
  created_by: string;
}

export function templateCount(db: Db): number {
  return (stmt(db, `SELECT count(*) AS n FROM letter_templates`).get() as { n: number }).n;
}

export function templateExists(db: Db, type: LetterType, locale: Locale): boolean {
  return stmt(db, `SELECT 1 FROM letter_templates WHERE type = ? AND locale = ?`).get(type, locale) !== undefined;
}

/** A template at version 1 (the caller adds the version). */
export function insertTemplate(db: Db, type: LetterType, locale: Locale, isDefault: boolean, at: string): number {
  return Number(
    stmt(db, `INSERT INTO letter_templates (type, locale, current_version, is_default, rev, created_at, updated_at) VALUES (?, ?, 1, ?, 1, ?, ?)`).run(type, locale, isDefault ? 1 : 0, at, at)
      .lastInsertRowid,
  );
}

export function insertVersion(db: Db, templateId: number, version: number, name: string, title: string, body: Body, at: string, by: string): number {
  return Number(
    stmt(db, `INSERT INTO template_versions (template_id, version, name, title, body_json, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
      templateId,
      version,
      name,
      title,
      JSON.stringify(body),
      at,
      by,
    ).lastInsertRowid,
  );
}

export function setCurrentVersion(db: Db, id: number, version: number, isDefault: boolean, at: string): void {
  stmt(db, `UPDATE letter_templates SET current_version = ?, is_default = ?, rev = rev + 1, updated_at = ? WHERE id = ?`).run(version, isDefault ? 1 : 0, at, id);
}

/** A version's body, checked. */
export const versionBody = (v: Pick<VersionRow, 'body_json'>): Body => readJson(Body, v.body_json, 'template_versions.body_json');

export function templateRow(db: Db, id: number): TemplateRow {
  const row = stmt(db, `SELECT * FROM letter_templates WHERE id = ?`).get(id) as TemplateRow | undefined;
  if (!row) throw notFound();
  return row;
}

/** The templates whose current version is the built-in text (never changed, or restored). */
export function defaultTemplateRows(db: Db): TemplateRow[] {
  return stmt(db, `SELECT * FROM letter_templates WHERE is_default = 1 ORDER BY id`).all() as TemplateRow[];
}

export function templateFor(db: Db, type: LetterType, locale: Locale): TemplateRow {
  const row = stmt(db, `SELECT * FROM letter_templates WHERE type = ? AND locale = ?`).get(type, locale) as TemplateRow | undefined;
  if (!row) throw notFound();
  return row;
}

export function versionRow(db: Db, templateId: number, version: number): VersionRow {
  const row = stmt(db, `SELECT * FROM template_versions WHERE template_id = ? AND version = ?`).get(templateId, version) as VersionRow | undefined;
  if (!row) throw notFound();
  return row;
}

function summary(row: TemplateRow, v: VersionRow): TemplateSummary {
  return {
    id: row.id,
    type: row.type,
    locale: row.locale,
    name: v.name,
    title: v.title,
    currentVersion: row.current_version,
    isDefault: row.is_default === 1,
    rev: row.rev,
    updatedAt: row.updated_at,
  };
}

export function listTemplates(db: Db, filter: { type?: LetterType; locale?: Locale } = {}): TemplateSummary[] {
  const rows = stmt(
    db,
    `SELECT t.*, v.id AS v_id, v.template_id, v.version, v.name, v.title, v.body_json, v.created_at AS v_created_at, v.created_by
     FROM letter_templates t JOIN template_versions v ON v.template_id = t.id AND v.version = t.current_version
     WHERE (? IS NULL OR t.type = ?) AND (? IS NULL OR t.locale = ?)`,
  ).all(filter.type ?? null, filter.type ?? null, filter.locale ?? null, filter.locale ?? null) as (TemplateRow & VersionRow & { v_id: number; v_created_at: string })[];
  const order = (t: LetterType) => LETTER_TYPES.indexOf(t);
  return rows
    .map((r) => summary(r, { ...r, id: r.v_id, created_at: r.v_created_at }))
    .sort((a, b) => order(a.type) - order(b.type) || LOCALES.indexOf(a.locale) - LOCALES.indexOf(b.locale));
}

export function templateDetail(db: Db, id: number, version?: number): TemplateDetail {
  const row = templateRow(db, id);
  const v = versionRow(db, id, version ?? row.current_version);
  const versions = (stmt(db, `SELECT id, version, name, title, created_at, created_by FROM template_versions WHERE template_id = ? ORDER BY version DESC`).all(id) as VersionRow[]).map(
    (x) => ({ id: x.id, version: x.version, name: x.name, title: x.title, createdAt: x.created_at, createdBy: x.created_by }),
  );
  return { ...summary(row, v), versionId: v.id, body: versionBody(v), versions };
}

