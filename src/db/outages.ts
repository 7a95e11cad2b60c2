import { GraphQLError } from 'graphql';
import { RosterError, unavailable } from '../errors.js';

/**
 * PostgreSQL's SQLSTATEs that say the database did not answer, not that the request was wrong:
 * connection exceptions (08), insufficient resources (53), operator intervention (57: a statement
 * timeout, a shutdown, a terminated backend), a lock not available in time, a serialization failure
 * or a deadlock (the transaction was rolled back and may simply be sent again).
 */
const PG_CLASSES = new Set(['08', '53', '57']);
const PG_CODES = new Set(['55P03', '40001', '40P01']);
/** SQLite: the file is locked by another process past busy_timeout, the disk is full, or it cannot be read. */
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|PROTOCOL|NOMEM)/;
/** The network, under node-postgres. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** node-postgres's own words when a connection is gone, not yet made in time, or its pool is closing. */
const PG_CLIENT_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Query read timeout|Cannot use a pool after calling end)/;

function isDatabaseOutage(error: Error & { code?: unknown }): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  return (
    PG_CLASSES.has(code.slice(0, 2)) ||
    PG_CODES.has(code) ||
    SQLITE_CODES.test(code) ||
    NETWORK_CODES.has(code) ||
    PG_CLIENT_MESSAGES.test(error.message)
  );
}

/** Errors behind `error` (drizzle wraps the driver's in `cause`; graphql-js in `originalError`). */
function* chain(error: unknown): Generator<Error> {
  for (let at = error, depth = 0; at instanceof Error && depth < 5; depth++) {
    yield at;
    at = at instanceof GraphQLError && at.originalError ? at.originalError : at.cause;
  }
}

/** A database failure, told as UNAVAILABLE: the request was fine and may be sent again; null for anything else. */
export function asDatabaseOutage(error: unknown): RosterError | null {
  for (const link of chain(error)) {
    if (link instanceof RosterError) return null;
    if (isDatabaseOutage(link)) {
      const timedOut = (link as { code?: string }).code === '57014';
      return unavailable(
        'DATABASE',
        timedOut ? 'The database took too long to answer: try again shortly' : 'The database is not answering: try again shortly',
        2,
        link,
      );
    }
  }
  return null;
}
