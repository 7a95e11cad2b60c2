import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { drizzle as sqliteDrizzle } from 'drizzle-orm/better-sqlite3';
import { migrate as sqliteMigrate } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle as pgDrizzle } from 'drizzle-orm/node-postgres';
import { migrate as pgMigrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { dialect } from '../src/db/dialect.js';
import { migrationsFolder } from '../src/lib/paths.js';
import { createTestDatabase } from './databases.js';

// Every committed migration, applied to a database that already holds data, loses nothing: for each
// migration after the first, the database is migrated up to just before it, every table is given a
// row (with every column filled and every foreign key pointing at another table's row), and then
// the rest is applied. drizzle-kit's SQLite table rebuilds can silently empty child tables
// (drizzle-orm issue 5782); this is the test that would catch one.

interface Snapshot {
  tables: Record<
    string,
    {
      name: string;
      columns: Record<string, { name: string; type: string }>;
      foreignKeys: Record<string, { tableTo: string; columnsFrom: string[] }>;
    }
  >;
}

const folder = migrationsFolder(dialect);
const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ idx: number; tag: string }> };
const snapshotAt = (idx: number): Snapshot =>
  JSON.parse(readFileSync(join(folder, 'meta', `${String(idx).padStart(4, '0')}_snapshot.json`), 'utf8'));

