import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { dialect } from '../src/db/dialect.js';
import { type SignedUp, type TestServer, addMember, signUp, startServer } from './harness.js';
import { connectWs, watchSubscriptions, whenConnected } from './live-harness.js';

// Issue 26: OpenTelemetry traces, exported by the real server over OTLP/HTTP to a receiver run here
// (the traces endpoint a collector exposes: it decodes what it is sent and keeps every span). A
// permission change is followed from the request that made it to the stream that told its
// subscriber, on another instance when there are two (PostgreSQL + Redis).

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  attributes: Record<string, unknown>;
}

/** An OTLP/HTTP (JSON) traces receiver on a free port. */
async function startReceiver() {
  const spans: ReceivedSpan[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      expect(req.url).toBe('/v1/traces');
      expect(req.headers['content-type']).toMatch(/application\/json/);
      for (const resourceSpans of JSON.parse(body).resourceSpans ?? []) {
        const service = resourceSpans.resource.attributes.find((a: any) => a.key === 'service.name').value.stringValue;
        for (const scope of resourceSpans.scopeSpans) {
          for (const span of scope.spans) {
            const attributes = Object.fromEntries(span.attributes.map((a: any) => [a.key, Object.values(a.value)[0]]));
            spans.push({
              service,
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId ?? '',
              name: span.name,
              attributes,
            });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/traces`;
  return { url, spans, close: () => new Promise((resolve) => server.close(resolve)) };
}

const SET_PERMISSIONS = `mutation SetPermissions($id: ID!, $permissions: [PermissionKey!]!) {
  updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id }
}`;
const MY_PERMISSIONS = 'subscription { myPermissionsChanged { permissionsAdded } }';
const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

/** Sends `query` as a traced caller would: with a `traceparent` header naming the caller's span. */
async function tracedRequest(server: TestServer, query: string, variables: object, token: string) {
  const response = await fetch(server.roster.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown };
  expect(body.errors).toBeUndefined();
}

/** Waits until the receiver holds a span matching `match` (exports are batched, once a second). */
async function spanWhere(
  receiver: Awaited<ReturnType<typeof startReceiver>>,
  servers: TestServer[],
  match: (span: ReceivedSpan) => boolean,
) {
  for (const started = Date.now(); Date.now() - started < 15_000; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const found = receiver.spans.find(match);
    if (found) return found;
    await Promise.all(servers.map((server) => server.roster.app.tracing.flush()));
  }
  throw new Error(
    `no such span was received; got ${JSON.stringify(receiver.spans.filter((s) => s.traceId === CALLER_TRACE).map((s) => [s.service, s.traceId.slice(0, 6), s.spanId.slice(0, 4), s.parentSpanId.slice(0, 4), s.name]))}`,
  );
}

describe('traces are off unless TRACES_OTLP_URL is set', () => {
  it('records nothing by default', async () => {
    const server = await startServer();
    try {
      expect(server.roster.app.tracing.enabled).toBe(false);
    } finally {
      await server.close();
    }
  });

  it('TRACES_OTLP_URL must be an http(s) address, TRACES_SERVICE_NAME a plain name', () => {
    expect(loadConfig({}).traces).toBeNull();
    expect(loadConfig({ TRACES_OTLP_URL: 'http://collector:4318/v1/traces' }).traces).toEqual({
      url: 'http://collector:4318/v1/traces',
      serviceName: 'roster',
    });
    expect(() => loadConfig({ TRACES_OTLP_URL: 'collector:4318' })).toThrow(/^TRACES_OTLP_URL: must be an http/);
    expect(() => loadConfig({ TRACES_OTLP_URL: 'http://c/v1/traces', TRACES_SERVICE_NAME: 'a b' })).toThrow(/^TRACES_SERVICE_NAME:/);
  });
});

/** Follows one updateUserPermissions from the caller's span to the stream on `deliverer` that told the member. */
async function followPermissionChange(
  receiver: Awaited<ReturnType<typeof startReceiver>>,
  changer: TestServer,
  deliverer: TestServer,
  admin: SignedUp,
) {
  const member = await addMember(changer, admin, ['OVERVIEW'], 'Tia Traced');
  const watch = watchSubscriptions(deliverer);
  const ws = connectWs(deliverer, { authorization: `Bearer ${member.token}` });
  try {
    await whenConnected(ws);
    const subscription = ws.subscribe(MY_PERMISSIONS);
    await watch.until('member:permissions', member.userId);
    await tracedRequest(changer, SET_PERMISSIONS, { id: member.userId, permissions: ['OVERVIEW', 'INVENTORY_KPIS'] }, admin.token);
    expect((await subscription.results.next()).data.myPermissionsChanged.permissionsAdded).toEqual(['INVENTORY_KPIS']);
  } finally {
    await ws.dispose();
  }
  const servers = [changer, deliverer];
  const service = (server: TestServer) => server.roster.app.config.traces!.serviceName;
  const inTrace = (name: string, server: TestServer) => (span: ReceivedSpan) =>
    span.traceId === CALLER_TRACE && span.name === name && span.service === service(server);

  // The request continues the caller's trace; the operation is its child; the transaction the operation's.
  const request = await spanWhere(receiver, servers, inTrace('HTTP POST graphql', changer));
  expect(request.parentSpanId).toBe(CALLER_SPAN);
  expect(request.attributes['http.response.status_code']).toBe(200);
  const operation = await spanWhere(receiver, servers, inTrace('graphql mutation SetPermissions', changer));
  expect(operation.parentSpanId).toBe(request.spanId);
  expect(operation.attributes['graphql.outcome']).toBe('OK');
  const transaction = await spanWhere(
    receiver,
    servers,
    (span) => inTrace('db transaction', changer)(span) && span.parentSpanId === operation.spanId,
  );
  // Its SQL statements, as text with placeholders: never a value.
  const insert = await spanWhere(receiver, servers, (span) => span.parentSpanId === transaction.spanId && span.name === 'db INSERT');
  expect(insert.attributes['db.query.text']).toMatch(/^insert into .*values \((\?|\$1)/i);
  expect(JSON.stringify(receiver.spans)).not.toContain(admin.token);
  // The delivery, on the instance that held the subscriber, in the same trace, under the change that published it.
  const delivery = await spanWhere(receiver, servers, inTrace('live deliver', deliverer));
  const ids = new Set(receiver.spans.filter((span) => span.traceId === CALLER_TRACE).map((span) => span.spanId));
  expect(ids).toContain(delivery.parentSpanId);
  // The delivery's own re-check reads the database: its statements are its children.
  await spanWhere(receiver, servers, (span) => span.parentSpanId === delivery.spanId && span.name === 'db SELECT');
}

describe('a traced instance', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let server: TestServer;
  beforeAll(async () => {
    receiver = await startReceiver();
    server = await startServer({ config: { traces: { url: receiver.url, serviceName: 'roster-one' } } });
  });
  afterAll(async () => {
    await server?.close();
    await receiver?.close();
  });

  it('exports one permission change from the request to the stream that told the member, in the caller’s trace', async () => {
    await followPermissionChange(receiver, server, server, await signUp(server));
  });
});

describe.skipIf(dialect !== 'pg' || !process.env.REDIS_URL)('traces across two instances (PostgreSQL + Redis)', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    receiver = await startReceiver();
    a = await startServer({ config: { traces: { url: receiver.url, serviceName: 'roster-a' } } });
    b = await startServer({ sameDatabaseAs: a, config: { traces: { url: receiver.url, serviceName: 'roster-b' } } });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await receiver?.close();
  });

  it('a change made on A is delivered on B within A’s trace: the event carried it through Redis', async () => {
    await followPermissionChange(receiver, a, b, await signUp(a));
  });
});
