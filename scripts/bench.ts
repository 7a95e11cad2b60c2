// `npm run bench [-- --quick]` (issue 6): Roster against a bare graphql-yoga hello-world from the
// same node_modules, alternated round by round; prints the table and (full mode) writes BENCHMARKS.md.
import './bench/sqlite-only.js';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fanOut } from './bench/fanout.js';
import { type Length, type Load, type Measured, graphql, measure } from './bench/load.js';
import { type Row, environment, int, markdown, median, ms, percentile, rps, table } from './bench/report.js';
import { ADMIN_TOKEN, type Seeded, memberToken, seed, seedInChild } from './bench/seed.js';
import { type Child, ROOT, cpuMs, startBareYoga, startBuiltRoster, startRosterChild } from './bench/servers.js';
import { statementsPerRequest } from './bench/statements.js';
import { buildOrder, isWholeOrder, orderQuery, orderStatements } from './bench/order.js';
import { postgresAndRedis } from './bench/postgres.js';

const quick = process.argv.includes('--quick');
const command = `npm run bench${quick ? ' -- --quick' : ''}`;
// The account of figures 2-7 has 1,000 members (a large B2B account); full mode also lists users on
// one of 100,000, the size start-up is measured with. Fan-out seeds as many members as subscribers.
const plan = quick
  ? {
      rounds: 1,
      round: { seconds: 1 },
      warmup: { seconds: 1 },
      fanout: [200],
      // PostgreSQL + Redis: subscribers per instance, two instances.
      postgresFanout: 100,
      trials: 1,
      starts: 3,
      largeAccount: 10_000,
      listLarge: false,
      orderLines: [5, 20],
      cpuPairs: { processes: 1, warmup: { seconds: 2 }, rounds: 3, round: { seconds: 1 } },
    }
  : {
      rounds: 3,
      round: { seconds: 7 },
      warmup: { seconds: 2 },
      fanout: [1_000, 10_000],
      postgresFanout: 5_000,
      trials: 3,
      starts: 3,
      largeAccount: 100_000,
      listLarge: true,
      orderLines: [10, 50, 200],
      // Two servers compared by CPU per request: alternated short rounds, so the machine's drift (a
      // VM's neighbours) falls on both sides alike; several fresh pairs, since two processes of the
      // same code can differ by 20 % for their whole life (what the JIT happened to compile).
      // A fresh process compiles its hot paths over its first seconds under load (its first rounds
      // cost up to twice the CPU per request): each pair is loaded together for `warmup` first.
      cpuPairs: { processes: 3, warmup: { seconds: 10 }, rounds: 5, round: { seconds: 3 } },
    };
const ACCOUNT_MEMBERS = 1_000;

// "With their permissions": what each holds (full access, the catalog keys), as a user list shows it.
// Every capability of every user (about 60 enum values each) is figure 4's `me` query, per user.
const LIST_QUERY = `{
  users(first: 100) { nodes { id name email permissions { fullAccess permissions } } }
  invites(first: 50, status: PENDING) { nodes { id email status permissions } }
}`;

const ME_QUERY = '{ me { name permissions { fullAccess capabilities } } }';
const isQuery = (d: any) => d.__typename === 'Query';
const hasCapabilities = (d: any) => d.me.permissions.capabilities.length > 0;
const listed = (d: any) => d.users.nodes.length === 100 && d.invites.nodes.length > 0;

// Progress: one line on stderr, overwritten in a terminal, one line per step elsewhere (CI logs).
const started = performance.now();
const totalSteps = 12 + (plan.listLarge ? 1 : 0) + plan.fanout.length + 2 + 6;
let step = 0;
let label = '';
function progress(detail = '') {
  const line = `[${step}/${totalSteps}] ${label}${detail ? ` ${detail}` : ''} … ${((performance.now() - started) / 1000).toFixed(0)} s`;
  process.stderr.write(process.stderr.isTTY ? `\r\x1b[K${line}` : `${line}\n`);
}
function phase(name: string) {
  step++;
  label = name;
  progress();
}

/** One load run; any failed request stops the benchmark (broken machinery, not a slow server). */
async function run(name: string, load: Load, length: Length): Promise<Measured> {
  const measured = await measure(load, length);
  if (measured.failed > 0) throw new Error(`${name}: ${measured.failed} of ${measured.requests + measured.failed} requests failed`);
  if (measured.requests === 0) throw new Error(`${name}: no request completed`);
  return measured;
}

