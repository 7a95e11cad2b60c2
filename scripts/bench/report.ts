// The results table, for the terminal and for BENCHMARKS.md.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';

export type Verdict = 'met' | 'missed' | 'reported' | 'reference' | 'skipped';

export interface Row {
  figure: string;
  roster: string;
  reference: string;
  ratio: string;
  target: string;
  verdict: Verdict;
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Nearest-rank percentile. */
export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
};

export const int = (value: number) => Math.round(value).toLocaleString('en');
export const rps = (value: number) => `${int(value)} req/s`;
export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : int(value)} ms`;

export function environment() {
  const sh = (command: string) => {
    try {
      return execFileSync('sh', ['-c', command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const fdLimit = sh('ulimit -n') || '?';
  // What was measured: the commit, and whether the server's files differed from it.
  const dirty = sh('git status --porcelain -- src drizzle package.json package-lock.json') ? ' with uncommitted changes to src/' : '';
  const commit = `${sh('git rev-parse --short HEAD') || 'unknown'}${dirty}`;
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cpuCount: cpus().length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${osType()} ${release()}`,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    fdLimit,
    commit,
    /** 1-minute load average when the bench started, and (set at the end) when it finished. */
    load: { start: loadavg()[0]!.toFixed(2), end: '' },
  };
}

export function table(rows: Row[]): string {
  const header = ['figure', 'Roster', 'reference', 'ratio', 'target', ''];
  const lines = [header, header.map(() => '---'), ...rows.map((r) => [r.figure, r.roster, r.reference, r.ratio, r.target, r.verdict])];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function markdown(env: ReturnType<typeof environment>, command: string, rows: Row[], notes: string[]): string {
  const met = rows.filter((r) => r.verdict === 'met').length;
  const targets = rows.filter((r) => r.verdict === 'met' || r.verdict === 'missed').length;
  return `# Benchmarks

Written by \`${command}\` (issue 6): Roster against a bare graphql-yoga hello-world from the same
node_modules, on the same machine, alternated round by round. ${met} of ${targets} targets met.

| | |
|---|---|
| Machine | ${env.cpu}, ${env.cpuCount} CPUs, ${env.memory}, ${env.os} |
| Roster commit | ${env.commit} |
| Node | ${env.node} |
| Open files limit | ${env.fdLimit} |
| Load average (1 min) | ${env.load.start} at start, ${env.load.end} at the end (other work on the machine shows here) |
| Date | ${env.date} |
| Command | \`${command}\` |

${table(rows)}

${notes.map((note) => `- ${note}`).join('\n')}

## How to run

\`npm run bench\` (about 18 minutes; rewrites this file) or \`npm run bench -- --quick\` (under two minutes,
prints the table only; it fails only when a server does not start or a request errors, never on a
missed target).
`;
}
