import { type SQL, and, asc, desc, eq, gt, lt, or } from 'drizzle-orm';
import type { Column } from '../db/dialect.js';
import { badInput } from '../errors.js';

/** Keyset pagination over (createdAt, id): stable while rows are added, no OFFSET scans. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Cursor {
  createdAt: Date;
  id: string;
}

const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 50;

const encodeCursor = (row: Cursor) => Buffer.from(`${row.createdAt.getTime()}:${row.id}`).toString('base64url');

export function pageSize(args: PageArgs): number {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return first;
}

export function decodeCursor(args: PageArgs): Cursor | null {
  if (args.after == null) return null;
  const [time, id] = Buffer.from(args.after, 'base64url').toString().split(':');
  const createdAt = new Date(Number(time));
  if (!id || Number.isNaN(createdAt.getTime())) throw badInput('after', 'after is not a cursor from this list');
  return { createdAt, id };
}

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** `rows` was fetched with one row more than the page size, to learn whether another page follows. */
export function toPage<T extends Cursor>(rows: T[], size: number): Page<T> {
  const nodes = rows.slice(0, size);
  const last = nodes.at(-1);
  return { nodes, hasNextPage: rows.length > size, endCursor: last ? encodeCursor(last) : null };
}

/** The rows after `cursor` in (createdAt, id) order, ascending or descending. */
export function afterCursor(columns: { createdAt: Column; id: Column }, cursor: Cursor | null, direction: 'asc' | 'desc'): SQL | undefined {
  if (!cursor) return undefined;
  const beyond = direction === 'asc' ? gt : lt;
  return or(beyond(columns.createdAt, cursor.createdAt), and(eq(columns.createdAt, cursor.createdAt), beyond(columns.id, cursor.id)));
}

export const orderFor = (columns: { createdAt: Column; id: Column }, direction: 'asc' | 'desc') =>
  direction === 'asc' ? [asc(columns.createdAt), asc(columns.id)] : [desc(columns.createdAt), desc(columns.id)];