/**
 * Warms both, then alternates them for `plan.rounds` rounds, who goes first changing each round.
 * With `pids`, also the server's CPU time per request of each round, in ms.
 */
async function alternate(
  targets: Record<'roster' | 'reference', Load>,
  names = { roster: 'Roster', reference: 'bare yoga' },
  pids?: Record<'roster' | 'reference', number>,
  schedule: { rounds: number; round: Length } = plan,
) {
  const results = { roster: [] as Measured[], reference: [] as Measured[] };
  const cpuPerRequest = { roster: [] as number[], reference: [] as number[] };
  for (const side of ['reference', 'roster'] as const) {
    progress(`warm-up ${names[side]}`);
    await run(`${label}, ${names[side]}`, targets[side], plan.warmup);
  }
  for (let round = 1; round <= schedule.rounds; round++) {
    for (const side of round % 2 ? (['reference', 'roster'] as const) : (['roster', 'reference'] as const)) {
      progress(`round ${round}/${schedule.rounds} ${names[side]}`);
      const cpuBefore = pids ? cpuMs(pids[side]) : 0;
      const measured = await run(`${label}, ${names[side]}`, targets[side], schedule.round);
      results[side].push(measured);
      if (pids) cpuPerRequest[side].push((cpuMs(pids[side]) - cpuBefore) / measured.requests);
    }
  }
  const rounds = { roster: results.roster.map((m) => m.rps), reference: results.reference.map((m) => m.rps) };
  return { roster: median(rounds.roster), reference: median(rounds.reference), rounds, cpuPerRequest };
}

/**
 * Figures 7, 12 and 13: two variants of Roster compared by server CPU per request of `query`, over
 * `plan.cpuPairs.processes` pairs of fresh processes (`start`), each pair warmed together, then
 * alternated; `during` runs with each pair up (a check, or load beside the measured one). Each round's
 * two sides ran back to back, so each round gives an overhead; each pair's median round is that
 * pair's, the median pair is the figure, and the range of every round says how steady the machine was.
 */
async function comparePairs(
  query: string,
  names: Record<'roster' | 'reference', string>,
  start: (pair: number) => Promise<[Child, Child]>,
  during: (pair: [Child, Child]) => Promise<void | (() => Promise<void>)>,
) {
  const cpu = { roster: [] as number[], reference: [] as number[] };
  const throughput = { roster: [] as number[], reference: [] as number[] };
  const pairOverheads: number[] = [];
  const overheads: number[] = [];
  for (let pair = 1; pair <= plan.cpuPairs.processes; pair++) {
    const servers = await start(pair);
    let finish: void | (() => Promise<void>) = undefined;
    try {
      finish = await during(servers);
      const [roster, reference] = servers.map((server) => ({ url: server.url, query, token: ADMIN_TOKEN }));
      progress(`pair ${pair}/${plan.cpuPairs.processes}: warm-up, both sides together`);
      await Promise.all([roster, reference].map((target) => run(`${label}, warm-up`, target!, plan.cpuPairs.warmup)));
      const measured = await alternate(
        { roster: roster!, reference: reference! },
        names,
        { roster: servers[0].pid, reference: servers[1].pid },
        plan.cpuPairs,
      );
      await finish?.();
      finish = undefined;
      const rounds = measured.cpuPerRequest.roster.map((measuredCpu, i) => (measuredCpu / measured.cpuPerRequest.reference[i]! - 1) * 100);
      overheads.push(...rounds);
      pairOverheads.push(median(rounds));
      for (const side of ['roster', 'reference'] as const) {
        cpu[side].push(...measured.cpuPerRequest[side]);
        throughput[side].push(measured[side]);
      }
    } finally {
      await finish?.().catch(() => {}); // a run that failed already says why
      await Promise.all(servers.map((server) => server.stop()));
    }
  }
  const figure = median(pairOverheads);
  const pairs = pairOverheads.length > 1 ? `; pairs ${pairOverheads.map((overhead) => overhead.toFixed(1)).join(', ')} %` : '';
  return {
    cpu,
    throughput: { roster: median(throughput.roster), reference: median(throughput.reference) },
    overhead: {
      overheads,
      median: figure,
      text: `${figure.toFixed(1)} % more CPU${pairs}; rounds ${Math.min(...overheads).toFixed(1)} to ${Math.max(...overheads).toFixed(1)} %`,
    },
  };
}

