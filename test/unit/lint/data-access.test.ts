import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The rule that keeps SQL in electron/main/db/ (eslint.config.js): a capability that
// prepares a statement, runs SQL text, reads a pragma or imports the statement cache is
// refused; repositories and the listed exceptions are not.

const eslint = new ESLint({ cwd: path.resolve(__dirname, '../../..') });

async function dataAccessMessages(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => ({ severity: m.severity, line: m.line }));
}

const SQL_IN_A_HANDLER = `import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
export const a = (db: Db) => db.prepare('SELECT 1').get();
export const b = (db: Db) => db.exec('DELETE FROM clients');
export const c = (db: Db) => db.pragma('user_version');
export const d = (db: Db) => stmt(db, 'SELECT 1').get();
export const e = (s: string) => /^x/.exec(s);
`;

describe('SQL outside electron/main/db/', { timeout: 60_000 }, () => {
  it('is an error in a capability that has moved to repositories', async () => {
    expect(await dataAccessMessages('electron/main/clients/sql.ts', SQL_IN_A_HANDLER)).toEqual([
      { severity: 2, line: 2 },
      { severity: 2, line: 3 },
      { severity: 2, line: 4 },
      { severity: 2, line: 5 },
    ]);
  });

  it('is allowed in a repository and in db/snapshot.ts (whole database files), and nowhere in backup/', async () => {
    expect(await dataAccessMessages('electron/main/db/sql.ts', SQL_IN_A_HANDLER)).toEqual([]);
    expect(await dataAccessMessages('electron/main/db/snapshot.ts', SQL_IN_A_HANDLER)).toEqual([]);
    expect(await dataAccessMessages('electron/main/backup/restore.ts', SQL_IN_A_HANDLER)).toHaveLength(4);
  });
});
