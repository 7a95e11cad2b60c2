// `npm test` after the type-check: the whole suite on SQLite, then again on PostgreSQL with Redis.
//
// The second pass uses ROSTER_TEST_POSTGRES_URL and ROSTER_TEST_REDIS_URL when they are set
// (existing servers; each test server creates a database of its own there), and otherwise starts
// throw-away servers from the machine's PostgreSQL and Redis binaries on free loopback ports, with
// their own data folders, stopped at the end whatever happens. Without either, the pass is skipped
// and says why; under CI (CI=true) a skipped pass fails the run.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ThrowAwayServer, missingServices, startPostgres, startRedis } from './services.js';

interface Pass {
  name: string;
  env: Record<string, string>;
}

interface Services {
  postgresUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

const say = (line: string) => console.log(`\n[npm test] ${line}`);

/** Runs vitest once; returns its counts from the JSON report. */
async function runVitest(pass: Pass): Promise<{ passed: number; failed: number; ok: boolean }> {
  const report = join(mkdtempSync(join(tmpdir(), 'roster-report-')), 'report.json');
  say(`${pass.name}: vitest run`);
  const child = spawn(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { stdio: 'inherit', env: { ...process.env, ...pass.env } },
  );
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  if (!existsSync(report)) return { passed: 0, failed: 0, ok: false };
  const result = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  return { passed: result.numPassedTests, failed: result.numFailedTests, ok: code === 0 };
}

/** Starts a throw-away PostgreSQL and Redis, or says why it cannot. */
async function startServices(): Promise<Services | string> {
  const missing = missingServices();
  if (missing) return missing;
  let postgres: ThrowAwayServer | undefined;
  try {
    postgres = await startPostgres();
    const redis = await startRedis();
    return {
      postgresUrl: postgres.url,
      redisUrl: redis.url,
      stop: async () => void (await Promise.all([postgres!.remove(), redis.remove()])),
    };
  } catch (error) {
    await postgres?.remove();
    return `could not start PostgreSQL and Redis: ${(error as Error).message.split('\n')[0]}`;
  }
}

const results: Array<{ name: string; passed: number; failed: number; ok: boolean }> = [];
results.push({ name: 'SQLite', ...(await runVitest({ name: 'SQLite', env: { DATABASE_URL: '', REDIS_URL: '' } })) });

const existing = process.env.ROSTER_TEST_POSTGRES_URL && process.env.ROSTER_TEST_REDIS_URL;
const services: Services | string = existing
  ? { postgresUrl: process.env.ROSTER_TEST_POSTGRES_URL!, redisUrl: process.env.ROSTER_TEST_REDIS_URL!, stop: async () => {} }
  : await startServices();
let skipped: string | null = null;
if (typeof services === 'string') {
  skipped = services;
} else {
  say(`PostgreSQL + Redis pass: ${existing ? 'existing servers' : 'throw-away servers'} ${services.postgresUrl}, ${services.redisUrl}`);
  // Interrupted, the throw-away servers still stop.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void services.stop().then(() => process.exit(130)));
  }
  try {
    const pass = { name: 'PostgreSQL + Redis', env: { DATABASE_URL: services.postgresUrl, REDIS_URL: services.redisUrl } };
    results.push({ name: pass.name, ...(await runVitest(pass)) });
  } finally {
    await services.stop();
  }
}

for (const result of results) say(`${result.name}: ${result.passed} passed, ${result.failed} failed`);
if (skipped) say(`PostgreSQL + Redis pass skipped: ${skipped}${process.env.CI ? ' (required under CI)' : ''}`);
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(results.every((result) => result.ok) && !(skipped && process.env.CI) ? 0 : 1);