const ratioRow = (figure: string, measured: { roster: number; reference: number }, target?: number): Row => {
  const ratio = measured.roster / measured.reference;
  return {
    figure,
    roster: rps(measured.roster),
    reference: rps(measured.reference),
    ratio: ratio.toFixed(2),
    target: target === undefined ? '—' : `≥ ${target.toFixed(2)}`,
    verdict: target === undefined ? 'reported' : ratio >= target ? 'met' : 'missed',
  };
};

const dir = mkdtempSync(join(tmpdir(), 'roster-bench-'));
const seeds = new Map<number, Promise<Seeded>>();

/** A private copy of a SQLite database with `members` members, seeded on first use. */
async function database(members: number, name: string): Promise<Seeded & { path: string }> {
  let seeded = seeds.get(members);
  if (!seeded) {
    progress(`seeding ${int(members)} members`);
    seeded = seed(`file:${join(dir, `seed-${members}.db`)}`, { members });
    seeds.set(members, seeded);
  }
  const original = await seeded;
  const path = join(dir, name);
  copyFileSync(original.url.slice('file:'.length), path);
  return { ...original, url: `file:${path}`, path };
}

async function main() {
  const env = environment();
  const rows: Row[] = [];
  const bareRounds: number[] = [];

  phase('building dist/main.js');
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });

  phase('SQL statements per request (in process)');
  const statements = await statementsPerRequest(dir, LIST_QUERY, [10, 100, 1_000]);
  const orderLines = plan.orderLines.at(-1)!;
  progress('the order figure');
  const orderCounts = await orderStatements(dir, plan.orderLines);

  const seeded = await database(ACCOUNT_MEMBERS, 'roster.db');
  const [bare, roster] = await Promise.all([startBareYoga(), startRosterChild(seeded.url, `${seeded.path}.log`)]);
  const hello: Load = { url: bare.url, query: '{ hello }' };
  await graphql(bare.url, '{ hello }');
  const memberTok = memberToken(0);
  const compareToBare = async (
    figure: string,
    query: string,
    token: string | undefined,
    target: number | undefined,
    check: (data: any) => boolean,
    urls = [roster.url],
  ) => {
    phase(figure);
    for (const url of urls) if (!check(await graphql(url, query, token))) throw new Error(`${figure}: unexpected answer`);
    const measured = await alternate({ roster: { url: urls, query, token }, reference: hello });
    bareRounds.push(measured.reference);
    rows.push(ratioRow(figure, measured, target));
  };
  await compareToBare('2. anonymous `{ __typename }`', '{ __typename }', undefined, undefined, isQuery);
  await compareToBare('3. signed in `{ __typename }`', '{ __typename }', memberTok, 0.85, isQuery);
  await compareToBare(`4. signed in \`${ME_QUERY}\``, ME_QUERY, memberTok, 0.75, hasCapabilities);
  await compareToBare(
    `5. manager lists 100 users with permissions and 50 pending invites (account of ${int(ACCOUNT_MEMBERS)} members)`,
    LIST_QUERY,
    ADMIN_TOKEN,
    0.25,
    listed,
  );
  if (plan.listLarge) {
    const large = await database(plan.largeAccount, 'large.db');
    const server = await startRosterChild(large.url, `${large.path}.log`);
    try {
      await compareToBare(`5. the same on an account of ${int(plan.largeAccount)} members`, LIST_QUERY, ADMIN_TOKEN, 0.25, listed, [
        server.url,
      ]);
    } finally {
      await server.stop();
    }
  }
  progress(`building an order of ${orderLines} lines`);
  const orderId = await buildOrder(roster.url, orderLines, 'BENCH');
  await compareToBare(
    `11. a JOOR order of ${orderLines} lines read whole: each line's style and inventory, the invoice issued for it`,
    orderQuery(orderId),
    ADMIN_TOKEN,
    undefined,
    isWholeOrder(orderLines),
  );
  // Yoga's default body limit pipes every body through a counting stream; Roster enforces its limit
  // without one (src/http/body-limit.ts). The same hello-world without that pipe shows its cost.
  phase('1b. bare yoga without its body pipe');
  const unpiped = await startBareYoga({ bodyPipe: false });
  try {
    const measured = await alternate(
      { roster: { url: unpiped.url, query: '{ hello }' }, reference: hello },
      { roster: 'bare yoga without its body pipe', reference: 'bare yoga' },
    );
    rows.push({
      figure: '1b. bare yoga `{ hello }` with `maxRequestBodySize: false` (no body pipe: a stricter reference)',
      roster: rps(measured.roster),
      reference: rps(measured.reference),
      ratio: (measured.roster / measured.reference).toFixed(2),
      target: '—',
      verdict: 'reported',
    });
  } finally {
    await unpiped.stop();
  }
  rows.unshift({
    figure: '1. bare yoga `{ hello }`',
    roster: '—',
    reference: rps(median(bareRounds)),
    ratio: '1.00',
    target: 'reference',
    verdict: 'reference',
  });

  // 7 before 6: the guarded read runs on the database as seeded, before the writes add to it.
  const perPage = Math.min(100, seeded.members + 1);
  const aliases = Math.ceil(1000 / perPage);
  const guarded = `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: users(first: 100) { nodes { permissions { fullAccess } } }`).join(' ')} }`;
  phase(`authorization overhead (${int(aliases * perPage)} guarded fields)`);
  {
    // The overhead is what the checks cost the server: its CPU time per request, checked against
    // bypassed. Throughput is shown too, but the load generator shares the CPUs and moves it.
    const measured = await comparePairs(
      guarded,
      { roster: 'checked', reference: 'unchecked' },
      (pair) =>
        Promise.all([
          startRosterChild(seeded.url, `${seeded.path}.checked-${pair}.log`),
          startRosterChild(seeded.url, `${seeded.path}.unchecked-${pair}.log`, { unchecked: true }),
        ]),
      async ([checked, unchecked]) => {
        for (const server of [checked, unchecked]) {
          const data = await graphql<Record<string, { nodes: unknown[] }>>(server.url, guarded, ADMIN_TOKEN);
          const fields = Object.values(data).reduce((sum, page) => sum + page.nodes.length, 0);
          if (fields < 1000) throw new Error(`only ${fields} guarded fields resolved`);
        }
      },
    );
    const { cpu, overhead } = measured;
    rows.push({
      figure: `7. authorization overhead: ${aliases} aliases of \`users(first: 100) { nodes { permissions { fullAccess } } }\` = ${int(aliases * perPage)} guarded fields (server CPU per request)`,
      roster: `${ms(median(cpu.roster))} checked (${rps(measured.throughput.roster)})`,
      reference: `${ms(median(cpu.reference))} checks bypassed (${rps(measured.throughput.reference)})`,
      ratio: `${overhead.text} (throughput ${(measured.throughput.roster / measured.throughput.reference).toFixed(2)})`,
      target: '< 5 % in every round',
      verdict: Math.max(...overhead.overheads) < 5 ? 'met' : 'missed',
    });
  }

  for (const kind of ['metrics', 'traces'] as const) {
    phase(`${kind} on against off (figure 5’s query)`);
    rows.push(await instrumentationOverhead(seeded, kind));
  }

  phase('guarded write `updateUserPermissions` (1 connection)');
  rows.push(await guardedWrite(roster.url, seeded.memberIds[1]!, GUARDED_WRITE));

  await roster.stop();
  // The figures are of Roster logging as `npm start` does: its log must hold a line per request.
  const logged = readFileSync(`${seeded.path}.log`, 'utf8')
    .split('\n')
    .filter((line) => line.includes('"message":"graphql"')).length;
  if (logged < 1_000) throw new Error(`the request log holds ${logged} lines: was it on?`);
  const fdLimit = env.fdLimit === 'unlimited' ? Infinity : Number(env.fdLimit);
  for (const n of plan.fanout) {
    phase(`fan-out to ${int(n)} subscribers`);
    rows.push(
      ...(await fanOutRows(n, fdLimit, `${int(n)} graphql-ws subscribers`, async () => {
        const fanoutDb = await database(n, `fanout-${n}.db`);
        return [await startRosterChild(fanoutDb.url, `${fanoutDb.path}.log`)];
      })),
    );
  }

  rows.push(...(await postgresRows(compareToBare, fdLimit)));
  await bare.stop();

  rows.push({
    figure: '9. SQL statements for figure 5’s query at 10 / 100 / 1,000 users',
    roster: statements.join(' / '),
    reference: '—',
    ratio: '—',
    target: 'equal',
    verdict: statements.every((count) => count === statements[0]) ? 'met' : 'missed',
  });

  rows.push({
    figure: `11. SQL statements for figure 11’s query at ${plan.orderLines.join(' / ')} lines`,
    roster: orderCounts.join(' / '),
    reference: '—',
    ratio: '—',
    target: 'equal',
    verdict: orderCounts.every((count) => count === orderCounts[0]) ? 'met' : 'missed',
  });

  for (const [name, path] of [
    ['an empty new database', () => join(dir, `empty-${performance.now()}`, 'roster.db')],
    [`a copy of a ${int(plan.largeAccount)}-member database`, () => join(dir, 'startup.db')],
  ] as const) {
    phase(`start-up of node dist/main.js with ${name}`);
    if (name.startsWith('a copy')) await database(plan.largeAccount, 'startup.db');
    const times: number[] = [];
    for (let i = 1; i <= plan.starts; i++) {
      progress(`start ${i}/${plan.starts}`);
      const server: Child = await startBuiltRoster(path(), dir);
      times.push(server.readyMs);
      await server.stop();
    }
    rows.push({
      figure: `10. start-up to ready, ${name} (median of ${plan.starts})`,
      roster: ms(median(times)),
      reference: '—',
      ratio: '—',
      target: '—',
      verdict: 'reported',
    });
  }
  // Figures were run in the order that suits the database (7 before 6); list them by number.
  rows.sort((a, b) => parseInt(a.figure, 10) - parseInt(b.figure, 10));
  return { env, rows };
}

