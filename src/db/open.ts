import { type Config, SettingError } from '../config.js';
import type { Database, ErrorLog } from './client.js';
import { dialect, dialectOf } from './dialect.js';

/** Opens (and migrates) the database DATABASE_URL names: a SQLite file, or PostgreSQL. */
export async function openDatabase(config: Config, log: ErrorLog): Promise<Database> {
  if (dialectOf(config.databaseUrl) !== dialect) {
    throw new SettingError('DATABASE_URL', `this process was started for ${dialect}; one process serves one kind of database`);
  }
  if (dialect === 'pg') return (await import('./postgres.js')).openPostgres(config, log);
  return (await import('./sqlite.js')).openSqlite(config.databaseUrl, log);
}
