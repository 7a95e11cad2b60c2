// Raw GraphQL strings on purpose, not the typed kit: it replays the attack pass's requests exactly as an attacker sent them.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { accounts } from '../src/modules/accounts/tables.js';
import { people } from '../src/modules/users/tables.js';
import { RateLimit, type RateLimits } from '../src/security/limits.js';
import { type TestDatabase, createTestDatabase } from './databases.js';
import { type GraphQLResponse, PASSWORD, type SignedUp, type TestServer, addMember, signUp, startServer, uniqueEmail } from './harness.js';
import { type ServingProcess, buildServer, processGql, signUpThroughLog, startProcess } from './process-harness.js';
import { assertVocabulary } from './vocabulary.js';
import { connectWs, subscribeSse, whenConnected } from './live-harness.js';

// Issue 20: each finding of the attack pass, reproduced through the real server, now fails.

const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }`;
const CHANGE_EMAIL = `mutation ($newEmail: String!, $password: String!) { changeEmail(input: { newEmail: $newEmail, password: $password }) { email } }`;
const codeOf = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) => response.errors?.[0]?.extensions?.code;
const RESET_REQUEST = `mutation ($email: String!) { requestPasswordReset(email: $email) { email } }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) }`;
const CONFIRM_EMAIL = `mutation ($token: String!) { confirmEmailChange(token: $token) }`;
const CHANGE_PASSWORD = `mutation ($current: String!) { changePassword(input: { currentPassword: $current, newPassword: "a whole new password" }) }`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('a full password-hash queue', () => {
  let database: TestDatabase;
  let instance: ServingProcess;
  let ownerToken: string;
  const owner = 'queue.owner@example.com';
  beforeAll(async () => {
    await buildServer();
  });
  afterAll(async () => {
    instance?.child.kill('SIGKILL');
    await instance?.exited;
    await database?.drop();
  });

  /** A process hashing one password at a time with room for 4 to wait, and a signed-in owner. */
  async function start() {
    if (instance) {
      instance.child.kill('SIGKILL');
      await instance.exited;
      await database.drop();
    }
    database = await createTestDatabase();
    instance = await startProcess({
      DATABASE_URL: database.url,
      REDIS_URL: process.env.REDIS_URL ?? '',
      PASSWORD_HASH_COST: '14',
      PASSWORD_HASH_CONCURRENCY: '1',
      PASSWORD_HASH_QUEUE: '4',
      // The flood below is the issue's: wrong current passwords from one signed-in caller, as many
      // as it takes to fill the queue, so the limits on them are lifted here.
      RATE_LIMIT_PASSWORD_CHECKS_PER_PERSON: '1000/900',
      RATE_LIMIT_PASSWORD_CHECKS_PER_CLIENT: '1000/900',
      RATE_LIMIT_LOGIN_PER_EMAIL: '1000/900',
    });
    ownerToken = await signUpThroughLog(instance, owner);
  }

  /** 40 wrong current passwords at once; `during` runs once the queue is seen full (a refusal came back). */
  async function flood<T>(during: () => Promise<T>): Promise<T> {
    let full!: () => void;
    const seenFull = new Promise<void>((done) => (full = done));
    const answers = Array.from({ length: 40 }, (_, i) =>
      processGql(instance, CHANGE_EMAIL, { newEmail: `flood${i}@example.com`, password: 'not my password' }, ownerToken).then((answer) => {
        if (codeOf(answer) === 'RATE_LIMITED') full();
        return answer;
      }),
    );
    await seenFull;
    const result = await during();
    expect((await Promise.all(answers)).map(codeOf).every((code) => code === 'RATE_LIMITED' || code === 'BAD_USER_INPUT')).toBe(true);
    return result;
  }

  it('a sign-in while it is full does not end the process', async () => {
    await start();
    const answer = await flood(() => processGql(instance, LOGIN, { email: owner, password: 'a wrong guess' }));
    expect(['RATE_LIMITED', 'UNAUTHENTICATED']).toContain(codeOf(answer));
    await new Promise((done) => setTimeout(done, 200));
    expect(instance.child.exitCode).toBeNull();
    expect(instance.stderr()).not.toMatch(/unhandled/i);
    expect((await processGql(instance, LOGIN, { email: owner, password: 'correct horse' })).data?.login.token).toEqual(expect.any(String));
  });

  it('afterwards, an unknown email answers as a known one does, in comparable time', async () => {
    await start();
    await flood(() => processGql(instance, LOGIN, { email: 'nobody.yet@example.com', password: 'a wrong guess' }));
    const timed = async (email: string) => {
      const started = performance.now();
      const code = codeOf(await processGql(instance, LOGIN, { email, password: 'a wrong guess' }));
      return { code, ms: performance.now() - started };
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      const [k, u] = [await timed(owner), await timed(`nobody${i}@example.com`)];
      expect([k.code, u.code]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
      known.push(k.ms);
      unknown.push(u.ms);
    }
    // Both hash once (tens of ms at cost 14); a refusal without hashing would take a few.
    expect(median(unknown)).toBeGreaterThan(median(known) / 2);
  });
});

/** Every limit lifted but the ones given (`count/seconds`). */
const only = (limits: Partial<Record<keyof typeof RateLimit, string>>): RateLimits =>
  Object.fromEntries(
    Object.keys(RateLimit).map((name) => {
      const [count, seconds] = (limits[name as keyof typeof RateLimit] ?? '1000000/3600').split('/').map(Number);
      return [name, { count: count!, seconds: seconds! }];
    }),
  ) as RateLimits;

/** A GraphQL request from another client: its connection comes from the loopback address `from` (127.0.0.2, …). */
function gqlFrom(
  server: TestServer,
  from: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResponse> {
  const url = new URL(server.roster.url);
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: from,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => {
          const answer = JSON.parse(text) as { data?: unknown; errors?: GraphQLResponse['errors'] };
          assertVocabulary(answer.errors);
          resolve({ status: res.statusCode!, data: answer.data, errors: answer.errors });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('limits on password checks', () => {
  let server: TestServer;
  let admin: SignedUp;
  const FIFTEEN_MINUTES = 15 / (24 * 60);
  beforeAll(async () => {
    server = await startServer({
      config: {
        rateLimits: only({ LOGIN_PER_EMAIL: '5/900', PASSWORD_CHECKS_PER_PERSON: '5/900', PASSWORD_CHECKS_PER_CLIENT: '10/900' }),
        // Hashing slow enough, and one at a time, for tries sent together to overlap.
        passwordHashCost: 13,
        passwordHashConcurrency: 1,
        passwordHashQueue: 8,
      },
    });
    admin = await signUp(server, 'Limits Co', 'Lee Limits');
  });
  afterAll(() => server.close());

  const login = (email: string, password: string, from = '127.0.0.1') => gqlFrom(server, from, LOGIN, { email, password });

  it('40 wrong sign-ins at once for one email: 5 are checked, the rest refused before hashing', async () => {
    const target = await addMember(server, admin, ['OVERVIEW'], 'Tess Target');
    const answers = await Promise.all(Array.from({ length: 40 }, () => login(target.email, 'a wrong guess', '127.0.0.11')));
    const codes = answers.map(codeOf);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(35);
  });

  it("a stranger's wrong guesses do not keep the owner out, and a stranger from a new address gets one guess", async () => {
    const owner = await addMember(server, admin, ['OVERVIEW'], 'Olga Owner');
    for (let i = 0; i < 5; i++) expect(codeOf(await login(owner.email, 'a wrong guess', '127.0.0.12'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(owner.email, PASSWORD, '127.0.0.12'))).toBe('RATE_LIMITED');
    // The owner, from a client that has not failed: in, and again (a success does not count).
    for (let i = 0; i < 3; i++) expect(codeOf(await login(owner.email, PASSWORD, '127.0.0.13'))).toBeUndefined();
    expect(codeOf(await login(owner.email, 'another guess', '127.0.0.14'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(owner.email, PASSWORD, '127.0.0.14'))).toBe('RATE_LIMITED');
  });

  it('a completed password reset clears the failures', async () => {
    const owner = await addMember(server, admin, ['OVERVIEW'], 'Rita Reset');
    for (let i = 0; i < 5; i++) expect(codeOf(await login(owner.email, 'a wrong guess', '127.0.0.15'))).toBe('UNAUTHENTICATED');
    // The owner mistypes once as well, from their own client: now locked out there too.
    expect(codeOf(await login(owner.email, 'a typo', '127.0.0.16'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(owner.email, PASSWORD, '127.0.0.16'))).toBe('RATE_LIMITED');
    await server.ok(RESET_REQUEST, { email: owner.email });
    await gqlFrom(server, '127.0.0.16', RESET, {
      token: await server.linkToken(owner.email, '/reset-password'),
      password: 'the new password',
    });
    expect(codeOf(await login(owner.email, 'the new password', '127.0.0.16'))).toBeUndefined();
    expect(codeOf(await login(owner.email, 'the new password', '127.0.0.15'))).toBeUndefined();
  });

  it('wrong current passwords stop after PASSWORD_CHECKS_PER_PERSON, counted before hashing', async () => {
    const member = await addMember(server, admin, ['OVERVIEW'], 'Gus Guesser');
    const tries = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? gqlFrom(server, '127.0.0.21', CHANGE_PASSWORD, { current: 'a wrong guess' }, member.token)
          : gqlFrom(server, '127.0.0.22', CHANGE_EMAIL, { newEmail: `gus${i}@example.com`, password: 'a wrong guess' }, member.token),
      ),
    );
    const codes = tries.map(codeOf);
    expect(codes.filter((code) => code === 'BAD_USER_INPUT')).toHaveLength(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(15);
    // Even the right one waits for the window to end.
    expect(codeOf(await gqlFrom(server, '127.0.0.23', CHANGE_PASSWORD, { current: PASSWORD }, member.token))).toBe('RATE_LIMITED');
    server.clock.advanceDays(FIFTEEN_MINUTES);
    expect(codeOf(await gqlFrom(server, '127.0.0.23', CHANGE_PASSWORD, { current: PASSWORD }, member.token))).toBeUndefined();
  });

  it('current-password checks from one client stop after PASSWORD_CHECKS_PER_CLIENT, whoever is signed in', async () => {
    const members = [];
    for (const name of ['Cy One', 'Cy Two', 'Cy Three']) members.push(await addMember(server, admin, ['OVERVIEW'], name));
    const codes = [];
    for (let i = 0; i < 12; i++) {
      codes.push(codeOf(await gqlFrom(server, '127.0.0.31', CHANGE_PASSWORD, { current: 'a wrong guess' }, members[i % 3]!.token)));
    }
    expect(codes).toEqual([...Array(10).fill('BAD_USER_INPUT'), 'RATE_LIMITED', 'RATE_LIMITED']);
    expect(codeOf(await gqlFrom(server, '127.0.0.32', CHANGE_PASSWORD, { current: 'a wrong guess' }, members[0]!.token))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('a flood of wrong current passwords no longer fills the hash queue: others still sign in', async () => {
    const flooder = await addMember(server, admin, ['OVERVIEW'], 'Flo Flood');
    const bystander = await addMember(server, admin, ['OVERVIEW'], 'Bea Bystander');
    // The bystander signs in once the flood has been refused something (the hash queue full, or a limit).
    let refused!: () => void;
    const firstRefusal = new Promise<void>((done) => (refused = done));
    const flood = Array.from({ length: 40 }, (_, i) =>
      gqlFrom(server, `127.0.1.${i + 1}`, CHANGE_EMAIL, { newEmail: `flo${i}@example.com`, password: 'a wrong guess' }, flooder.token).then(
        (answer) => {
          if (codeOf(answer) === 'RATE_LIMITED') refused();
          return answer;
        },
      ),
    );
    await firstRefusal;
    expect(codeOf(await login(bystander.email, PASSWORD, '127.0.0.41'))).toBeUndefined();
    expect(new Set((await Promise.all(flood)).map(codeOf))).toEqual(new Set(['BAD_USER_INPUT', 'RATE_LIMITED']));
  });
});

describe('INTROSPECTION=false', () => {
  let open: TestServer;
  let closed: TestServer;
  beforeAll(async () => {
    [open, closed] = await Promise.all([startServer(), startServer({ config: { introspection: false } })]);
  });
  afterAll(() => Promise.all([open.close(), closed.close()]));

  // Each misspelling, as a literal or in variables, and the name graphql-js suggests ("Did you mean …?").
  const misspelt: Array<[string, string, Record<string, unknown>, string]> = [
    ['a field', '{ permissionCatalog { kee } }', {}, 'key'],
    ['an argument', '{ invites(statu: PENDING) { totalCount } }', {}, 'status'],
    ['a type', 'query ($s: InviteStatu) { invites(status: $s) { totalCount } }', {}, 'InviteStatus'],
    ['an enum value', '{ invites(status: PENDNG) { totalCount } }', {}, 'PENDING'],
    ['an enum value in variables', 'query ($s: InviteStatus) { invites(status: $s) { totalCount } }', { s: 'PENDNG' }, 'PENDING'],
    [
      'an input field in variables',
      'mutation ($i: InviteUserInput!) { inviteUser(input: $i) { id } }',
      { i: { email: 'a@example.com', nme: 'A' } },
      'name',
    ],
  ];

  it.each(misspelt)('a misspelt %s is refused without suggesting the right name', async (_, query, variables, suggestion) => {
    const [suggested, hidden] = await Promise.all([open.gql(query, variables), closed.gql(query, variables)]);
    const messages = (answer: GraphQLResponse) => answer.errors!.map((error) => error.message).join(' ');
    expect(messages(suggested)).toContain(`Did you mean `);
    expect(messages(suggested)).toContain(`"${suggestion}"`);
    expect(messages(hidden)).not.toContain('Did you mean');
    expect(messages(hidden)).not.toContain(`"${suggestion}"`);
    expect(hidden.errors!.map((error) => error.extensions)).toEqual(
      suggested.errors!.map((error) => expect.objectContaining({ code: error.extensions?.code })),
    );
  });
});

describe('emailed links and sessions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('a new reset link voids the older ones', async () => {
    const ada = await signUp(server, 'Links Co', 'Ada Links');
    await server.ok(RESET_REQUEST, { email: ada.email });
    const older = await server.linkToken(ada.email, '/reset-password');
    await server.ok(RESET_REQUEST, { email: ada.email });
    const newer = await server.linkToken(ada.email, '/reset-password');
    expect(codeOf(await server.gql(RESET, { token: older, password: 'from the old link' }))).toBe('LINK_EXPIRED');
    expect(await server.ok(RESET, { token: newer, password: 'from the new link' })).toEqual({ resetPassword: true });
  });

  it('a confirmed email change ends every other session of the login: sockets close 4401, streams get their final event', async () => {
    const ada = await signUp(server, 'Moving Co', 'Ada Moving');
    const other = (await server.ok(LOGIN, { email: ada.email, password: PASSWORD })).login.token;
    const ws = connectWs(server, { authorization: `Bearer ${other}` });
    await whenConnected(ws);
    const stream = await subscribeSse(server, other, `subscription { myPermissionsChanged { cause sessionEnded } }`);
    const newEmail = 'ada.moved@example.com';
    await server.ok(CHANGE_EMAIL, { newEmail, password: PASSWORD }, ada.token);
    // Confirmed from the emailed page, which carries no session.
    await server.ok(CONFIRM_EMAIL, { token: await server.linkToken(newEmail, '/confirm-email') });
    const stillOpen = new Promise((done) => setTimeout(() => done('still open'), 3000));
    expect(await Promise.race([ws.closed, stillOpen])).toEqual({ code: 4401, reason: 'Session ended: email changed' });
    expect((await stream.results.next()).data).toEqual({ myPermissionsChanged: { cause: 'SESSION_ENDED', sessionEnded: 'EMAIL_CHANGED' } });
    await stream.completed;
    expect(codeOf(await server.gql(`{ me { email } }`, {}, other))).toBe('UNAUTHENTICATED');
    // The session that asked for the change stays, as after a password change.
    expect((await server.ok(`{ me { email } }`, {}, ada.token)).me.email).toBe(newEmail);
  });
});

describe('invite emails carry no stranger text unquoted', () => {
  let server: TestServer;
  let admin: SignedUp;
  const INVITE = `mutation ($email: String!, $name: String) { inviteUser(input: { email: $email, name: $name }) { id } }`;
  const LURE = 'Your payroll is on hold: verify at https://evil.example/login';
  beforeAll(async () => {
    server = await startServer();
    admin = await signUp(server, 'Acme', 'Ada Admin');
  });
  afterAll(() => server.close());

  const inviteMail = async (name: string | null) => {
    const email = uniqueEmail('invitee');
    await server.ok(INVITE, { email, name }, admin.token);
    return (await server.emails()).filter((mail) => mail.recipient === email).at(-1)!;
  };

  it('the subject is fixed; the account, inviter and invitee names are quoted as typed by people, not Roster', async () => {
    const mail = await inviteMail('Bob Builder');
    expect(mail.subject).toBe('You are invited to join an account on Roster');
    expect(mail.text).toMatch(/not written or checked by Roster/);
    for (const [label, text] of [
      ['Account', 'Acme'],
      ['Invited by', 'Ada Admin'],
      ['Your name', 'Bob Builder'],
    ]) {
      expect(mail.text).toMatch(new RegExp(`^${label}[^\n]*: “${text}”`, 'm'));
    }
    expect(mail.text.split('\n').filter((line) => /Acme|Ada Admin|Bob Builder/.test(line))).toHaveLength(3);
  });

  it('names written before they were checked still reach only the quoted lines', async () => {
    await server.roster.app.db.transaction(async (tx) => {
      await tx.db.update(accounts).set({ name: LURE }).where(eq(accounts.id, admin.accountId));
      await tx.db.update(people).set({ name: 'IT Support “ call 555 0100' }).where(eq(people.email, admin.email));
    });
    const mail = await inviteMail(null);
    expect(mail.subject).toBe('You are invited to join an account on Roster');
    expect(mail.text).toContain(`Account: “${LURE}”`);
    expect(mail.text).toContain('Invited by: “IT Support " call 555 0100”');
    expect(mail.text.split('\n').filter((line) => /evil|555/.test(line))).toHaveLength(2);
  });

  const SIGN_UP = `mutation ($accountName: String!, $name: String!, $email: String!) { signUp(input: { accountName: $accountName, name: $name, email: $email, password: "${PASSWORD}" }) { email } }`;
  const refusals: Array<[string, string]> = [
    ['a link', LURE],
    ['a bare domain', 'Support at evil.example'],
    ['www.', 'www dot: www.evil'],
    ['an email address', 'Write to payroll@evil.example'],
    ['a phone number', 'Call +1 (555) 010-9999'],
    ['a phone number without separators', 'Text 5550100 now'],
  ];

  it.each(refusals)('a name holding %s is refused wherever it would be mailed, naming the field', async (_, text) => {
    const field = (answer: GraphQLResponse) => [answer.errors?.[0]?.extensions?.code, answer.errors?.[0]?.extensions?.field];
    expect(field(await server.gql(SIGN_UP, { accountName: text, name: 'Ada', email: uniqueEmail() }))).toEqual([
      'BAD_USER_INPUT',
      'accountName',
    ]);
    expect(field(await server.gql(SIGN_UP, { accountName: 'Acme', name: text, email: uniqueEmail() }))).toEqual(['BAD_USER_INPUT', 'name']);
    const renamed = await server.gql(
      `mutation ($name: String!) { updateAccount(input: { name: $name }) { name } }`,
      { name: text },
      admin.token,
    );
    expect(field(renamed)).toEqual(['BAD_USER_INPUT', 'name']);
    const created = await server.gql(
      `mutation ($name: String!) { createAccount(name: $name) { account { name } } }`,
      { name: text },
      admin.token,
    );
    expect(field(created)).toEqual(['BAD_USER_INPUT', 'name']);
    expect(field(await server.gql(INVITE, { email: uniqueEmail(), name: text }, admin.token))).toEqual(['BAD_USER_INPUT', 'name']);
    const email = uniqueEmail('accepting');
    await server.ok(INVITE, { email, name: null }, admin.token);
    const ACCEPT = `mutation ($token: String!, $name: String!) { acceptInvite(input: { token: $token, name: $name, password: "${PASSWORD}" }) { token } }`;
    expect(field(await server.gql(ACCEPT, { token: await server.inviteToken(email), name: text }))).toEqual(['BAD_USER_INPUT', 'name']);
  });

  it.each(['Ada Lovelace', 'J. R. R. Tolkien', 'Acme Inc.', "O'Brien & Sons (2024)", 'Café Ünïcode', 'Store 42'])(
    'an ordinary name such as %s is kept',
    async (name) => {
      const answer = await server.gql(
        `mutation ($name: String!) { createAccount(name: $name) { account { name } } }`,
        { name },
        admin.token,
      );
      expect(answer.data?.createAccount.account.name).toBe(name);
    },
  );
});

describe('the audit entry of a new account', () => {
  it('ACCOUNT_CREATED is about the account: its subject id is the account id, at sign-up and at createAccount', async () => {
    const server = await startServer();
    try {
      const ada = await signUp(server, 'First Co', 'Ada First');
      const created = await server.ok(`mutation { createAccount(name: "Second Co") { account { id } } }`, {}, ada.token);
      // createAccount moved Ada's session to the new account; a new sign-in acts in her oldest.
      const inFirst = (await server.ok(LOGIN, { email: ada.email, password: PASSWORD })).login.token;
      const CREATED = `{ auditLog(first: 5, subjectType: Account) { nodes { action subjectType subjectId } } }`;
      for (const [token, accountId] of [
        [inFirst, ada.accountId],
        [ada.token, created.createAccount.account.id],
      ]) {
        expect((await server.ok(CREATED, {}, token)).auditLog.nodes).toEqual([
          { action: 'ACCOUNT_CREATED', subjectType: 'Account', subjectId: accountId },
        ]);
      }
    } finally {
      await server.close();
    }
  });
});
