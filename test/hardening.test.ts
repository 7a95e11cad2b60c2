// Raw GraphQL strings on purpose, not the typed kit: its documents are attacks (aliases, depth, cost, tokens, batches) built to be refused.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Config } from '../src/config.js';
import { RateLimit, type RateLimits } from '../src/security/limits.js';
import { PASSWORD, type SignedUp, type TestServer, addMember, signUp, startServer, uniqueEmail } from './harness.js';
import { connectWs, subscribeSse, watchSubscriptions, whenConnected } from './live-harness.js';

// Issue 15: each attack of the issue, through the real server, is refused quickly with a clear
// error or close code, and changes nothing.

const codeOf = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) => response.errors?.[0]?.extensions?.code;
const post = (server: TestServer, body: string, headers: Record<string, string>) =>
  fetch(server.roster.url, { method: 'POST', headers, body });
const MY_PERMISSIONS = `subscription { myPermissionsChanged { cause } }`;

describe('query limits (graphql-armor), tighter for anyone not signed in', () => {
  let server: TestServer;
  let admin: SignedUp;
  beforeAll(async () => {
    server = await startServer();
    admin = await signUp(server);
  });
  afterAll(() => server.close());

  const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

  it('3,000 aliases of the public catalog: refused at once, naming the limit and its value', async () => {
    const response = await server.gql(aliases(3000, 'permissionCatalog { key name description }'));
    expect(response.data).toBeFalsy();
    expect(response.errors).toHaveLength(1);
    // 3,000 aliases are 15,000 tokens: the parser stops first.
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_REQUEST', limit: 'TOKENS', max: 2000 });
    const fewer = await server.gql(aliases(6, 'permissionCatalog { key }'));
    expect(fewer.errors![0]!.extensions).toMatchObject({ code: 'BAD_REQUEST', limit: 'ALIASES', max: 5 });
    expect(fewer.errors![0]!.message).toMatch(/limit of 5/);
  });

  it('a signed-in member gets more room than the public, and no more than that', async () => {
    expect((await server.gql(aliases(6, 'permissionCatalog { key }'), {}, admin.token)).errors).toBeUndefined();
    expect((await server.gql(aliases(21, 'me { name }'), {}, admin.token)).errors![0]!.extensions).toMatchObject({
      limit: 'ALIASES',
      max: 20,
    });
  });

  it('depth, cost and directives each have their limit', async () => {
    const deep = `{ me { user { permissions { decisions { capability } } } } }`; // depth 5
    expect((await server.gql(deep, {}, admin.token)).errors).toBeUndefined();
    const deeper = `{ auditLog { nodes { actor { account { name } } } } }`;
    expect(codeOf(await server.gql(deeper, {}, admin.token))).not.toBe('BAD_REQUEST');
    const tooDeepForPublic = `{ invitation(token: "x") { a: email b: email } __typename permissionCatalog { key } }`;
    expect(codeOf(await server.gql(tooDeepForPublic))).not.toBe('BAD_REQUEST');
    // A product's variants' product's variants…: each round trip is two levels.
    const nested = (rounds: number): string => (rounds === 0 ? 'name' : `variants { product { ${nested(rounds - 1)} } }`);
    const depthError = await server.gql(`{ products { nodes { ${nested(5)} } } }`, {}, admin.token);
    expect(depthError.errors![0]!.extensions).toMatchObject({ code: 'BAD_REQUEST', limit: 'DEPTH', max: 10 });
    // The default cost (20,000) is above what depth and aliases leave room for in one screen; a
    // server configured lower refuses by cost.
    const cheap = await startServer({
      config: {
        queryLimits: { ...server.roster.app.config.queryLimits, member: { ...server.roster.app.config.queryLimits.member, COST: 50 } },
      },
    });
    try {
      const owner = await signUp(cheap);
      const wide = `{ users { nodes { id name email status joinedAt permissions { fullAccess permissions capabilities decisions { capability allowed reason grantedBy restrictedBy } } } } }`;
      expect((await cheap.gql(wide, {}, owner.token)).errors![0]!.extensions).toMatchObject({
        code: 'BAD_REQUEST',
        limit: 'COST',
        max: 50,
      });
    } finally {
      await cheap.close();
    }
    const directives = `{ me { ${Array.from({ length: 11 }, () => 'name @include(if: true)').join(' ')} } }`;
    expect((await server.gql(directives, {}, admin.token)).errors![0]!.extensions).toMatchObject({ limit: 'DIRECTIVES', max: 10 });
  });

  it('text holding NUL is refused the same on both databases (PostgreSQL cannot store it)', async () => {
    const response = await server.gql(`mutation ($id: ID!) { removeConnection(id: $id) { id } }`, { id: 'a\u0000b' }, admin.token);
    expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const literal = await server.gql(`{ user(id: "a\\u0000b") { id } }`, {}, admin.token);
    expect(literal.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('an empty id is a record that does not exist, not a broken reference (found by fuzzing on PostgreSQL)', async () => {
    await server.ok(`mutation { updateAccount(input: { wholesaleEnabled: true }) { id } }`, {}, admin.token);
    for (const [document, variables] of [
      [`mutation ($region: ID) { connectRetailer(retailerName: "Empty Co", regionId: $region) { id } }`, { region: '' }],
      [
        `mutation ($vendor: ID) { createProduct(input: { name: "P", category: "C", vendorId: $vendor, variants: [{ sku: "E-1", title: "E", costCents: 1, priceCents: 2 }] }) { id } }`,
        { vendor: '' },
      ],
    ] as const) {
      const response = await server.gql(document, variables, admin.token);
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(response.errors)).toBe('NOT_FOUND');
    }
  });

  it('subscriptions are measured too', async () => {
    const directives = Array.from({ length: 11 }, () => 'cause @include(if: true)').join(' ');
    const stream = await subscribeSse(server, admin.token, `subscription { myPermissionsChanged { ${directives} } }`);
    const first = await stream.results.next();
    expect(first.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', limit: 'DIRECTIVES' });
    stream.close();
  });

  it('a body over MAX_REQUEST_BODY_BYTES is refused with 413 before it is read', async () => {
    const small = await startServer({ config: { maxRequestBodyBytes: 10_000 } });
    try {
      const response = await post(small, JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(20_000) } }), {
        'content-type': 'application/json',
      });
      expect(response.status).toBe(413);
    } finally {
      await small.close();
    }
  });

  it('a body of unknown length (chunked) is counted as it arrives: refused with 413 past the limit, served below it', async () => {
    const small = await startServer({ config: { maxRequestBodyBytes: 10_000 } });
    /** POSTs `body` in chunks of 1,000 bytes with Transfer-Encoding: chunked (no Content-Length). */
    const chunked = (body: string) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const request = httpRequest(
          small.roster.url,
          { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
          (response) => {
            let text = '';
            response.on('data', (chunk) => (text += chunk));
            response.on('end', () => resolve({ status: response.statusCode!, text }));
          },
        );
        request.on('error', reject);
        for (let at = 0; at < body.length; at += 1_000) request.write(body.slice(at, at + 1_000));
        request.end();
      });
    try {
      const over = await chunked(JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(20_000) } }));
      expect(over.status).toBe(413);
      expect(JSON.parse(over.text).errors[0].extensions).toMatchObject({ code: 'REQUEST_ENTITY_TOO_LARGE' });
      const under = await chunked(JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(5_000) } }));
      expect(under).toEqual({ status: 200, text: JSON.stringify({ data: { __typename: 'Query' } }) });
    } finally {
      await small.close();
    }
  });
});

