import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Column, Table } from './db/dialect.js';
import type { Db } from './db/client.js';
import { accounts } from './modules/accounts/tables.js';
import { invites } from './modules/invites/tables.js';
import { memberPermissions, members, people } from './modules/users/tables.js';

type TableWithId = Table & { id: Column };

/** One query per batch of ids; rows come back in the order asked, `null` where there is none. */
function byId<Row extends { id: string }>(db: Db, table: TableWithId) {
  return new DataLoader<string, Row | null>(async (ids) => {
    const rows = (await db
      .select()
      .from(table)
      .where(inArray(table.id, [...ids]))) as Row[];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * Per-request loaders for every relation, so that lists never run a query per row. They read
 * what is committed; a mutation replaces them after its commit (see src/context.ts).
 */
export function createLoaders(db: Db) {
  return {
    person: byId<typeof people.$inferSelect>(db, people),
    member: byId<typeof members.$inferSelect>(db, members),
    account: byId<typeof accounts.$inferSelect>(db, accounts),
    invite: byId<typeof invites.$inferSelect>(db, invites),
    memberPermissions: new DataLoader<string, string[]>(async (memberIds) => {
      const rows = await db
        .select()
        .from(memberPermissions)
        .where(inArray(memberPermissions.memberId, [...memberIds]));
      const byMember = new Map<string, string[]>(memberIds.map((id) => [id, []]));
      for (const row of rows) byMember.get(row.memberId)?.push(row.permissionKey);
      return memberIds.map((id) => byMember.get(id)!);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
