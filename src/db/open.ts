import { type Config, SettingError } from '../config.js';
import type { Tracing } from '../observability/tracing.js';
import type { Database, ErrorLog } from './client.js';
import { tracedTransactions } from './traced.js';
import { dialect, dialectOf } from './dialect.js';

/** Opens (and migrates) the database DATABASE_URL names: a SQLite file, or PostgreSQL. */
export async function openDatabase(config: Config, log: ErrorLog, tracing: Tracing): Promise<Database> {
  if (dialectOf(config.databaseUrl) !== dialect) {
    throw new SettingError('DATABASE_URL', `this process was started for ${dialect}; one process serves one kind of database`);
  }
  const db =
    dialect === 'pg'
      ? await (await import('./postgres.js')).openPostgres(config, log, tracing)
      : (await import('./sqlite.js')).openSqlite(config.databaseUrl, log, tracing);
  return tracedTransactions(db, tracing);
}
