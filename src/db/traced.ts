import type { Tracing } from '../observability/tracing.js';
import type { Database } from './client.js';

/** A statement's span: named by its first keyword, carrying its text (parameters are never recorded). */
const spanOf = (system: string, sql: string) => ({
  name: `db ${/^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? 'SQL'}`,
  options: { attributes: { 'db.system.name': system, 'db.query.text': sql }, withinTrace: true },
});

/** Running a SQLite statement: better-sqlite3 runs it synchronously, within these calls. */
const RUNS = new Set(['run', 'get', 'all', 'iterate']);
/** Modes that return the statement itself, switched per call by drizzle. */
const MODES = new Set(['raw', 'pluck', 'expand', 'safeIntegers']);

/** A better-sqlite3 statement whose every run is a span (only made while tracing is on). */
export function tracedSqliteStatement<S extends object>(statement: S, sql: string, tracing: Tracing): S {
  const { name, options } = spanOf('sqlite', sql);
  const traced: S = new Proxy(statement, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (MODES.has(property as string)) return (...args: unknown[]) => (value.apply(target, args), traced);
      if (RUNS.has(property as string)) return (...args: unknown[]) => tracing.inSpan(name, () => value.apply(target, args), options);
      return value.bind(target);
    },
  });
  return traced;
}

type Query = (...args: any[]) => any;

/** node-postgres's `client.query`, with a span per statement, however it reports (promise or callback). */
export function tracedPgQuery(query: Query, tracing: Tracing): Query {
  return (...args: any[]) => {
    const sql = typeof args[0] === 'string' ? args[0] : String(args[0]?.text ?? '');
    const { name, options } = spanOf('postgresql', sql);
    const span = tracing.startSpan(name, options);
    const end = (error?: unknown) => {
      if (error) span.recordException(error as Error);
      span.end();
    };
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last];
      args[last] = (error: unknown, result: unknown) => {
        end(error);
        callback(error, result);
      };
      return query(...args);
    }
    const result = query(...args);
    if (result && typeof result.then === 'function') {
      return result.then(
        (value: unknown) => (end(), value),
        (error: unknown) => {
          end(error);
          throw error;
        },
      );
    }
    end();
    return result;
  };
}

/** While tracing, each write transaction is a span (its wait for the write lock included), its statements within it. */
export const tracedTransactions = (db: Database, tracing: Tracing): Database =>
  tracing.enabled
    ? { ...db, transaction: (work) => tracing.inSpan('db transaction', () => db.transaction(work), { withinTrace: true }) }
    : db;