type CompareToBare = (
  figure: string,
  query: string,
  token: string | undefined,
  target: number | undefined,
  check: (data: any) => boolean,
  urls?: string[],
) => Promise<void>;

const ON_POSTGRES = 'on PostgreSQL + Redis, 2 instances';

/**
 * Figures 3 to 6 and 8 again on PostgreSQL with Redis, the deployment of every multi-instance
 * install: two Roster instances on one database, the load shared between them; the fan-out's
 * subscribers split between them, the switch made on the first and carried by Redis to the other.
 */
async function postgresRows(compareToBare: CompareToBare, fdLimit: number): Promise<Row[]> {
  phase(`PostgreSQL + Redis: servers`);
  const services = await postgresAndRedis();
  const fanout = plan.postgresFanout;
  // The fan-out's subscribers are members 0 to 2 × fanout - 1; figure 6 edits one beyond them.
  const members = Math.max(ACCOUNT_MEMBERS, 2 * fanout + 1);
  const figures = [
    `3. signed in \`{ __typename }\` ${ON_POSTGRES}`,
    `4. signed in \`${ME_QUERY}\` ${ON_POSTGRES}`,
    `5. manager lists 100 users with permissions and 50 pending invites (account of ${int(members)} members) ${ON_POSTGRES}`,
    `${GUARDED_WRITE.replace('; 1 connection)', '; 1 connection, instance A)')} ${ON_POSTGRES}`,
    `8. fan-out: feature switch to 2 × ${int(fanout)} graphql-ws subscribers ${ON_POSTGRES}`,
  ];
  if (typeof services === 'string') {
    return figures.map((figure) => ({
      figure,
      roster: `skipped: ${services}`,
      reference: '—',
      ratio: '—',
      target: '—',
      verdict: 'skipped',
    }));
  }
  postgresNote = `PostgreSQL + Redis figures: ${services.description}; each instance its own process with DATABASE_URL and REDIS_URL, the database seeded as the SQLite ones are.`;
  const rows: Row[] = [];
  try {
    progress(`seeding ${int(members)} members`);
    const seeded = await seedInChild(services.databaseUrl, { members });
    let started = 0;
    const instances = () => {
      started++;
      return Promise.all(
        ['a', 'b'].map((name) =>
          startRosterChild(services.databaseUrl, join(dir, `postgres-${name}-${started}.log`), { env: { REDIS_URL: services.redisUrl } }),
        ),
      );
    };
    const servers = await instances();
    try {
      const urls = servers.map((server) => server.url);
      await compareToBare(figures[0]!, '{ __typename }', memberToken(0), 0.5, isQuery, urls);
      await compareToBare(figures[1]!, ME_QUERY, memberToken(0), undefined, hasCapabilities, urls);
      await compareToBare(figures[2]!, LIST_QUERY, ADMIN_TOKEN, 0.15, listed, urls);
      phase(`guarded write ${ON_POSTGRES}`);
      rows.push(await guardedWrite(urls[0]!, seeded.memberIds[members - 1]!, figures[3]!));
    } finally {
      await Promise.all(servers.map((server) => server.stop()));
    }
    phase(`fan-out to 2 × ${int(fanout)} subscribers ${ON_POSTGRES}`);
    rows.push(...(await fanOutRows(2 * fanout, fdLimit, `2 × ${int(fanout)} graphql-ws subscribers ${ON_POSTGRES}`, instances)));
  } finally {
    await services.stop();
  }
  return rows;
}

