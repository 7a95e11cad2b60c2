import { type SQL, count } from 'drizzle-orm';
import type { Table } from './dialect.js';
import type { Db } from './client.js';

export async function countRows(db: Db, table: Table, where: SQL | undefined): Promise<number> {
  const [row] = await db.select({ count: count() }).from(table).where(where);
  return row?.count ?? 0;
}
