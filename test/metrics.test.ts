import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read } from './docs-pages.js';
import { type ThrowAwayServer, freePort, missingServices, startRedis } from '../scripts/services.js';
import { dialect } from '../src/db/dialect.js';
import { outboxTransport } from '../src/modules/mail/transport.js';
import { RateLimit, type RateLimits } from '../src/security/limits.js';
import { PASSWORD, type SignedUp, type TestServer, addMember, signUp, startServer, uniqueEmail } from './harness.js';
import { connectWs, subscribeSse, watchSubscriptions, whenConnected } from './live-harness.js';

// Issue 26: Prometheus metrics, scraped from the real server as Prometheus would, while the
// operations they count are sent through the API; every expected number follows from what the
// test did (deltas between two scrapes), so a metric that does not move, or moves wrongly, fails.

const TOKEN = 'metrics-token-of-thirty-two-chars-or-more';
const ME = 'query Me { me { user { id } } }';
const USERS = 'query People { users(first: 5) { nodes { id } } }';
const AUDIT = 'query Audit { auditLog(first: 5) { nodes { id } } }';
const SET_PERMISSIONS = `mutation SetPermissions($id: ID!, $permissions: [PermissionKey!]!) {
  updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id }
}`;
const MY_PERMISSIONS = 'subscription { myPermissionsChanged { cause permissionsAdded } }';
const LOGIN = 'mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }';
const INVITE = 'mutation ($email: String!) { inviteUser(input: { email: $email }) { id } }';

/** One scrape, as `name{label="value",…}` → value, labels in the order Prometheus prints them. */
type Scrape = Map<string, number>;

