// Servers as child processes with NODE_ENV=production, and what the bench reads from outside them.
import { type ChildProcess, spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error: plain JavaScript, so that a production install can run it
import { options as buildOptions } from '../build.mjs';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Children still running; killed when the bench exits, however it exits. */
const running = new Set<ChildProcess>();
process.on('exit', () => running.forEach((child) => child.kill('SIGKILL')));

export interface Child {
  url: string;
  pid: number;
  /** Milliseconds from spawn to the line that says it is ready. */
  readyMs: number;
  stop(): Promise<void>;
}

const env = () => ({ ...process.env, NODE_ENV: 'production', PASSWORD_HASH_COST: '10' });

/**
 * Spawns `args` under node and waits for `ready` to recognise a line of its stdout; a child that
 * exits or stays silent first is a failed start. Its stderr (errors only) is passed through.
 */
export function startChild(
  name: string,
  args: string[],
  extraEnv: Record<string, string>,
  ready = parseReady,
  cwd = ROOT,
  logFile?: string,
): Promise<Child> {
  const started = performance.now();
  // With a log file, stdout goes there (as an operator's log collector takes it) and the ready line comes on fd 3.
  const stdio = logFile ? (['ignore', openSync(logFile, 'a'), 'pipe', 'pipe'] as const) : (['ignore', 'pipe', 'pipe'] as const);
  const child = spawn(process.execPath, args, { cwd, env: { ...env(), ...extraEnv }, stdio: [...stdio] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk;
    process.stderr.write(`\n[${name}] ${chunk}`);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(`not ready within 60 s`), 60_000);
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${name} failed to start: ${why}${stderr ? `\n${stderr}` : ''}`));
    };
    child.once('exit', (code) => fail(`exited with ${code}`));
    child.once('error', (error) => fail(error.message));
    createInterface({ input: (logFile ? child.stdio[3] : child.stdout) as NodeJS.ReadableStream }).on('line', (line) => {
      const url = ready(line);
      if (!url) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({ url, pid: child.pid!, readyMs: performance.now() - started, stop: () => stop(child) });
    });
  });
}

const parseReady = (line: string) => {
  try {
    return (JSON.parse(line) as { url?: string }).url ?? null;
  } catch {
    return null;
  }
};

/** SIGTERM, then SIGKILL if it has not exited after 3 s. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

const compiled = new Map<string, Promise<string>>();

/** A bench server compiled as `npm start` compiles Roster: no TypeScript loader at run time. */
function compiledServer(name: 'roster-server' | 'bare-yoga'): Promise<string> {
  const outfile = join(ROOT, 'dist', 'bench', `${name}.js`);
  if (!compiled.has(name)) {
    compiled.set(
      name,
      build({ ...buildOptions, entryPoints: [`scripts/bench/${name}.ts`], outfile, absWorkingDir: ROOT }).then(() => outfile),
    );
  }
  return compiled.get(name)!;
}

/**
 * Roster as `npm start` runs it (its JSON request log on, one line per operation, written to
 * `logFile`), on `databaseUrl` (a SQLite file's `file:` URL or PostgreSQL), with `env` added (REDIS_URL).
 */
export const startRosterChild = async (
  databaseUrl: string,
  logFile: string,
  options: { unchecked?: boolean; env?: Record<string, string> } = {},
) =>
  startChild(
    options.unchecked ? 'roster --unchecked' : 'roster',
    [
      ...(process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []),
      await compiledServer('roster-server'),
      ...(options.unchecked ? ['--unchecked'] : []),
    ],
    { ...options.env, DATABASE_URL: databaseUrl },
    parseReady,
    ROOT,
    logFile,
  );

/** The reference; `bodyPipe: false` serves it with `maxRequestBodySize: false`, as figure 1b measures it. */
export const startBareYoga = async ({ bodyPipe = true } = {}) =>
  startChild(
    bodyPipe ? 'bare yoga' : 'bare yoga --no-body-pipe',
    [await compiledServer('bare-yoga'), ...(bodyPipe ? [] : ['--no-body-pipe'])],
    {},
  );

/**
 * `node dist/main.js` as `npm start` runs it after building, on a free port. It runs in `cwd`
 * (the bench's own folder), so a developer's ./.env cannot change what is measured.
 */
export const startBuiltRoster = (db: string, cwd: string) =>
  startChild(
    'dist/main.js',
    [join(ROOT, 'dist/main.js')],
    { PORT: '0', DATABASE_URL: `file:${db}` },
    (line) => /serving (\S+)/.exec(line)?.[1] ?? null,
    cwd,
  );

/** CPU time (user + system) a process has used so far, in ms, from /proc (clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident set size of a process, in KiB, from /proc. */
export function rssKiB(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]);
}
