// `npm run backup -- <file>` (compiled to dist/tools/backup.js first): an online backup of the SQLite database named by DATABASE_URL (or
// ./data/roster.db), taken while the server runs: SQLite's backup API copies a consistent snapshot
// page by page, never blocking the server's writes for long. PostgreSQL: use pg_dump (docs/operations.md).
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import { loadConfig } from '../src/config.js';
import { dialectOf } from '../src/db/dialect.js';
import { sqlitePath } from '../src/db/sqlite.js';

if (existsSync('.env')) process.loadEnvFile('.env');
const [target] = process.argv.slice(2);
const { databaseUrl } = loadConfig();
if (!target) {
  console.error('Usage: npm run backup -- <backup file>');
  process.exit(2);
}
if (dialectOf(databaseUrl) !== 'sqlite') {
  console.error('DATABASE_URL is PostgreSQL: back it up with pg_dump (see docs/operations.md, "Backup and restore").');
  process.exit(2);
}
if (existsSync(target)) {
  console.error(`${target} exists: choose a new file, so that no backup is overwritten.`);
  process.exit(2);
}
try {
  mkdirSync(dirname(target), { recursive: true });
  const source = new Sqlite(sqlitePath(databaseUrl), { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  // The copy comes in WAL mode, like its source: back to a rollback journal, so that it is one
  // self-contained file, with no -wal or -shm beside it once closed.
  const copy = new Sqlite(target);
  const check = copy.pragma('integrity_check', { simple: true });
  copy.pragma('journal_mode = DELETE');
  copy.close();
  if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${check}`);
  console.log(`Backed up ${sqlitePath(databaseUrl)} to ${target} (integrity ok)`);
} catch (error) {
  // One line, like the server's start-up errors: an operator's problem, not a bug to trace.
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
