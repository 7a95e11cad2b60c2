import { Agent, request as httpRequest } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialect } from '../src/db/dialect.js';
import { type TestDatabase, createTestDatabase } from './databases.js';
import { connectWs, whenConnected } from './live-harness.js';
import { type ServingProcess, buildServer, listeningOn, processGql, signUpThroughLog, startProcess } from './process-harness.js';

// Roster as operators run it: compiled (dist/main.js), as processes, stopped by signals.

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

type Instance = ServingProcess;
const SIGN_UP = `mutation ($email: String!) { signUp(input: { accountName: "Acme", name: "Ada", email: $email, password: "correct horse" }) { email } }`;

const asServer = (instance: Instance) => ({ roster: { url: instance.url } }) as never;

beforeAll(() => buildServer());

describe('a process stopped with SIGTERM', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('answers /health and /ready, finishes the request in flight, closes WebSockets with 1001, and exits 0', async () => {
    // A sign-up at scrypt cost 16 takes long enough to still be running when the signal arrives.
    // On PostgreSQL (trust authentication here) a password in the URL is ignored, and never printed.
    const url = dialect === 'pg' ? database.url.replace('postgres://postgres@', 'postgres://postgres:s3cret@') : database.url;
    const instance = await startProcess({ DATABASE_URL: url, PASSWORD_HASH_COST: '16', REDIS_URL: process.env.REDIS_URL ?? '' });
    expect(instance.stdout() + instance.stderr()).not.toContain('s3cret');
    expect(await (await fetch(instance.url.replace('/graphql', '/health'))).json()).toEqual({ status: 'ok' });
    const ready = await fetch(instance.url.replace('/graphql', '/ready'));
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);

    const first = await signUpThroughLog(instance, 'first@example.com');
    const ws = connectWs(asServer(instance), { authorization: `Bearer ${first}` });
    await whenConnected(ws);

    const inFlight = processGql(instance, SIGN_UP, { email: 'second@example.com' });
    await sleep(30);
    instance.child.kill('SIGTERM');
    const answered = await inFlight;
    expect(answered.errors).toBeUndefined();
    expect(answered.data.signUp.email).toBe('second@example.com');
    expect((await ws.closed).code).toBe(1001);
    expect(await instance.exited).toBe(0);
  });
});

/** A POST on one kept-alive connection (`agent`), answered or failed with the socket's error code. */
function postOn(agent: Agent, url: string, body: object): Promise<{ status: number; connection?: string; body: any } | { failed: string }> {
  return new Promise((resolve) => {
    const request = httpRequest(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, connection: response.headers.connection, body: JSON.parse(text) }));
      response.on('error', (error: NodeJS.ErrnoException) => resolve({ failed: error.code ?? error.message }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve({ failed: error.code ?? error.message }));
    request.end(JSON.stringify(body));
  });
}

describe('a process draining on SIGTERM, with a client on a kept-alive connection', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('the request in flight finishes with Connection: close, requests sent after the signal are refused (503 UNAVAILABLE or no connection), /ready is not 200, and it exits long before the grace period', async () => {
    const instance = await startProcess({
      DATABASE_URL: database.url,
      PASSWORD_HASH_COST: '16',
      SHUTDOWN_GRACE_SECONDS: '60',
      REDIS_URL: process.env.REDIS_URL ?? '',
    });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const graphql = (query: string, variables = {}) => postOn(agent, instance.url, { query, variables });
    expect(await graphql('{ __typename }')).toMatchObject({ status: 200, connection: 'keep-alive' });

    // A slow sign-up (scrypt at cost 16) is in flight when the signal arrives.
    const inFlight = graphql(SIGN_UP, { email: 'slow@example.com' });
    await sleep(30);
    const signalledAt = Date.now();
    instance.child.kill('SIGTERM');
    const answered = await inFlight;
    expect(answered).toMatchObject({ status: 200, connection: 'close', body: { data: { signUp: { email: 'slow@example.com' } } } });

    // Afterwards, on a connection kept alive or a new one: refused, typed, never accepted or reset.
    const after = [];
    for (let i = 0; i < 5; i++) after.push(await graphql(SIGN_UP, { email: `late${i}@example.com` }));
    for (const late of after) {
      if ('failed' in late) expect(late.failed).toBe('ECONNREFUSED');
      else expect(late).toMatchObject({ status: 503, connection: 'close', body: { errors: [{ extensions: { code: 'UNAVAILABLE' } }] } });
    }
    const readiness = await postOn(agent, instance.url.replace('/graphql', '/ready'), {});
    if (!('failed' in readiness)) expect(readiness.status).toBe(503);
    expect(await instance.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(15_000);
    agent.destroy();
  });
});

