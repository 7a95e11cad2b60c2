// `npm test` after the type-check: the whole suite on SQLite, and again on PostgreSQL with Redis.
//
// The second pass uses ROSTER_TEST_POSTGRES_URL and ROSTER_TEST_REDIS_URL when they are set
// (existing servers; each test server creates a database of its own there), and otherwise starts
// throw-away servers from the machine's PostgreSQL and Redis binaries on free loopback ports, with
// their own data folders, stopped at the end whatever happens. Without either, the pass is skipped
// and says why; under CI (CI=true) a skipped pass fails the run.
//
// When both passes can run, they run side by side: first every project but `alone` of both passes
// at once (the SQLite pass's output streams; the PostgreSQL pass's goes to a log file, printed when
// the SQLite part ends), then the `alone` projects' heavy files, SQLite's and then PostgreSQL's, one
// pass at a time, so that they never load the machine together (vitest.config.ts). `--serial` (or
// ROSTER_TEST_SERIAL=1) keeps the old order: the whole SQLite pass, then the whole second pass.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
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

interface Counts {
  passed: number;
  failed: number;
  ok: boolean;
}

const say = (line: string) => console.log(`\n[npm test] ${line}`);
const serial = process.argv.includes('--serial') || ['1', 'true'].includes(process.env.ROSTER_TEST_SERIAL ?? '');
/** The heavy files' project, run on its own after the rest in the parallel mode (vitest.config.ts). */
const ALONE = 'alone';
/** The JSON reports and the second pass's log, removed at the end (the log is printed by then). */
const scratch = mkdtempSync(join(tmpdir(), 'roster-npm-test-'));
const children = new Set<ChildProcess>();

/**
 * Runs vitest once, on `projects` (every project when none), its output on this terminal or, with
 * `log`, into that file; returns its counts from the JSON report.
 */
async function runVitest(pass: Pass, part: string, projects: string[] = [], log?: string): Promise<Counts> {
  const report = join(scratch, `${pass.name}-${part}.json`.replace(/[^\w.-]+/g, '-'));
  say(`${pass.name}: vitest run${projects.map((project) => ` --project ${project}`).join('')}${log ? ` (output in ${log})` : ''}`);
  const output = log ? openSync(log, 'a') : 'inherit';
  const child = spawn(
    process.execPath,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      ...projects.map((project) => `--project=${project}`),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    {
      stdio: ['ignore', output, output],
      // The log keeps the colours the terminal would have shown, for when it is printed there.
      env: { ...process.env, ...(log && process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}), ...pass.env },
    },
  );
  children.add(child);
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  children.delete(child);
  if (typeof output === 'number') closeSync(output);
  if (!existsSync(report)) return { passed: 0, failed: 0, ok: false };
  const result = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  return { passed: result.numPassedTests, failed: result.numFailedTests, ok: code === 0 };
}

const sum = (parts: Counts[]): Counts => ({
  passed: parts.reduce((total, part) => total + part.passed, 0),
  failed: parts.reduce((total, part) => total + part.failed, 0),
  ok: parts.every((part) => part.ok),
});

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

let running: Services | undefined;
// Interrupted, vitest stops (the terminal interrupts it too) and the throw-away servers still stop.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of children) child.kill(signal);
    void (running?.stop() ?? Promise.resolve()).then(() => {
      rmSync(scratch, { recursive: true, force: true });
      process.exit(130);
    });
  });
}

/** The PostgreSQL + Redis pass's servers: existing ones, or throw-away ones. */
async function services(): Promise<Services | string> {
  const existing = process.env.ROSTER_TEST_POSTGRES_URL && process.env.ROSTER_TEST_REDIS_URL;
  const found: Services | string = existing
    ? { postgresUrl: process.env.ROSTER_TEST_POSTGRES_URL!, redisUrl: process.env.ROSTER_TEST_REDIS_URL!, stop: async () => {} }
    : await startServices();
  if (typeof found !== 'string') {
    running = found;
    say(`PostgreSQL + Redis pass: ${existing ? 'existing servers' : 'throw-away servers'} ${found.postgresUrl}, ${found.redisUrl}`);
  }
  return found;
}

const sqlite: Pass = { name: 'SQLite', env: { DATABASE_URL: '', REDIS_URL: '' } };
const postgresPass = (found: Services): Pass => ({
  name: 'PostgreSQL + Redis',
  env: { DATABASE_URL: found.postgresUrl, REDIS_URL: found.redisUrl },
});

const results: Array<{ name: string } & Counts> = [];
let skipped: string | null = null;

if (serial) {
  // The old order: the whole SQLite pass, then the whole second pass, each streaming its output.
  results.push({ name: sqlite.name, ...(await runVitest(sqlite, 'all')) });
  const found = await services();
  if (typeof found === 'string') {
    skipped = found;
  } else {
    try {
      const pass = postgresPass(found);
      results.push({ name: pass.name, ...(await runVitest(pass, 'all')) });
    } finally {
      await found.stop();
    }
  }
} else {
  // The SQLite pass starts at once; the servers of the second start meanwhile.
  const sqliteRest = runVitest(sqlite, 'rest', [`!${ALONE}`]);
  const found = await services();
  if (typeof found === 'string') {
    skipped = found;
    const rest = await sqliteRest;
    results.push({ name: sqlite.name, ...sum([rest, await runVitest(sqlite, ALONE, [ALONE])]) });
  } else {
    try {
      const pass = postgresPass(found);
      const log = join(scratch, 'postgres-redis.log');
      const [rest, postgresRest] = await Promise.all([sqliteRest, runVitest(pass, 'rest', [`!${ALONE}`], log)]);
      say(`${pass.name}: the output of its vitest run --project !${ALONE}, from ${log}`);
      process.stdout.write(readFileSync(log, 'utf8'));
      // The heavy files, one pass at a time.
      const sqliteAlone = await runVitest(sqlite, ALONE, [ALONE]);
      const postgresAlone = await runVitest(pass, ALONE, [ALONE]);
      results.push({ name: sqlite.name, ...sum([rest, sqliteAlone]) });
      results.push({ name: pass.name, ...sum([postgresRest, postgresAlone]) });
    } finally {
      await found.stop();
    }
  }
}

for (const result of results) say(`${result.name}: ${result.passed} passed, ${result.failed} failed`);
if (skipped) say(`PostgreSQL + Redis pass skipped: ${skipped}${process.env.CI ? ' (required under CI)' : ''}`);
const passed = results.reduce((total, result) => total + result.passed, 0);
const failed = results.reduce((total, result) => total + result.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
rmSync(scratch, { recursive: true, force: true });
process.exit(results.every((result) => result.ok) && !(skipped && process.env.CI) ? 0 : 1);
