// One fresh process: load the database module, open and key the database, read once.
// Prints {"loadMs":…, "openMs":…}. Run by native.ts (node --import tsx).
import { createRequire } from 'node:module';

const [file, keyHex] = process.argv.slice(2) as [string, string];
const t0 = performance.now();
createRequire(import.meta.url)('better-sqlite3-multiple-ciphers');
const t1 = performance.now();
const { openDatabase } = await import('../../electron/main/db/connection');
const t2 = performance.now();
const db = openDatabase(file, Buffer.from(keyHex, 'hex'));
db.prepare('SELECT count(*) FROM clients').get();
const t3 = performance.now();
db.close();
process.stdout.write(JSON.stringify({ loadMs: t1 - t0, openMs: t3 - t2 }));
