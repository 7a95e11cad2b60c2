import { randomUUID } from 'node:crypto';
import { integer, text } from 'drizzle-orm/sqlite-core';

/** Random, unguessable primary keys: ids never reveal how many records another account has. */
export const id = () =>
  text('id')
    .primaryKey()
    .$defaultFn(() => randomUUID());

/** Milliseconds since the epoch, read as a Date. */
export const timestamp = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const createdAt = () =>
  timestamp('created_at')
    .notNull()
    .$defaultFn(() => new Date());
