// `npm test` after the type-check: the whole suite on SQLite, then again on PostgreSQL with Redis.
//
// The second pass uses ROSTER_TEST_POSTGRES_URL and ROSTER_TEST_REDIS_URL when they are set
// (existing servers; each test server creates a database of its own there), and otherwise starts
// throw-away servers from the machine's PostgreSQL and Redis binaries on free loopback ports, with
// their own data folders, stopped at the end whatever happens. Without either, the pass is skipped
// and says why; under CI (CI=true) a skipped pass fails the run.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The folder of PostgreSQL's server binaries (initdb, pg_ctl), if this machine has them. */
function postgresBin(): string | null {
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    const root = '/usr/lib/postgresql';
    const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
    return versions.length > 0 ? join(root, versions[0]!, 'bin') : null;
  }
}

const onPath = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Starts a throw-away PostgreSQL and Redis on free loopback ports, or says why it cannot. */
async function startServices(): Promise<Services | string> {
  const bin = postgresBin();
  if (!bin || !existsSync(join(bin, 'initdb'))) return 'no PostgreSQL server binaries (initdb) on this machine';
  if (!onPath('redis-server')) return 'no redis-server on this machine';
  const dir = mkdtempSync(join(tmpdir(), 'roster-services-'));
  chmodSync(dir, 0o777);
  // PostgreSQL refuses to run as root: as root, run it as the postgres user.
  const asUser = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const run = (command: string, args: string[]) => {
    const [file, ...rest] = [...asUser, command, ...args];
    execFileSync(file!, rest, { stdio: 'pipe' });
  };
  const pgPort = await freePort();
  const data = join(dir, 'pg');
  let redis: ChildProcess | undefined;
  const stop = async () => {
    redis?.kill();
    try {
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
    } catch {
      // not running
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    const options = `-p ${pgPort} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c max_connections=300`;
    run(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-w', '-l', join(dir, 'pg.log'), 'start']);
    const redisPort = await freePort();
    redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await waitForPort(redisPort);
    return {
      postgresUrl: `postgres://postgres@127.0.0.1:${pgPort}/postgres`,
      redisUrl: `redis://127.0.0.1:${redisPort}`,
      stop,
    };
  } catch (error) {
    await stop();
    return `could not start PostgreSQL and Redis: ${(error as Error).message.split('\n')[0]}`;
  }
}

async function waitForPort(port: number) {
  for (let attempt = 0; attempt < 100; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nothing listens on port ${port}`);
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