async function scrape(url: string, token?: string): Promise<Scrape> {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const samples: Scrape = new Map();
  for (const line of (await response.text()).split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

/** A series' value in a scrape (0 when absent, as Prometheus's increase() would treat a new series). */
const series = (samples: Scrape, name: string, labels: Record<string, string | number> = {}) => {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const key = wanted.length ? `${name}{${wanted.join(',')}}` : name;
  return samples.get(key) ?? 0;
};

/** Polls the metrics until `check` holds (gauges follow sockets and streams as they open and close). */
async function until(url: string, check: (samples: Scrape) => boolean, ms = 10_000) {
  let samples = await scrape(url);
  for (const started = Date.now(); !check(samples); samples = await scrape(url)) {
    if (Date.now() - started > ms) throw new Error('the metrics did not reach the expected values');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return samples;
}

describe('metrics are off unless configured', () => {
  it('no /metrics on the API port, and no metrics URL', async () => {
    const server = await startServer();
    try {
      expect(server.roster.metricsUrl).toBeNull();
      const response = await fetch(server.roster.url.replace('/graphql', '/metrics'));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('roster_');
    } finally {
      await server.close();
    }
  });
});

describe('metrics on METRICS_PORT', () => {
  let server: TestServer;
  let url: string;
  let admin: SignedUp;

  beforeAll(async () => {
    server = await startServer({ config: { metrics: { port: 0, token: null } } });
    url = server.roster.metricsUrl!;
    admin = await signUp(server);
  });
  afterAll(() => server.close());

  it('are served on their own port, not on the API port', async () => {
    expect(new URL(url).port).not.toBe(new URL(server.roster.url).port);
    expect((await fetch(server.roster.url.replace('/graphql', '/metrics'))).status).toBe(404);
    expect((await fetch(url.replace('/metrics', '/other'))).status).toBe(404);
    const samples = await scrape(url);
    // Process metrics too (prom-client's defaults).
    expect(series(samples, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(series(samples, 'roster_db_statements_total')).toBeGreaterThan(0);
    // PostgreSQL's pool; SQLite has none, and says nothing.
    if (server.roster.app.db.dialect === 'pg') expect(series(samples, 'roster_db_pool_connections', { state: 'open' })).toBeGreaterThan(0);
    else expect(samples.has('roster_db_pool_connections{state="open"}')).toBe(false);
  });

  it('are each documented in docs/observability.md, and the dashboard and alerts use only metrics that exist', async () => {
    const text = await (await fetch(url)).text();
    const registered = new Set([...text.matchAll(/^# TYPE (roster_\w+) /gm)].map((match) => match[1]!));
    const page = read('docs/observability.md');
    const documented = new Set([...page.matchAll(/^\| `(roster_\w+)` \|/gm)].map((match) => match[1]!));
    expect([...documented].sort()).toEqual([...registered].sort());
    // A histogram's series (`_bucket`, `_count`, `_sum`) belong to it.
    const used = (source: string) => new Set([...source.matchAll(/\b(roster_\w+?)(?:_bucket|_count|_sum)?\b/g)].map((match) => match[1]!));
    for (const name of [...used(read('docs/grafana-dashboard.json')), ...used(page.slice(page.indexOf('## Three alerts')))]) {
      expect(registered, name).toContain(name);
    }
  });

  it('count operations by name, type and outcome, and HTTP requests by route and status', async () => {
    const member = await addMember(server, admin, ['OVERVIEW'], 'Mia Member');
    const before = await scrape(url);
    for (let i = 0; i < 3; i++) await server.ok(ME, {}, admin.token);
    const refused = await server.gql(AUDIT, {}, member.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await server.gql('{ me { user { id } } }');
    const after = await scrape(url);
    const delta = (name: string, labels: Record<string, string | number>) => series(after, name, labels) - series(before, name, labels);
    expect(delta('roster_graphql_operations_total', { operation: 'Me', type: 'query', outcome: 'OK' })).toBe(3);
    expect(delta('roster_graphql_operations_total', { operation: 'Audit', type: 'query', outcome: 'FORBIDDEN' })).toBe(1);
    expect(delta('roster_graphql_operations_total', { operation: '_anonymous', type: 'query', outcome: 'UNAUTHENTICATED' })).toBe(1);
    expect(delta('roster_graphql_operation_duration_seconds_count', { operation: 'Me', type: 'query' })).toBe(3);
    expect(delta('roster_http_requests_total', { route: 'graphql', code: 200 })).toBe(5);
    expect(delta('roster_http_request_duration_seconds_count', { route: 'graphql' })).toBe(5);
    // No member id, email or token is ever a label.
    const text = [...after.keys()].join('\n');
    for (const secret of [member.userId, member.email, admin.token]) expect(text).not.toContain(secret);
  });

  it('bound the operation names clients choose: 50 first sent signed out, 150 signed in, the rest count as _other', async () => {
    const own = await startServer({ config: { metrics: { port: 0, token: null } } });
    try {
      const member = await signUp(own);
      // A signed-out flood takes only its own allowance…
      for (let i = 0; i < 60; i++) await own.gql(`query Junk${i} { me { user { id } } }`);
      // …so members' names still get labels, up to theirs.
      for (let i = 0; i < 160; i++) await own.ok(`query Report${i} { me { user { id } } }`, {}, member.token);
      const samples = await scrape(own.roster.metricsUrl!);
      const names = new Set(
        [...samples.keys()]
          .filter((key) => key.startsWith('roster_graphql_operations_total{'))
          .map((key) => /operation="([^"]*)"/.exec(key)![1]!),
      );
      const count = (prefix: string) => [...names].filter((name) => name.startsWith(prefix)).length;
      // The harness's sign-up took one signed-out name first (HarnessSignUp) and one signed-in name
      // (HarnessVerifyEmail, whose answer signs the caller in).
      expect(count('Harness')).toBe(2);
      expect(count('Junk')).toBe(50 - 1);
      expect(count('Report')).toBe(150 - 1);
      expect(names).toContain('_other');
      const other = (outcome: string) =>
        series(samples, 'roster_graphql_operations_total', { operation: '_other', type: 'query', outcome });
      expect(other('UNAUTHENTICATED')).toBe(60 - count('Junk'));
      expect(other('OK')).toBe(160 - count('Report'));
    } finally {
      await own.close();
    }
  });

  it('follow sockets and streams by transport, events published, re-checks and deliveries', async () => {
    const member = await addMember(server, admin, ['OVERVIEW'], 'Sam Streamer');
    const watch = watchSubscriptions(server);
    const before = await scrape(url);
    const ws = connectWs(server, { authorization: `Bearer ${member.token}` });
    await whenConnected(ws);
    const onSocket = ws.subscribe(MY_PERMISSIONS);
    const overSse = await subscribeSse(server, member.token, MY_PERMISSIONS);
    await watch.until('member:permissions', member.userId, 2);
    const open = await until(
      url,
      (samples) =>
        series(samples, 'roster_open_sockets', { transport: 'websocket' }) === 1 &&
        series(samples, 'roster_open_sockets', { transport: 'sse' }) === 1 &&
        series(samples, 'roster_open_streams', { transport: 'websocket' }) === 1 &&
        series(samples, 'roster_open_streams', { transport: 'sse' }) === 1,
    );
    expect(series(open, 'roster_open_streams', { transport: 'sse' })).toBe(1);

    await server.ok(SET_PERMISSIONS, { id: member.userId, permissions: ['OVERVIEW', 'INVENTORY_KPIS'] }, admin.token);
    expect((await onSocket.results.next()).data.myPermissionsChanged.permissionsAdded).toEqual(['INVENTORY_KPIS']);
    expect((await overSse.results.next()).data.myPermissionsChanged.permissionsAdded).toEqual(['INVENTORY_KPIS']);
    const after = await scrape(url);
    const delta = (name: string, labels: Record<string, string> = {}) => series(after, name, labels) - series(before, name, labels);
    expect(delta('roster_events_published_total', { topic: 'member:permissions' })).toBe(1);
    expect(delta('roster_events_published_total', { topic: 'account:membership' })).toBe(1);
    expect(delta('roster_stream_rechecks_total', { outcome: 'kept' })).toBe(2);
    expect(delta('roster_stream_events_total', { outcome: 'delivered' })).toBe(2);
    expect(delta('roster_event_delivery_lag_seconds_count')).toBe(2);

    await ws.dispose();
    overSse.close();
    await until(
      url,
      (samples) =>
        series(samples, 'roster_open_sockets', { transport: 'websocket' }) === 0 &&
        series(samples, 'roster_open_sockets', { transport: 'sse' }) === 0 &&
        series(samples, 'roster_open_streams', { transport: 'websocket' }) === 0 &&
        series(samples, 'roster_open_streams', { transport: 'sse' }) === 0 &&
        // The SSE request ends when its client leaves: counted then, as aborted.
        series(samples, 'roster_http_requests_total', { route: 'graphql_stream', code: 'aborted' }) -
          series(before, 'roster_http_requests_total', { route: 'graphql_stream', code: 'aborted' }) ===
          1,
    );
  });

  it('under load: every operation is counted, and scrapes are answered meanwhile', async () => {
    const before = await scrape(url);
    const requests = Array.from({ length: 400 }, (_, i) =>
      i % 4 === 3 ? server.gql(USERS, {}, 'not-a-token') : server.gql(USERS, {}, admin.token),
    );
    const scrapes: Array<Promise<Scrape>> = [];
    for (let i = 0; i < 10; i++) scrapes.push(scrape(url));
    await Promise.all(requests);
    const during = await Promise.all(scrapes);
    const after = await scrape(url);
    // Overlapping scrapes each read a whole, monotonic sample: no series missing, no total doubled.
    for (const samples of during) {
      const statements = series(samples, 'roster_db_statements_total');
      expect(statements).toBeGreaterThanOrEqual(series(before, 'roster_db_statements_total'));
      expect(statements).toBeLessThanOrEqual(series(after, 'roster_db_statements_total'));
      expect(samples.has('roster_open_sockets{transport="websocket"}')).toBe(true);
    }
    const delta = (outcome: string) =>
      series(after, 'roster_graphql_operations_total', { operation: 'People', type: 'query', outcome }) -
      series(before, 'roster_graphql_operations_total', { operation: 'People', type: 'query', outcome });
    expect(delta('OK')).toBe(300);
    expect(delta('UNAUTHENTICATED')).toBe(100);
    expect(
      series(after, 'roster_http_requests_total', { route: 'graphql', code: 200 }) -
        series(before, 'roster_http_requests_total', { route: 'graphql', code: 200 }),
    ).toBe(400);
  });
});

describe('metrics behind METRICS_TOKEN on the API port', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ config: { metrics: { port: null, token: TOKEN } } });
  });
  afterAll(() => server.close());

  it('answer 401 without the token or with a wrong one, and the metrics with it', async () => {
    const url = server.roster.metricsUrl!;
    expect(url).toBe(server.roster.url.replace('/graphql', '/metrics'));
    for (const authorization of [undefined, 'Bearer wrong', `Bearer ${TOKEN}x`, TOKEN]) {
      const response = await fetch(url, { headers: authorization ? { authorization } : {} });
      expect(response.status).toBe(401);
      expect(await response.text()).toBe('');
    }
    const samples = await scrape(url, TOKEN);
    expect(series(samples, 'roster_http_requests_total', { route: 'metrics', code: 401 })).toBe(4);
  });

  it('a token shorter than 32 characters is refused at start', async () => {
    const { loadConfig } = await import('../src/config.js');
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 32 characters/);
    expect(loadConfig({ METRICS_PORT: '9464' }).metrics).toEqual({ port: 9464, token: null });
    expect(loadConfig({}).metrics).toBeNull();
  });
});

describe('metrics of refusals and of the outbox', () => {
  it('count rate-limit refusals by limit, and password checks refused by a full hash queue', async () => {
    const limits = Object.fromEntries(Object.keys(RateLimit).map((limit) => [limit, { count: 1_000_000, seconds: 3600 }])) as RateLimits;
    limits.LOGIN_PER_EMAIL = { count: 2, seconds: 900 };
    // A hash at cost 16 takes a few hundred milliseconds: long enough for the burst below to find it running.
    const server = await startServer({
      config: {
        metrics: { port: 0, token: null },
        rateLimits: limits,
        passwordHashCost: 16,
        passwordHashConcurrency: 1,
        passwordHashQueue: 0,
      },
    });
    try {
      const url = server.roster.metricsUrl!;
      const admin = await signUp(server);
      const before = await scrape(url);
      for (let i = 0; i < 4; i++) await server.gql(LOGIN, { email: admin.email, password: 'wrong password!' });
      // One sign-in holds the only turn (an unknown email is checked at full cost too); while it
      // runs, none may wait, so every sign-in of a burst is refused at once.
      const holding = server.gql(LOGIN, { email: uniqueEmail(), password: PASSWORD });
      await until(url, (samples) => series(samples, 'roster_password_hashes_running') === 1);
      const burst = await Promise.all(Array.from({ length: 8 }, () => server.gql(LOGIN, { email: uniqueEmail(), password: PASSWORD })));
      await holding;
      const busy = burst.filter((response) => response.errors?.[0]?.extensions?.code === 'RATE_LIMITED').length;
      expect(busy).toBeGreaterThan(0);
      const after = await scrape(url);
      expect(series(after, 'roster_rate_limit_refusals_total', { limit: 'LOGIN_PER_EMAIL' })).toBe(2);
      expect(series(after, 'roster_password_hash_refusals_total') - series(before, 'roster_password_hash_refusals_total')).toBe(busy);
      expect(series(after, 'roster_password_hash_queue_depth')).toBe(0);
    } finally {
      await server.close();
    }
  });

  it('show emails waiting, retrying and the oldest one’s age when SMTP cannot be reached, and failed deliveries', async () => {
    const deadPort = await freePort();
    const server = await startServer({
      mail: outboxTransport({ queue: true }),
      config: { metrics: { port: 0, token: null }, smtpUrl: `smtp://127.0.0.1:${deadPort}` },
    });
    server.expectLoggedErrors();
    try {
      const url = server.roster.metricsUrl!;
      // The verification email is queued (the outbox keeps its text until sent, so the link still works).
      await signUp(server);
      const samples = await until(
        url,
        (s) => series(s, 'roster_mail_outbox_retrying') === 1 && series(s, 'roster_mail_deliveries_total', { outcome: 'failed' }) >= 1,
      );
      expect(series(samples, 'roster_mail_outbox_waiting')).toBe(1);
      server.clock.time += 3_600_000;
      expect(series(await scrape(url), 'roster_mail_outbox_oldest_age_seconds')).toBeGreaterThan(3_500);
    } finally {
      await server.close();
    }
  });
});

describe.skipIf(dialect !== 'pg')('metrics of a PostgreSQL statement timeout', () => {
  it('count the operation answered UNAVAILABLE as a statement timeout of the database', async () => {
    const server = await startServer({ config: { metrics: { port: 0, token: null }, databaseStatementTimeoutMs: 300 } });
    server.expectLoggedErrors();
    const operator = new pg.Client({ connectionString: server.roster.app.config.databaseUrl });
    try {
      const admin = await signUp(server);
      await operator.connect();
      await operator.query('begin');
      await operator.query('lock table audit_log, outbox in access exclusive mode');
      const answer = await server.gql(AUDIT, {}, admin.token);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'UNAVAILABLE', dependency: 'DATABASE' });
      const samples = await scrape(server.roster.metricsUrl!);
      expect(series(samples, 'roster_dependency_failures_total', { dependency: 'DATABASE', reason: 'statement_timeout' })).toBe(1);
      expect(series(samples, 'roster_graphql_operations_total', { operation: 'Audit', type: 'query', outcome: 'UNAVAILABLE' })).toBe(1);
      // The outbox cannot be read: its gauges are left out of the scrape (not 0, which would clear an alert), and the failure counted.
      expect(samples.has('roster_mail_outbox_oldest_age_seconds')).toBe(false);
      // The failure is counted as it happens, so the next scrape shows it (this one had already read the counter).
      const next = await scrape(server.roster.metricsUrl!);
      expect(
        series(next, 'roster_metric_sample_failures_total', { metric: 'roster_mail_outbox_oldest_age_seconds' }),
      ).toBeGreaterThanOrEqual(1);
      expect(series(samples, 'roster_db_statements_total')).toBeGreaterThan(0);
    } finally {
      await operator.end();
      await server.close();
    }
  });
});