describe.skipIf(dialect !== 'pg' || !process.env.REDIS_URL)('two Roster processes on one PostgreSQL and one Redis', () => {
  let database: TestDatabase;
  let a: Instance;
  let b: Instance;
  let token: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { DATABASE_URL: database.url, REDIS_URL: process.env.REDIS_URL! };
    [a, b] = await Promise.all([startProcess(env), startProcess(env)]);
    token = await signUpThroughLog(a, 'ada@example.com');
  });
  afterAll(async () => {
    for (const instance of [a, b]) instance?.child.kill('SIGKILL');
    await database.drop();
  });

  // How soon is measured by `npm run bench`; here, that it arrives at all.
  it('a subscriber on B hears a change made through A', async () => {
    const ws = connectWs(asServer(b), { authorization: `Bearer ${token}` });
    try {
      await whenConnected(ws);
      const sub = ws.subscribe(`subscription { myPermissionsChanged { cause capabilitiesAdded } }`);
      const { me } = (await processGql(a, `{ me { account { id } } }`, {}, token)).data;
      await listeningOn(process.env.REDIS_URL!, database.url, `account:permissions:${me.account.id}`);
      expect(
        (await processGql(a, `mutation { updateAccount(input: { wholesaleEnabled: true }) { id } }`, {}, token)).errors,
      ).toBeUndefined();
      const event = await sub.results.next();
      expect(event.data.myPermissionsChanged).toEqual({ cause: 'ACCOUNT_FEATURES_CHANGED', capabilitiesAdded: ['WHOLESALE'] });
    } finally {
      await ws.dispose();
    }
  });

  it('a session logged out on A is rejected on B at once, and its socket on B closes with 4401', async () => {
    const login = await processGql(a, `mutation { login(input: { email: "ada@example.com", password: "correct horse" }) { token } }`);
    const session = login.data.login.token;
    const ws = connectWs(asServer(b), { authorization: `Bearer ${session}` });
    await whenConnected(ws);
    ws.subscribe(`subscription { myPermissionsChanged { cause sessionEnded } }`);
    const { me } = (await processGql(a, `{ me { user { id } } }`, {}, session)).data;
    await listeningOn(process.env.REDIS_URL!, database.url, `member:permissions:${me.user.id}`);
    expect((await processGql(a, `mutation { logout }`, {}, session)).data.logout).toBe(true);
    const closed = await Promise.race([ws.closed, sleep(10_000).then(() => 'still open')]);
    expect(closed).toEqual({ code: 4401, reason: 'Session ended: logout' });
    expect((await processGql(b, `{ me { name } }`, {}, session)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('SIGKILL of A in the middle of a stream of writes: B keeps serving, and every write A acknowledged is stored', async () => {
    const acknowledged: string[] = [];
    let stop = false;
    const writes = (async () => {
      for (let i = 0; !stop; i++) {
        const email = `w${i}@example.com`;
        try {
          const response = await processGql(
            a,
            `mutation ($email: String!) { inviteUser(input: { email: $email }) { id } }`,
            { email },
            token,
          );
          if (response.data?.inviteUser) acknowledged.push(email);
        } catch {
          return; // A is gone
        }
      }
    })();
    while (acknowledged.length < 20) await sleep(10);
    a.child.kill('SIGKILL');
    stop = true;
    await writes;
    expect(await a.exited).toBeNull();

    expect((await processGql(b, `{ me { name } }`, {}, token)).data.me.name).toBe('Ada');
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const stored = (await client.query(`select email from invites`)).rows.map((row) => row.email);
      for (const email of acknowledged) expect(stored).toContain(email);
    } finally {
      await client.end();
    }
  });
});