/**
 * Figures 12 and 13: what metrics and traces cost. The same Roster with them on, against one with
 * them off, both started and warmed together: server CPU per request of figure 5's query, each
 * side's own process measured from /proc. Metrics are scraped every second (Prometheus scrapes every
 * 15 s or so); traces are exported to an OTLP endpoint in this process that accepts and drops them,
 * as a collector would.
 */
async function instrumentationOverhead(seeded: Seeded & { path: string }, kind: 'metrics' | 'traces'): Promise<Row> {
  const token = 'bench-metrics-token-of-at-least-32-characters';
  const sink = createHttpServer((req, res) =>
    req.resume().on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}')),
  );
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const env: Record<string, string> =
    kind === 'metrics'
      ? { METRICS_TOKEN: token }
      : { TRACES_OTLP_URL: `http://127.0.0.1:${(sink.address() as AddressInfo).port}/v1/traces` };
  let exportsReceived = 0;
  sink.on('request', () => exportsReceived++);
  try {
    const measured = await comparePairs(
      LIST_QUERY,
      { roster: `${kind} on`, reference: `${kind} off` },
      (pair) =>
        Promise.all([
          startRosterChild(seeded.url, `${seeded.path}.${kind}-${pair}.log`, { env }),
          startRosterChild(seeded.url, `${seeded.path}.${kind}-off-${pair}.log`),
        ]),
      async ([instrumented]) => {
        if (kind === 'traces') return;
        const scrape = () =>
          fetch(instrumented.url.replace(/\/graphql$/, '/metrics'), { headers: { authorization: `Bearer ${token}` } }).then((response) =>
            response.text(),
          );
        const scraping = setInterval(() => void scrape().catch(() => {}), 1000);
        return async () => {
          clearInterval(scraping);
          // The metered side did count what it served (the run is void otherwise).
          if (!/^roster_graphql_operations_total\{[^}]*outcome="OK"\} [1-9]/m.test(await scrape()))
            throw new Error('figure 12: the metered server counted no operations');
        };
      },
    );
    if (kind === 'traces' && exportsReceived === 0) throw new Error('figure 13: the traced server exported nothing');
    const { cpu, overhead, throughput } = measured;
    const target = kind === 'metrics' ? 3 : undefined;
    return {
      figure:
        kind === 'metrics'
          ? '12. metrics on (scraped every second) against off: figure 5’s query (server CPU per request)'
          : '13. traces on (every request, exported over OTLP) against off: figure 5’s query (server CPU per request)',
      roster: `${ms(median(cpu.roster))} on (${rps(throughput.roster)})`,
      reference: `${ms(median(cpu.reference))} off (${rps(throughput.reference)})`,
      ratio: `${overhead.text} (throughput ${(throughput.roster / throughput.reference).toFixed(2)})`,
      target: target === undefined ? '—' : `< ${target} % (median pair)`,
      verdict: target === undefined ? 'reported' : overhead.median < target ? 'met' : 'missed',
    };
  } finally {
    await new Promise((resolve) => sink.close(resolve));
  }
}

