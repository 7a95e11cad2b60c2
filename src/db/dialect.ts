import { type SQL, sql } from 'drizzle-orm';
import * as pg from 'drizzle-orm/pg-core';
import * as sqlite from 'drizzle-orm/sqlite-core';

/**
 * One model, two dialects. Every table is declared once, with the builders below; they are
 * SQLite's or PostgreSQL's depending on the database this process serves, chosen once from
 * DATABASE_URL (`postgres://…` or `postgresql://…` is PostgreSQL; anything else is a SQLite file).
 *
 * The builders are typed as SQLite's, so services compile against one API. They are written
 * against what both dialects share (awaited queries returning arrays, `.returning()`, `.limit()`);
 * SQLite-only calls (`.get()`, `.all()`, `.run()`) are refused by ESLint outside src/db/sqlite.ts
 * (eslint.config.js), and the whole suite runs on both databases.
 */
export type Dialect = 'sqlite' | 'pg';

export const dialectOf = (databaseUrl: string): Dialect => (/^postgres(ql)?:\/\//i.test(databaseUrl) ? 'pg' : 'sqlite');

export const dialect: Dialect = dialectOf(process.env.DATABASE_URL ?? '');

const onPg = dialect === 'pg';
const as = <T>(value: unknown) => value as T;

export const table = as<typeof sqlite.sqliteTable>(onPg ? pg.pgTable : sqlite.sqliteTable);
export const index = as<typeof sqlite.index>(onPg ? pg.index : sqlite.index);
export const uniqueIndex = as<typeof sqlite.uniqueIndex>(onPg ? pg.uniqueIndex : sqlite.uniqueIndex);
export const primaryKey = as<typeof sqlite.primaryKey>(onPg ? pg.primaryKey : sqlite.primaryKey);

export const text = as<typeof sqlite.text>(onPg ? pg.text : sqlite.text);

export const integer = (name: string) => as<ReturnType<typeof sqlite.integer>>(onPg ? pg.integer(name) : sqlite.integer(name));

export const boolean = (name: string) =>
  onPg ? as<ReturnType<typeof sqlite.integer<'boolean'>>>(pg.boolean(name)) : sqlite.integer(name, { mode: 'boolean' });

/** A point in time, read as a Date: milliseconds on SQLite, `timestamptz(3)` on PostgreSQL. */
export const timestamp = (name: string) =>
  onPg
    ? as<ReturnType<typeof sqlite.integer<'timestamp_ms'>>>(pg.timestamp(name, { withTimezone: true, precision: 3, mode: 'date' }))
    : sqlite.integer(name, { mode: 'timestamp_ms' });

/** Any JSON value: text on SQLite, `jsonb` on PostgreSQL. */
export const json = <T>(name: string) => {
  const column = sqlite.text(name, { mode: 'json' });
  return (onPg ? as<typeof column>(pg.jsonb(name)) : column).$type<T>();
};

/**
 * Prepares a query once per connection: SQLite compiles it, PostgreSQL keeps it as a named
 * server-side statement. Run it with `.execute(placeholderValues)`, which both dialects have.
 */
export function prepare<Query extends { prepare(): unknown }>(query: Query, name: string): ReturnType<Query['prepare']> {
  return (onPg ? (query.prepare as (name: string) => unknown)(name) : query.prepare()) as ReturnType<Query['prepare']>;
}

/** The values of `column` over a group (or a subquery), joined by commas; null when there are none. */
export const commaJoined = (column: sqlite.SQLiteColumn): SQL<string | null> =>
  onPg ? sql<string | null>`string_agg(${column}, ',')` : sql<string | null>`group_concat(${column}, ',')`;

export type Table = sqlite.SQLiteTable;
export type Column = sqlite.SQLiteColumn;
