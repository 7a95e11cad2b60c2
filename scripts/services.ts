// Throw-away PostgreSQL and Redis servers from the machine's own binaries, on free loopback ports
// with data folders of their own: `npm test` runs its second pass on them, and the outage tests
// stop and start their own while Roster runs on them (test/outages.test.ts).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowAwayServer {
  readonly url: string;
  /** Stops the server (PostgreSQL: `pg_ctl -m fast`, its clients' connections ended); its data stays. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops it, and removes its data. */
  remove(): Promise<void>;
}

export function freePort(): Promise<number> {
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

/** Why no throw-away servers can be started here, or null when they can. */
export function missingServices(): string | null {
  const bin = postgresBin();
  if (!bin || !existsSync(join(bin, 'initdb'))) return 'no PostgreSQL server binaries (initdb) on this machine';
  if (!onPath('redis-server')) return 'no redis-server on this machine';
  return null;
}

export async function waitForPort(port: number, attempts = 200) {
  for (let attempt = 0; attempt < attempts; attempt++) {
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

/** A new PostgreSQL cluster (initdb) on a free port, trust authentication, fsync off; `url` names its `postgres` database. */
export async function startPostgres(): Promise<ThrowAwayServer> {
  const bin = postgresBin()!;
  const dir = mkdtempSync(join(tmpdir(), 'roster-postgres-'));
  chmodSync(dir, 0o777);
  // PostgreSQL refuses to run as root: as root, run it as the postgres user.
  const asUser = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  const run = (command: string, args: string[]) => {
    const [file, ...rest] = [...asUser, join(bin, command), ...args];
    execFileSync(file!, rest, { stdio: 'pipe' });
  };
  const port = await freePort();
  const data = join(dir, 'data');
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c max_connections=300`;
  const start = async () => run('pg_ctl', ['-D', data, '-o', options, '-w', '-l', join(dir, 'postgres.log'), 'start']);
  const stop = async () => {
    try {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } catch {
      // not running
    }
  };
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
    await start();
  } catch (error) {
    await stop();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A Redis server on a free port that keeps nothing on disk. */
export async function startRedis(): Promise<ThrowAwayServer> {
  const port = await freePort();
  let redis: ChildProcess | undefined;
  const start = async () => {
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitForPort(port);
  };
  const stop = async () => {
    const running = redis;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop, remove: stop };
}