describe('cross-site requests', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ config: { corsOrigins: ['https://app.example'] } });
  });
  afterAll(() => server.close());

  const signUpBody = (email: string) =>
    JSON.stringify({
      query: `mutation { signUp(input: { accountName: "X", name: "X", email: "${email}", password: "${PASSWORD}" }) { email } }`,
    });

  it.each([
    ['application/x-www-form-urlencoded', (email: string) => `query=${encodeURIComponent(JSON.parse(signUpBody(email)).query)}`],
    ['text/plain', signUpBody],
    [
      'multipart/form-data; boundary=x',
      (email: string) => `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${signUpBody(email)}\r\n--x--\r\n`,
    ],
  ])('a form post (%s) from another site runs nothing', async (contentType, body) => {
    const email = uniqueEmail('csrf');
    const response = await post(server, body(email), { 'content-type': contentType, origin: 'https://evil.example' });
    expect(response.status).toBe(415);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect((await server.emails()).filter((mail) => mail.recipient === email)).toEqual([]);
  });

  it('a body that is not JSON answers BAD_REQUEST (400) without quoting it back', async () => {
    const secret = 'password-hunter2';
    const response = await post(server, `{"query": "{ __typename }", "x": "${secret}"`, { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text).errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual(['BAD_REQUEST']);
    expect(text).not.toContain(secret);
    expect(text).not.toContain('originalError');
  });

  it('a GET needs the CSRF header; a listed origin gets CORS headers, any other none', async () => {
    const url = `${server.roster.url}?query=${encodeURIComponent('{ permissionCatalog { key } }')}`;
    expect((await fetch(url, { headers: { accept: 'application/json' } })).status).toBe(403);
    expect((await fetch(url, { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } })).status).toBe(200);
    const preflight = (origin: string) =>
      fetch(server.roster.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('https://app.example')).headers.get('access-control-allow-origin')).toBe('https://app.example');
    const json = await post(server, JSON.stringify({ query: '{ __typename }' }), {
      'content-type': 'application/json',
      origin: 'https://evil.example',
    });
    expect(json.headers.get('access-control-allow-origin')).toBeNull();
    expect(json.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('security headers, introspection and GraphiQL', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it.each(['/invite', '/verify-email', '/reset-password', '/confirm-email'])(
    '%s: a policy that runs only its own script, no framing, no referrer',
    async (path) => {
      const response = await fetch(server.roster.url.replace('/graphql', path));
      const policy = response.headers.get('content-security-policy')!;
      expect(policy).toMatch(/script-src 'sha256-[\w+/=]+'/);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('unsafe-inline');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      // The policy's hash is the page's own script: a browser runs it.
      const html = await response.text();
      const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
      const { createHash } = await import('node:crypto');
      expect(policy).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    },
  );

  it('every GraphQL answer is marked nosniff and unframeable', async () => {
    const response = await post(server, JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'application/json' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('GRAPHIQL=false and INTROSPECTION=false switch them off', async () => {
    const closed = await startServer({ config: { graphiql: false, introspection: false } });
    try {
      const page = await fetch(closed.roster.url, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toMatch(/graphiql/i);
      const introspection = await closed.gql(`{ __schema { types { name } } }`);
      expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
      expect((await closed.gql(`{ permissionCatalog { key } }`)).errors).toBeUndefined();
      const open = await fetch(server.roster.url, { headers: { accept: 'text/html' } });
      expect(await open.text()).toMatch(/graphiql/i);
    } finally {
      await closed.close();
    }
  });
});

const strict = (limits: Partial<Record<keyof typeof RateLimit, string>>): RateLimits =>
  Object.fromEntries(
    Object.keys(RateLimit).map((name) => {
      const [count, seconds] = (limits[name as keyof typeof RateLimit] ?? '1000000/3600').split('/').map(Number);
      return [name, { count: count!, seconds: seconds! }];
    }),
  ) as RateLimits;

describe('rate limits', () => {
  let server: TestServer;
  let admin: SignedUp;
  const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }`;
  beforeAll(async () => {
    server = await startServer({
      config: { rateLimits: strict({ LOGIN_PER_EMAIL: '5/900', INVITES_PER_ACCOUNT: '3/3600', LINKS_PER_CLIENT: '40/60' }) },
    });
    admin = await signUp(server, 'Limits Co', 'Lee Limits');
  });
  afterAll(() => server.close());

  it('wrong passwords for one email stop after LOGIN_PER_EMAIL, with when to retry; the owner is not locked out by successes', async () => {
    for (let i = 0; i < 6; i++) expect(codeOf(await server.gql(LOGIN, { email: admin.email, password: PASSWORD }))).toBeUndefined();
    for (let i = 0; i < 5; i++)
      expect(codeOf(await server.gql(LOGIN, { email: admin.email, password: 'wrong guess' }))).toBe('UNAUTHENTICATED');
    const refused = await server.gql(LOGIN, { email: admin.email, password: PASSWORD });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(refused.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(900);
    server.clock.advanceDays(15 / (24 * 60));
    expect(codeOf(await server.gql(LOGIN, { email: admin.email, password: PASSWORD }))).toBeUndefined();
  });

  it('invites per account', async () => {
    const INVITE = `mutation ($email: String!) { inviteUser(input: { email: $email }) { id } }`;
    for (let i = 0; i < 3; i++) expect(codeOf(await server.gql(INVITE, { email: uniqueEmail('inv') }, admin.token))).toBeUndefined();
    const email = uniqueEmail('inv');
    expect(codeOf(await server.gql(INVITE, { email }, admin.token))).toBe('RATE_LIMITED');
    const { invites } = await server.ok(`{ invites { totalCount } }`, {}, admin.token);
    expect(invites.totalCount).toBe(3);
  });

  it('invite links previewed or followed per client', async () => {
    const INVITATION = `query { invitation(token: "no-such-token") { email } }`;
    const answers = await Promise.all(Array.from({ length: 45 }, () => server.gql(INVITATION)));
    expect(answers.filter((answer) => codeOf(answer) === 'RATE_LIMITED')).toHaveLength(45 - 40);
  });
});

describe('password hashing is bounded', () => {
  it('a flood of sign-ins is refused fast beyond the queue, and every request is answered', async () => {
    const server = await startServer({ config: { passwordHashCost: 14, passwordHashConcurrency: 1, passwordHashQueue: 2 } });
    try {
      const owner = await signUp(server);
      const LOGIN = `mutation ($email: String!) { login(input: { email: $email, password: "not it at all" }) { token } }`;
      const answers = await Promise.all(Array.from({ length: 12 }, () => server.gql(LOGIN, { email: owner.email })));
      const codes = answers.map(codeOf);
      expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThan(0);
      expect(codes.filter((code) => code === 'UNAUTHENTICATED').length).toBeGreaterThanOrEqual(1);
      expect(codes.every((code) => code === 'RATE_LIMITED' || code === 'UNAUTHENTICATED')).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('limits on live connections', () => {
  let server: TestServer;
  let admin: SignedUp;
  const streams: Config['streams'] = { perSocket: 3, perSession: 4, perPerson: 6, socketsPerSession: 2 };
  beforeAll(async () => {
    server = await startServer({ config: { streams, wsMaxMessageBytes: 4096, wsInitTimeoutMs: 300 } });
    admin = await signUp(server);
  });
  afterAll(() => server.close());

  const wsUrl = () => server.roster.url.replace(/^http/, 'ws');
  const rawSocket = () => {
    const socket = new WebSocket(wsUrl(), 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    return { socket, closed, open: new Promise((resolve) => socket.on('open', resolve)) };
  };

  it('a message over WS_MAX_MESSAGE_BYTES closes the socket with 1009, before any authentication', async () => {
    server.expectLoggedErrors();
    const { socket, closed, open } = rawSocket();
    await open;
    socket.send(JSON.stringify({ type: 'connection_init', payload: { pad: 'x'.repeat(10_000) } }));
    expect(await closed).toBe(1009);
    expect(server.loggedErrors.at(-1)).toMatch(/WebSocket closed on error/);
  });

  it('a socket that never sends connection_init is closed with 4408', async () => {
    const { closed } = rawSocket();
    expect(await closed).toBe(4408);
  });

  it('subscriptions per socket, per session (SSE counted) and sockets per session are capped', async () => {
    const listening = watchSubscriptions(server);
    const ws = connectWs(server, { authorization: `Bearer ${admin.token}` });
    await whenConnected(ws);
    const subs = Array.from({ length: 4 }, () => ws.subscribe(MY_PERMISSIONS));
    const refused = await subs[3]!.results.next();
    expect(refused.errors?.[0]?.message).toMatch(/at most 3/);

    // The session has 3 open: one more over SSE fits the per-session cap of 4, the next does not.
    const fourth = await subscribeSse(server, admin.token, MY_PERMISSIONS);
    await listening.until('member:permissions', admin.userId, 4);
    const fifth = await subscribeSse(server, admin.token, MY_PERMISSIONS);
    const over = await fifth.results.next();
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_REQUEST', limit: 'SUBSCRIPTIONS_PER_SESSION', max: 4 });
    fourth.close();
    fifth.close();

    const second = connectWs(server, { authorization: `Bearer ${admin.token}` });
    await whenConnected(second);
    const third = connectWs(server, { authorization: `Bearer ${admin.token}` });
    expect((await third.closed).code).toBe(1008);
    await Promise.all([ws.dispose(), second.dispose()]);
  });

  it('subscriptions per person count every session of the login', async () => {
    const member = await addMember(server, admin, ['OVERVIEW'], 'Pia Person');
    const listening = watchSubscriptions(server);
    const LOGIN = `mutation ($email: String!) { login(input: { email: $email, password: "${PASSWORD}" }) { token } }`;
    const sessions = [member.token, (await server.ok(LOGIN, { email: member.email })).login.token];
    const open = [];
    for (const token of sessions) for (let i = 0; i < 3; i++) open.push(await subscribeSse(server, token, MY_PERMISSIONS));
    await listening.until('member:permissions', member.userId, 6);
    const third = (await server.ok(LOGIN, { email: member.email })).login.token;
    const over = await subscribeSse(server, third, MY_PERMISSIONS);
    expect((await over.results.next()).errors?.[0]?.extensions).toMatchObject({ limit: 'SUBSCRIPTIONS_PER_PERSON', max: 6 });
    for (const stream of [...open, over]) stream.close();
  });
});

describe.skipIf(!process.env.REDIS_URL)('rate limits shared by every instance (Redis)', () => {
  it('wrong passwords through two instances add up', async () => {
    const rateLimits = strict({ LOGIN_PER_EMAIL: '4/900' });
    const first = await startServer({ config: { rateLimits } });
    const second = await startServer({ sameDatabaseAs: first, config: { rateLimits } });
    try {
      const ada = await signUp(first);
      const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }`;
      for (const server of [first, second, first, second]) {
        expect(codeOf(await server.gql(LOGIN, { email: ada.email, password: 'wrong guess' }))).toBe('UNAUTHENTICATED');
      }
      for (const server of [first, second]) {
        expect(codeOf(await server.gql(LOGIN, { email: ada.email, password: PASSWORD }))).toBe('RATE_LIMITED');
      }
    } finally {
      await second.close();
      await first.close();
    }
  });
});