/** A migrations folder holding only the first `count` migrations. */
function firstMigrations(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'roster-migrations-'));
  mkdirSync(join(dir, 'meta'));
  const entries = journal.entries.slice(0, count);
  for (const entry of entries) cpSync(join(folder, `${entry.tag}.sql`), join(dir, `${entry.tag}.sql`));
  writeFileSync(join(dir, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return dir;
}

/** Tables parents first, so that every foreign key can point at a row that exists. */
function inDependencyOrder(snapshot: Snapshot) {
  const tables = Object.values(snapshot.tables);
  const ordered: typeof tables = [];
  while (ordered.length < tables.length) {
    for (const table of tables) {
      if (ordered.includes(table)) continue;
      const parents = Object.values(table.foreignKeys)
        .map((fk) => fk.tableTo)
        .filter((parent) => parent !== table.name);
      if (parents.every((parent) => ordered.some((t) => t.name === parent))) ordered.push(table);
    }
  }
  return ordered;
}

/** One INSERT per table: ids `row-<table>`, foreign keys to their parent's row, every column set. */
function inserts(snapshot: Snapshot): string[] {
  return inDependencyOrder(snapshot).map((table) => {
    const parentOf = new Map(Object.values(table.foreignKeys).map((fk) => [fk.columnsFrom[0]!, fk.tableTo]));
    const columns = Object.values(table.columns);
    const values = columns.map(({ name, type }) => {
      if (parentOf.has(name)) return `'row-${parentOf.get(name)}'`;
      if (name === 'id' || name === 'token_hash') return `'row-${table.name}'`;
      if (type.startsWith('timestamp')) return 'now()';
      if (type === 'boolean') return 'true';
      if (type === 'integer') return name.endsWith('_at') ? String(Date.now()) : '1';
      if (type === 'jsonb') return `'[]'`;
      if (name === 'status') return `'ACTIVE'`;
      return `'${table.name}-${name}'`;
    });
    return `insert into "${table.name}" (${columns.map((c) => `"${c.name}"`).join(', ')}) values (${values.join(', ')})`;
  });
}

/** Runs raw SQL and applies migrations on a fresh database of the dialect under test. */
interface TestDb {
  exec(sql: string): Promise<unknown>;
  rows(sql: string): Promise<Array<Record<string, unknown>>>;
  count(table: string): Promise<number>;
  migrate(folder: string): Promise<void>;
}

async function withDatabase(work: (db: TestDb) => Promise<void>) {
  const database = await createTestDatabase();
  try {
    if (dialect === 'sqlite') {
      const client = new Sqlite(database.url.replace(/^file:/, ''));
      client.pragma('foreign_keys = ON');
      const db = sqliteDrizzle({ client });
      try {
        await work({
          exec: async (sql) => client.exec(sql),
          rows: async (sql) => client.prepare(sql).all() as Array<Record<string, unknown>>,
          count: async (table) => (client.prepare(`select count(*) as n from "${table}"`).get() as { n: number }).n,
          migrate: async (migrations) => sqliteMigrate(db, { migrationsFolder: migrations }),
        });
      } finally {
        client.close();
      }
    } else {
      const pool = new pg.Pool({ connectionString: database.url, max: 2 });
      const db = pgDrizzle({ client: pool });
      try {
        await work({
          exec: (sql) => pool.query(sql),
          rows: async (sql) => (await pool.query(sql)).rows,
          count: async (table) => Number((await pool.query(`select count(*) as n from "${table}"`)).rows[0].n),
          migrate: (migrations) => pgMigrate(db, { migrationsFolder: migrations }),
        });
      } finally {
        await pool.end();
      }
    }
  } finally {
    await database.drop();
  }
}

/** Migrates to just before the migration `tag`, gives every table a row, lets `prepare` change them, then migrates to the end. */
async function acrossMigration(db: TestDb, tag: string, prepare: () => Promise<void>) {
  const entry = journal.entries.find((e) => e.tag.endsWith(tag))!;
  const before = firstMigrations(entry.idx);
  try {
    await db.migrate(before);
  } finally {
    rmSync(before, { recursive: true, force: true });
  }
  for (const statement of inserts(snapshotAt(entry.idx - 1))) await db.exec(statement);
  await prepare();
  await db.migrate(folder);
}

describe(`${dialect} migrations`, () => {
  it('apply from scratch', async () => {
    await withDatabase((db) => db.migrate(folder));
  });

  it('account_created_subject makes existing ACCOUNT_CREATED entries about their account, and leaves the others', async () => {
    await withDatabase(async (db) => {
      await acrossMigration(db, '_account_created_subject', async () => {
        // Another entry about the same member, then the row made an ACCOUNT_CREATED as it used to be written.
        await db.exec(`insert into "audit_log" ("id", "account_id", "action", "subject_type", "subject_id", "created_at")
          select 'row-other', "account_id", 'PERMISSIONS_CHANGED', 'User', 'row-members', "created_at" from "audit_log"`);
        await db.exec(
          `update "audit_log" set "action" = 'ACCOUNT_CREATED', "subject_type" = 'Account', "subject_id" = 'row-members' where "id" = 'row-audit_log'`,
        );
      });
      expect(await db.rows(`select "id", "subject_id" from "audit_log" order by "id"`)).toEqual([
        { id: 'row-audit_log', subject_id: 'row-accounts' },
        { id: 'row-other', subject_id: 'row-members' },
      ]);
    });
  });

  for (const entry of journal.entries.slice(1)) {
    it(`${entry.tag} keeps every row of a database that holds data`, async () => {
      await withDatabase(async (db) => {
        await acrossMigration(db, entry.tag, async () => {});
        for (const table of Object.values(snapshotAt(entry.idx - 1).tables)) expect(await db.count(table.name), table.name).toBe(1);
      });
    });
  }

  it('order_retailer_discount: orders placed before it keep no retailer discount; drafts follow their retailer', async () => {
    const entry = journal.entries.find((migration) => migration.tag.endsWith('_order_retailer_discount'))!;
    await withDatabase(async (db) => {
      await acrossMigration(db, entry.tag, async () => {
        const orders = Object.values(snapshotAt(entry.idx - 1).tables).find((table) => table.name === 'orders')!;
        const columns = Object.values(orders.columns).map(({ name }) => name);
        const copied = columns.map((name) => (name === 'id' ? `'row-draft'` : name === 'status' ? `'DRAFT'` : `"${name}"`));
        await db.exec(`update "orders" set "status" = 'SUBMITTED'`);
        await db.exec(`insert into "orders" (${columns.map((name) => `"${name}"`).join(', ')}) select ${copied.join(', ')} from "orders"`);
      });
      expect(await db.rows(`select "id", "retailer_discount_percent" as "percent" from "orders" order by "id"`)).toEqual([
        { id: 'row-draft', percent: null },
        { id: 'row-orders', percent: 0 },
      ]);
    });
  });
});
