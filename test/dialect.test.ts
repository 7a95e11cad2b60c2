import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dialect, dialectOf } from '../src/db/dialect.js';
import { migrationsFolder } from '../src/lib/paths.js';
import { startServer } from './harness.js';

// One model, two dialects (src/db/dialect.ts): the suite runs once per database, services use only
// what both share (ESLint refuses SQLite-only calls outside src/db/sqlite.ts: eslint.config.js), and
// the two sets of migrations describe the same tables.

describe('one model, two dialects', () => {
  it(`this pass serves ${dialect}, as DATABASE_URL says`, async () => {
    expect(dialect).toBe(dialectOf(process.env.DATABASE_URL ?? ''));
    const server = await startServer();
    try {
      expect(server.roster.app.db.dialect).toBe(dialect);
    } finally {
      await server.close();
    }
  });

  it('the SQLite and PostgreSQL migrations end at the same tables, columns, indexes and foreign keys', () => {
    const latest = (which: 'sqlite' | 'pg') => {
      const meta = join(migrationsFolder(which), 'meta');
      const last = readdirSync(meta)
        .filter((file) => file.endsWith('_snapshot.json'))
        .sort()
        .at(-1)!;
      const snapshot = JSON.parse(readFileSync(join(meta, last), 'utf8'));
      // `.unique()` is a unique index named <table>_<column>_unique on SQLite, a constraint on PostgreSQL.
      const isUniqueColumn = (table: any, index: any) => index.isUnique && index.name === `${table.name}_${index.columns.join('_')}_unique`;
      return Object.fromEntries(
        Object.values<any>(snapshot.tables).map((table) => [
          table.name,
          {
            columns: Object.values<any>(table.columns)
              .map((c) => `${c.name}${c.notNull ? ' not null' : ''}${c.primaryKey ? ' pk' : ''}`)
              .sort(),
            indexes: Object.values<any>(table.indexes)
              .filter((index) => !isUniqueColumn(table, index))
              .map(
                (i) =>
                  `${i.name}(${i.columns.map((c: any) => (typeof c === 'string' ? c : c.expression)).join(',')})${i.isUnique ? ' unique' : ''}`,
              )
              .sort(),
            foreignKeys: Object.values<any>(table.foreignKeys)
              .map((fk) => `${fk.columnsFrom} → ${fk.tableTo}.${fk.columnsTo}`)
              .sort(),
            unique: [
              ...Object.values<any>(table.uniqueConstraints ?? {}).map((u) => u.columns.join(',')),
              ...Object.values<any>(table.columns)
                .filter((c) => c.isUnique)
                .map((c) => c.name),
              ...Object.values<any>(table.indexes)
                .filter((index) => isUniqueColumn(table, index))
                .map((index) => index.columns.join(',')),
            ].sort(),
            primaryKey: Object.values<any>(table.compositePrimaryKeys ?? {}).map((k) => k.columns.join(',')),
          },
        ]),
      );
    };
    expect(latest('pg')).toEqual(latest('sqlite'));
  });
});