/** Set once the PostgreSQL figures ran: what they ran on. */
let postgresNote = '';

const GUARDED_WRITE = '6. guarded write: admin flips a member’s permissions (`updateUserPermissions`, audit entry, publish; 1 connection)';

/** Figure 6: the admin flips one member between two permission sets; each request a real change. */
async function guardedWrite(url: string, userId: string, figure: string): Promise<Row> {
  const sets = [
    ['OVERVIEW', 'REPLENISHMENT'],
    ['REPLENISHMENT', 'PURCHASE_ORDERS'],
  ];
  const mutation = (set: string[]) =>
    JSON.stringify({
      query: `mutation { updateUserPermissions(input: { userId: "${userId}", permissions: [${set.join(', ')}] }) { id } }`,
    });
  const auditEntries = async () =>
    (await graphql(url, `{ auditLog(first: 1, targetId: "${userId}") { totalCount } }`, ADMIN_TOKEN)).auditLog.totalCount as number;
  // A stopped run may leave one request unanswered yet applied: read where the member is now.
  const currentSet = async () => {
    const keys: string[] = (await graphql(url, `{ user(id: "${userId}") { permissions { permissions } } }`, ADMIN_TOKEN)).user.permissions
      .permissions;
    return sets.findIndex((set) => set.length === keys.length && set.every((key) => keys.includes(key)));
  };
  const once = async (length: Length) => {
    let current = await currentSet();
    const before = await auditEntries();
    // One connection, so requests reach the server in the order their bodies alternate.
    const load = {
      url,
      query: '',
      token: ADMIN_TOKEN,
      connections: 1,
      nextBody: () => mutation(sets[(current = current === 0 ? 1 : 0)]!),
    };
    const measured = await run(label, load, length);
    const added = (await auditEntries()) - before;
    if (added < measured.requests) throw new Error(`${label}: ${measured.requests - added} of ${measured.requests} writes changed nothing`);
    return measured;
  };
  progress('warm-up');
  await once(plan.warmup);
  const rounds: Measured[] = [];
  for (let round = 1; round <= plan.rounds; round++) {
    progress(`round ${round}/${plan.rounds}`);
    rounds.push(await once(plan.round));
  }
  return {
    figure,
    roster: `${rps(median(rounds.map((m) => m.rps)))}, p99 ${ms(median(rounds.map((m) => m.p99)))}`,
    reference: '—',
    ratio: '—',
    target: 'reported',
    verdict: 'reported',
  };
}

