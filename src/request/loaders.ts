import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Column, Table } from '../db/dialect.js';
import type { Db } from '../db/client.js';
import { accounts } from '../modules/accounts/index.js';
import { invites } from '../modules/invites/index.js';
import { memberPermissions, members, people } from '../modules/users/index.js';

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
 * what is committed; a mutation replaces them after its commit (see src/request/context.ts). Each is made
 * on first use (getters on the prototype, so making the set costs nothing): a subscription holds
 * its context for hours and most of them never read a relation.
 */
class RequestLoaders {
  #person?: DataLoader<string, typeof people.$inferSelect | null>;
  #member?: DataLoader<string, typeof members.$inferSelect | null>;
  #account?: DataLoader<string, typeof accounts.$inferSelect | null>;
  #invite?: DataLoader<string, typeof invites.$inferSelect | null>;
  #memberPermissions?: DataLoader<string, string[]>;
  /** The keys loaded so far, by member: read synchronously, so a list's rows need no promise each. */
  #knownPermissions?: Map<string, string[]>;
  /** The caller's rows, as their lookup found them: each loader is primed with them when it is made. */
  #caller?: CallerRows;
  #rows = new Map<Table, DataLoader<string, unknown>>();
  #children = new Map<Column, DataLoader<string, unknown[]>>();

  constructor(private readonly db: Db) {}

  /** Rows of any table by id (check the account with src/request/tenancy.ts before trusting one). */
  row<T extends TableWithId>(table: T): DataLoader<string, T['$inferSelect'] | null> {
    let loader = this.#rows.get(table);
    if (!loader) this.#rows.set(table, (loader = byId(this.db, table)));
    return loader as DataLoader<string, T['$inferSelect'] | null>;
  }

  /** The rows of a table whose `column` holds each key (a parent's children), oldest first. */
  children<T extends Table & { createdAt: Column; id: Column }>(table: T, column: Column): DataLoader<string, T['$inferSelect'][]> {
    let loader = this.#children.get(column);
    if (!loader) {
      loader = new DataLoader<string, unknown[]>(async (keys) => {
        const rows = (await this.db
          .select({ key: column, row: table as Table })
          .from(table as Table)
          .where(inArray(column, [...keys]))
          .orderBy(table.createdAt, table.id)) as Array<{ key: string; row: unknown }>;
        const byKey = new Map<string, unknown[]>(keys.map((key) => [key, []]));
        for (const { key, row } of rows) byKey.get(key)?.push(row);
        return keys.map((key) => byKey.get(key)!);
      });
      this.#children.set(column, loader);
    }
    return loader as DataLoader<string, T['$inferSelect'][]>;
  }

  get person() {
    return (this.#person ??= primed(byId<typeof people.$inferSelect>(this.db, people), this.#caller?.person));
  }

  get member() {
    return (this.#member ??= primed(byId<typeof members.$inferSelect>(this.db, members), this.#caller?.member));
  }

  get account() {
    return (this.#account ??= primed(byId<typeof accounts.$inferSelect>(this.db, accounts), this.#caller?.account));
  }

  get invite() {
    return (this.#invite ??= byId<typeof invites.$inferSelect>(this.db, invites));
  }

  /** The catalog keys each member holds. */
  get memberPermissions() {
    if (this.#memberPermissions) return this.#memberPermissions;
    this.#memberPermissions = new DataLoader<string, string[]>(async (memberIds) => {
      const rows = await this.db
        .select()
        .from(memberPermissions)
        .where(inArray(memberPermissions.memberId, [...memberIds]));
      const byMember = new Map<string, string[]>(memberIds.map((id) => [id, []]));
      for (const row of rows) byMember.get(row.memberId)?.push(row.permissionKey);
      this.#knownPermissions ??= new Map();
      for (const [id, keys] of byMember) this.#knownPermissions.set(id, keys);
      return memberIds.map((id) => byMember.get(id)!);
    });
    if (this.#caller) this.#memberPermissions.prime(this.#caller.member.id, this.#caller.keys);
    return this.#memberPermissions;
  }

  /** The keys of a member this request has already loaded (or the caller's), without waiting; else undefined. */
  knownPermissions(memberId: string): string[] | undefined {
    return this.#caller?.member.id === memberId ? this.#caller.keys : this.#knownPermissions?.get(memberId);
  }

  /**
   * The caller's rows and keys, read from this loaders' database: their User, person and account then
   * cost no statement more. Only kept here until a loader is made, since a stream's re-check (one per
   * subscriber and event) primes them and most never read a relation.
   */
  primeCaller(caller: CallerRows) {
    this.#caller = caller;
  }
}

export interface CallerRows {
  person: typeof people.$inferSelect;
  member: typeof members.$inferSelect;
  account: typeof accounts.$inferSelect;
  keys: string[];
}

function primed<V extends { id: string }>(loader: DataLoader<string, V | null>, row: V | undefined) {
  if (row) loader.prime(row.id, row);
  return loader;
}

export const createLoaders = (db: Db) => new RequestLoaders(db);

export type Loaders = RequestLoaders;
