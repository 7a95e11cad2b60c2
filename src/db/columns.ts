import { randomBytes, randomInt } from 'node:crypto';
import { text, timestamp } from './dialect.js';

let lastMs = 0;
let counter = 0;

/**
 * A UUIDv7: 48 bits of milliseconds, a 12-bit counter, 62 random bits. Ids created by this process
 * sort in creation order even within one millisecond, so lists ordered by (createdAt, id) keep the
 * order things happened in; and they reveal nothing about how many records an account has.
 */
export function newId(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = randomInt(0, 0x800);
  } else if (++counter > 0xfff) {
    lastMs += 1;
    counter = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(lastMs, 0, 6);
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export { timestamp };

export const id = () => text('id').primaryKey().$defaultFn(newId);

export const createdAt = () =>
  timestamp('created_at')
    .notNull()
    .$defaultFn(() => new Date());

/** The keys of a described set of values (`{ LOGOUT: 'why…' }`), for a text column's `enum`. */
export const keysOf = <K extends string>(described: Record<K, string>) => Object.keys(described) as [K, ...K[]];
