import type { SQL } from 'drizzle-orm';
import { and } from 'drizzle-orm';
import type { Column, Table } from './dialect.js';
import { type PageArgs, type Page, afterCursor, decodeCursor, orderFor, pageSize, toPage } from '../lib/pagination.js';
import type { Db } from './client.js';
import { countRows } from './count.js';

type PagedTable = Table & { createdAt: Column; id: Column };

/** A page of a list, as every paginated field returns it. `totalCount` runs only when asked for. */
export interface CountedPage<T> extends Page<T> {
  totalCount: () => Promise<number>;
}

/** One page of `table`'s rows matching `scope`, in (createdAt, id) order: one query, plus a count if asked. */
export async function paginate<Table extends PagedTable>(
  db: Db,
  table: Table,
  scope: SQL | undefined,
  args: PageArgs,
  direction: 'asc' | 'desc',
): Promise<CountedPage<Table['$inferSelect']>> {
  const size = pageSize(args);
  const rows = (await db
    .select()
    .from(table as Table)
    .where(and(scope, afterCursor(table, decodeCursor(args), direction)))
    .orderBy(...orderFor(table, direction))
    .limit(size + 1)) as Array<Table['$inferSelect'] & { createdAt: Date; id: string }>;
  return { ...toPage(rows, size), totalCount: () => countRows(db, table, scope) };
}
