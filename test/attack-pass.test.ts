import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestDatabase, createTestDatabase } from './databases.js';
import { type ServingProcess, buildServer, processGql, signUpThroughLog, startProcess } from './process-harness.js';

// Issue 20: each finding of the attack pass, reproduced through the real server, now fails.

const LOGIN = `mutation ($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }`;
const CHANGE_EMAIL = `mutation ($newEmail: String!, $password: String!) { changeEmail(input: { newEmail: $newEmail, password: $password }) { email } }`;
const codeOf = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) => response.errors?.[0]?.extensions?.code;
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