describe.skipIf(missingServices())('metrics while Redis is stopped', () => {
  let redis: ThrowAwayServer;
  let server: TestServer;
  beforeAll(async () => {
    redis = await startRedis();
    server = await startServer({ config: { metrics: { port: 0, token: null }, redisUrl: redis.url } });
  });
  afterAll(async () => {
    await server?.close();
    await redis?.remove();
  });

  it('show the connections down, events dropped and UNAVAILABLE answers, and recover with Redis', async () => {
    const url = server.roster.metricsUrl!;
    const admin = await signUp(server);
    const member = await addMember(server, admin, ['OVERVIEW'], 'Rita Redis');
    expect(series(await scrape(url), 'roster_redis_connection_up', { connection: 'commands' })).toBe(1);
    server.expectLoggedErrors();
    await redis.stop();
    const down = await until(url, (s) => series(s, 'roster_redis_connection_up', { connection: 'commands' }) === 0);
    expect(series(down, 'roster_redis_connection_up', { connection: 'listener' })).toBe(0);
    // The change commits (the database is up); its event cannot cross instances and is counted as dropped.
    await server.ok(SET_PERMISSIONS, { id: member.userId, permissions: ['OVERVIEW', 'INVENTORY_KPIS'] }, admin.token);
    // Inviting counts against a rate limit kept in Redis: UNAVAILABLE, naming the event bus.
    const refused = await server.gql(INVITE, { email: uniqueEmail() }, admin.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    const during = await until(url, (s) => series(s, 'roster_events_dropped_total', { reason: 'redis_unavailable' }) >= 1);
    expect(series(during, 'roster_dependency_failures_total', { dependency: 'EVENT_BUS', reason: 'unavailable' })).toBe(1);
    expect(series(during, 'roster_graphql_operations_total', { operation: '_anonymous', type: 'mutation', outcome: 'UNAVAILABLE' })).toBe(
      1,
    );
    await redis.start();
    await until(
      url,
      (s) =>
        series(s, 'roster_redis_connection_up', { connection: 'commands' }) === 1 &&
        series(s, 'roster_redis_connection_up', { connection: 'listener' }) === 1,
    );
  });
});
