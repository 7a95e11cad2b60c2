// PostgreSQL and Redis for the benchmark's multi-instance figures: the servers BENCH_POSTGRES_URL and
// BENCH_REDIS_URL name, or throw-away ones from this machine's binaries (scripts/services.ts, as
// `npm test` starts them); a database of the bench's own, dropped at the end.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { missingServices, startPostgres, startRedis } from '../services.js';

export interface PostgresAndRedis {
  /** The bench's own database. */
  databaseUrl: string;
  redisUrl: string;
  /** What was measured on, for the notes. */
  description: string;
  /** Drops the database; stops throw-away servers. */
  stop(): Promise<void>;
}

/** The servers, or why there are none (the PostgreSQL figures are then reported as skipped). */
export async function postgresAndRedis(): Promise<PostgresAndRedis | string> {
  const given = process.env.BENCH_POSTGRES_URL && process.env.BENCH_REDIS_URL;
  let stopServers = async () => {};
  let adminUrl: string;
  let redisUrl: string;
  let description: string;
  if (given) {
    adminUrl = process.env.BENCH_POSTGRES_URL!;
    redisUrl = process.env.BENCH_REDIS_URL!;
    description = 'the servers BENCH_POSTGRES_URL and BENCH_REDIS_URL name';
  } else {
    const missing = missingServices();
    if (missing) return `${missing} (or set BENCH_POSTGRES_URL and BENCH_REDIS_URL)`;
    const postgres = await startPostgres();
    const redis = await startRedis().catch(async (error) => {
      await postgres.remove();
      throw error;
    });
    stopServers = async () => void (await Promise.all([postgres.remove(), redis.remove()]));
    adminUrl = postgres.url;
    redisUrl = redis.url;
    description = "throw-away PostgreSQL (fsync off) and Redis servers started from this machine's binaries";
  }
  const name = `roster_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  try {
    await admin(adminUrl, `create database ${name}`);
  } catch (error) {
    await stopServers();
    return `PostgreSQL at ${adminUrl} refused a new database: ${(error as Error).message}`;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    redisUrl,
    description,
    stop: async () => {
      await admin(adminUrl, `drop database if exists ${name} with (force)`).catch(() => {});
      await stopServers();
    },
  };
}

async function admin(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