/**
 * Figure 8 for N subscribers spread over the servers `start` gives: latency of one feature switch
 * to all, and memory per idle socket.
 */
async function fanOutRows(n: number, fdLimit: number, who: string, start: () => Promise<Child[]>): Promise<Row[]> {
  const latencyTarget = n <= 1_000 ? 100 : 1_000;
  const figure = `8. fan-out: feature switch to ${who} (p50 / p99 / max; all received)`;
  const memory = `8. memory per idle subscribed connection, ${who} (Roster RSS growth / N)`;
  // The bench holds N client sockets and Roster N server sockets, each process under its own limit.
  const needed = n + 200;
  if (fdLimit < needed) {
    const why = `skipped: open files limit ${fdLimit} < ${needed}`;
    return [
      { figure, roster: why, reference: '—', ratio: '—', target: `p99 < ${ms(latencyTarget)}`, verdict: 'skipped' },
      { figure: memory, roster: why, reference: '—', ratio: '—', target: '< 30 KB', verdict: 'skipped' },
    ];
  }
  const servers = await start();
  try {
    const result = await fanOut({
      urls: servers.map((server) => server.url),
      pids: servers.map((server) => server.pid),
      n,
      trials: plan.trials,
      adminToken: ADMIN_TOKEN,
      tokenOf: memberToken,
      progress,
    });
    const p99 = percentile(result.latencies, 99);
    const perConnection = (result.rssAfterKiB - result.rssBeforeKiB) / n;
    return [
      {
        figure,
        roster: `${ms(percentile(result.latencies, 50))} / ${ms(p99)} / ${ms(Math.max(...result.latencies))}; all in ${ms(median(result.allReceived))}`,
        reference: '—',
        ratio: '—',
        target: `p99 < ${ms(latencyTarget)}`,
        verdict: p99 < latencyTarget ? 'met' : 'missed',
      },
      {
        figure: memory,
        roster: `${perConnection.toFixed(1)} KiB (${int(result.rssBeforeKiB / 1024)} → ${int(result.rssAfterKiB / 1024)} MiB)`,
        reference: '—',
        ratio: '—',
        target: '< 30 KB',
        verdict: perConnection < 30 ? 'met' : 'missed',
      },
    ];
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

const NOTES = [
  `Throughput: autocannon in the bench process, 20 connections, pipelining 1, POST JSON; each server warmed up first, then ${plan.rounds} round(s) of ${plan.round.seconds} s per server, alternated (who goes first changes each round); the median round counts. Load generator and servers share this machine's CPUs.`,
  'Every answer is checked: a non-2xx status, a transport error or a body with GraphQL `errors` fails the run. Responses are never cached.',
  `Roster runs as \`scripts/bench/roster-server.ts\` (startRoster with its JSON request log on, as \`npm start\` runs it, written to a file as a log collector would take it) and the reference as \`scripts/bench/bare-yoga.ts\`, both compiled by esbuild as \`npm start\` compiles Roster (no TypeScript loader at run time), both with NODE_ENV=production. Each seeded account has one FULL_ACCESS admin, its members (each with a live session and one of four permission sets) and 60 pending invites; figures 2-7 use an account of ${int(ACCOUNT_MEMBERS)} members.`,
  "Figure 1b: yoga's default body limit pipes every body through a counting stream; Roster enforces its limit without one (src/http/body-limit.ts), so figures 2-5 are also worth reading against 1b (Roster's req/s divided by 1b's), a reference that does not pay that cost.",
  `Figures 7, 12 and 13 compare two variants of Roster on the same database file, in ${plan.cpuPairs.processes} pair(s) of fresh processes (two processes of the same code can differ by 20 % for their whole life), each pair started and loaded together for ${plan.cpuPairs.warmup.seconds} s before measuring (a fresh process compiles its hot paths over its first seconds), then alternated for ${plan.cpuPairs.rounds} rounds of ${plan.cpuPairs.round.seconds} s: each server’s CPU time (user + system, /proc) is read around each round, each round gives an overhead (CPU per request over the other side’s), each pair’s median round is the pair’s, the median pair is the figure, and the range of all rounds shows how steady the machine was. Figure 7’s reference is built with \`builder.toSchema({ disableScopeAuth: true })\`; figure 12’s has no METRICS_TOKEN, figure 13’s no TRACES_OTLP_URL. The throughput ratio is shown beside it: the load generator shares the CPUs and moves it by ±20 %.`,
  'Figure 6 uses one connection so the bodies reach the server in order: every request is a real change (the audit entries are counted to prove it).',
  `Figure 8: every member holds PURCHASE_ORDERS, so switching the Wholesale feature changes every subscriber’s capabilities. Latency runs from just before the mutation is sent to each event’s arrival in the bench process (which also receives all N sockets); a first switch, not measured, proves every subscription is listening; ${plan.trials} measured switch(es) are pooled. Memory: Roster’s VmRSS before connecting and after the N sockets are connected, subscribed and idle. The open-files limit is checked per process (N + 200): the client sockets are in the bench, the server sockets in Roster.`,
  'Figure 9 runs Roster inside the bench process and reads `app.db.statements.count` around one request.',
  'Figure 10 times `node dist/main.js` (PORT=0) from spawn to its "Roster is serving" line.',
  'Figure 11 builds the order through the API as the admin (Wholesale on, a retailer, 200 styles each with inventory, a linesheet, an order of one line per style, submitted, approved, invoiced) on the database of figures 2-7; its statements are counted in the bench process, as figure 9’s.',
];

/** The heading of BENCHMARKS.md's hand-written analysis, which a new run keeps. */
const ANALYSIS = '## Where the time goes';

let exitCode = 0;
try {
  const { env, rows } = await main();
  env.load.end = loadavg()[0]!.toFixed(2);
  process.stderr.write(process.stderr.isTTY ? '\r\x1b[K' : '\n');
  const header = `Roster ${env.commit}; ${env.cpu}, ${env.cpuCount} CPUs, ${env.memory}; Node ${env.node}; open files ${env.fdLimit}; load ${env.load.start} → ${env.load.end}; ${env.date}`;
  console.log(`${command}\n${header}\n\n${table(rows)}\n`);
  if (quick) console.log('Quick mode: BENCHMARKS.md left as it is (run `npm run bench` to rewrite it).');
  else {
    // The analysis below the figures is written by hand from CPU profiles; a new run keeps it.
    const file = join(ROOT, 'BENCHMARKS.md');
    const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const analysis = previous.indexOf(ANALYSIS);
    writeFileSync(
      file,
      markdown(env, command, rows, postgresNote ? [...NOTES, postgresNote] : NOTES) +
        (analysis >= 0 ? `\n${previous.slice(analysis)}` : ''),
    );
    console.log('Wrote BENCHMARKS.md');
  }
  console.log(`Took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
} catch (error) {
  process.stderr.write('\n');
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// Open sockets or timers of a failed run must not keep the process alive.
process.exit(exitCode);
