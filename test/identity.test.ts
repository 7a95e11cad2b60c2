import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/modules/audit/tables.js';
import { writeLastSeen } from '../src/modules/auth/last-seen.js';
import { sessions } from '../src/modules/auth/tables.js';
import { emailLinks } from '../src/modules/identity/tables.js';
import { people } from '../src/modules/users/tables.js';
import { PASSWORD, type SignedUp, type TestServer, addMember, signUp, startServer, uniqueEmail } from './harness.js';
import { connectWs, subscribeSse, watchSubscriptions, whenConnected } from './live-harness.js';
import { graphql, ok, run } from './kit/index.js';

// Issue 14: each attack of the issue, reproduced through the real server, now fails.
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const SIGN_UP = graphql(`
  mutation IdentitySignUp($input: SignUpInput!) {
    signUp(input: $input) {
      email
      message
    }
  }
`);
const VERIFY = graphql(`
  mutation IdentityVerify($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      token
      me {
        name
        email
        account {
          name
        }
      }
    }
  }
`);
const LOGIN = graphql(`
  mutation IdentityLogin($email: String!, $password: String!) {
    login(input: { email: $email, password: $password }) {
      token
    }
  }
`);
const RESET_REQUEST = graphql(`
  mutation IdentityResetRequest($email: String!) {
    requestPasswordReset(email: $email) {
      email
      message
    }
  }
`);
const RESET = graphql(`
  mutation IdentityReset($token: String!, $password: String!) {
    resetPassword(input: { token: $token, password: $password })
  }
`);
const ACCEPT = graphql(`
  mutation IdentityAccept($input: AcceptInviteInput!) {
    acceptInvite(input: $input) {
      token
      me {
        email
        account {
          id
        }
      }
    }
  }
`);

const signUpAs = (overrides: Record<string, string> = {}, on = server) =>
  run(on, SIGN_UP, { input: { accountName: 'Acme', name: 'Ada Admin', email: uniqueEmail('ada'), password: PASSWORD, ...overrides } });
/** An answer as JSON, with the address it names replaced, to compare answers for two addresses. */
const withoutAddress = (answer: unknown, email: string) => JSON.stringify(answer).split(email).join('<email>');
const codeOf = (response: { errors?: Array<{ extensions?: Record<string, any> }> }) => response.errors?.[0]?.extensions?.code;
const loginOf = async (email: string) => (await server.roster.app.db.read.select().from(people).where(eq(people.email, email)))[0]!;
const loginsFor = async (on: TestServer, email: string) =>
  (await on.roster.app.db.read.select().from(people).where(eq(people.email, email))).length;
const login = (email: string, password = PASSWORD, on = server) => run(on, LOGIN, { email, password });
const lastEmailTo = async (email: string, on = server) => (await on.emails()).filter((mail) => mail.recipient === email).at(-1);

async function verify(email: string, password = PASSWORD, on = server) {
  return run(on, VERIFY, { input: { token: await on.linkToken(email, '/verify-email'), password } });
}

describe('proof of the mailbox before a login exists', () => {
  it('a sign-up creates nothing until its link is followed with the password chosen then', async () => {
    const email = uniqueEmail('proof');
    expect((await signUpAs({ email, accountName: 'Proof Co' })).errors).toBeUndefined();
    expect(await loginsFor(server, email)).toBe(0);
    expect(codeOf(await login(email))).toBe('UNAUTHENTICATED');
    const wrong = await verify(email, 'not the password');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(await loginsFor(server, email)).toBe(0);
    const verified = await verify(email);
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.verifyEmail.me).toEqual({ name: 'Ada Admin', email, account: { name: 'Proof Co' } });
    expect((await login(email)).errors).toBeUndefined();
  });

  it('the link works once, and is stored only as its SHA-256', async () => {
    const email = uniqueEmail('once');
    await signUpAs({ email });
    const token = await server.linkToken(email, '/verify-email');
    const [link] = await server.roster.app.db.read.select().from(emailLinks).where(eq(emailLinks.email, email));
    expect(link!.tokenHash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(link)).not.toContain(token);
    expect((await verify(email)).errors).toBeUndefined();
    expect(codeOf(await verify(email))).toBe('LINK_EXPIRED');
  });

  it('the link expires after VERIFY_LINK_TTL_HOURS, leaving no login behind', async () => {
    const short = await startServer({ config: { verifyLinkTtlHours: 1 } });
    try {
      const email = uniqueEmail('late');
      await signUpAs({ email }, short);
      short.clock.advanceDays(2 / 24);
      const late = await verify(email, PASSWORD, short);
      expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'LINK_EXPIRED', expiredAt: expect.any(String) });
      expect(await loginsFor(short, email)).toBe(0);
    } finally {
      await short.close();
    }
  });

  it('a squatter cannot block the real owner: their unconfirmed sign-up leaves no login, and the owner joins when invited', async () => {
    const admin = await signUp(server, 'Corp', 'Ann Admin');
    const bob = uniqueEmail('bob');
    await signUpAs({ email: bob, name: 'Squatter', password: 'squatter password' });
    await ok(
      server,
      graphql(`
        mutation IdentityInviteUser($email: String!) {
          inviteUser(input: { email: $email, name: "Bob" }) {
            id
          }
        }
      `),
      { email: bob },
      admin.token,
    );
    const invitation = await ok(
      server,
      graphql(`
        query IdentityInvitation($token: String!) {
          invitation(token: $token) {
            hasLogin
          }
        }
      `),
      {
        token: await server.inviteToken(bob),
      },
    );
    expect(invitation.invitation.hasLogin).toBe(false);
    const joined = await run(server, ACCEPT, { input: { token: await server.inviteToken(bob), password: 'bobs own password' } });
    expect(joined.errors).toBeUndefined();
    expect(joined.data!.acceptInvite.me.account.id).toBe(admin.accountId);
    // The squatter's sign-up is moot once Bob has a login, whoever follows its link.
    expect(codeOf(await verify(bob, 'squatter password'))).toBe('LINK_EXPIRED');
    expect(codeOf(await login(bob, 'squatter password'))).toBe('UNAUTHENTICATED');
  });

  it('an invite proves the mailbox: its holder can set a new password for a login someone else knows the password of', async () => {
    const admin = await signUp(server, 'Corp Two', 'Ann Admin');
    const squatter = await signUp(server, 'Elsewhere', 'Bob Squatted');
    const ws = connectWs(server, { authorization: `Bearer ${squatter.token}` });
    await whenConnected(ws);
    await ok(
      server,
      graphql(`
        mutation IdentityInviteUser2($email: String!) {
          inviteUser(input: { email: $email }) {
            id
          }
        }
      `),
      { email: squatter.email },
      admin.token,
    );
    const token = await server.inviteToken(squatter.email);
    expect(codeOf(await run(server, ACCEPT, { input: { token, password: 'the real bob' } }))).toBe('UNAUTHENTICATED');
    const joined = await run(server, ACCEPT, { input: { token, password: 'the real bob', resetPassword: true } });
    expect(joined.errors).toBeUndefined();
    expect(joined.data!.acceptInvite.me.account.id).toBe(admin.accountId);
    // Whoever knew the old password is out: their session ended, its socket closed with 4401.
    expect(
      codeOf(
        await run(
          server,
          graphql(`
            query IdentityMe {
              me {
                name
              }
            }
          `),
          {},
          squatter.token,
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    expect((await ws.closed).code).toBe(4401);
    expect(codeOf(await login(squatter.email, PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await login(squatter.email, 'the real bob')).errors).toBeUndefined();
    const log = await ok(
      server,
      graphql(`
        query IdentityAuditLog {
          auditLog(first: 5) {
            nodes {
              action
              after
            }
          }
        }
      `),
      {},
      admin.token,
    );
    expect(log.auditLog.nodes.map((entry: { action: string }) => entry.action)).toContain('PASSWORD_RESET');
  });
});

describe('signUp tells nobody which addresses have a login', () => {
  it('a known and an unknown address get the same answer; the known one is mailed a note, not a link', async () => {
    const known = await signUp(server, 'Known Co', 'Kim Known');
    const unknown = uniqueEmail('unknown');
    const answers = [await signUpAs({ email: known.email }), await signUpAs({ email: unknown })];
    expect(withoutAddress(answers[0], known.email)).toBe(withoutAddress(answers[1], unknown));
    const note = await lastEmailTo(known.email);
    expect(note!.subject).toBe('You already have a Roster login');
    expect(note!.text).not.toContain('token=');
    expect(await loginsFor(server, known.email)).toBe(1);
  });

  it('a look-alike of a known address (fullwidth, upper case) is that address: a note, still one login', async () => {
    const ada = await signUp(server, 'Mailbox Co', 'Ada Mailbox');
    const [local, domain] = ada.email.split('@');
    const fullwidth = `${local}@${[...domain!].map((c) => (/[a-z]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('')}`;
    for (const lookalike of [fullwidth, ada.email.toUpperCase()]) {
      const answer = await signUpAs({ email: lookalike });
      expect(answer.data!.signUp.email).toBe(ada.email);
    }
    expect(await loginsFor(server, ada.email)).toBe(1);
    expect((await login(fullwidth)).errors).toBeUndefined();
  });

  it('no timing difference a client can measure over 100 tries each', async () => {
    const timed = await startServer({ config: { emailsPerAddressPerHour: 1_000_000 } });
    try {
      const known = await signUp(timed, 'Timing Co', 'Tim Timing');
      const time = async (email: string) => {
        const started = performance.now();
        expect((await signUpAs({ email }, timed)).errors).toBeUndefined();
        return performance.now() - started;
      };
      for (let i = 0; i < 20; i++) await time(i % 2 ? known.email : uniqueEmail('warm')); // warm up both paths
      const knownTimes: number[] = [];
      const unknownTimes: number[] = [];
      for (let i = 0; i < 100; i++) {
        knownTimes.push(await time(known.email));
        unknownTimes.push(await time(uniqueEmail('new')));
      }
      expectIndistinguishable(knownTimes, unknownTimes);
    } finally {
      await timed.close();
    }
  });
});

/**
 * The medians differ by less than half the spread (interquartile range) of the times: for two
 * samples of one distribution the medians' difference is far smaller (about 0.2 σ against 0.7 σ),
 * while skipping the password hashing for one kind of address moves its median by several spreads.
 */
function expectIndistinguishable(a: number[], b: number[]) {
  const quantile = (values: number[], q: number) => [...values].sort((x, y) => x - y)[Math.floor(q * (values.length - 1))]!;
  const spread = quantile([...a, ...b], 0.75) - quantile([...a, ...b], 0.25);
  const difference = Math.abs(quantile(a, 0.5) - quantile(b, 0.5));
  expect(
    difference,
    `medians ${quantile(a, 0.5).toFixed(2)} ms and ${quantile(b, 0.5).toFixed(2)} ms, spread ${spread.toFixed(2)} ms`,
  ).toBeLessThan(Math.max(spread / 2, 0.05));
}

describe('names that cannot lie', () => {
  it.each([
    ['a header injected into the name', 'name', 'IT Helpdesk\r\nBcc: everyone@corp.com'],
    ['a line forged in the account name', 'accountName', 'Acme Security\n\nURGENT: verify at https://evil.example'],
    ['a NUL', 'input.name', 'Ada\u0000Admin'],
    ['a bidi override', 'name', 'Ada \u202enimdA'],
    ['a zero-width joiner', 'accountName', 'Ac\u200dme'],
  ])('%s is refused, naming the field', async (_what, field, value) => {
    const name = field.replace(/^input\./, '');
    expect((await signUpAs({ [name]: value })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('names are stored NFC-normalised: a decomposed é is the composed one', async () => {
    const email = uniqueEmail('adele');
    await signUpAs({ email, name: 'Ade\u0301le' });
    expect((await verify(email)).data!.verifyEmail.me.name).toBe('Ad\u00e9le');
  });

  it('the emails a stranger can have sent to any address quote none of their text', async () => {
    const victim = uniqueEmail('victim');
    expect(
      (await signUpAs({ email: victim, accountName: 'Your Bank Security Team', name: 'Urgent Action Required' })).errors,
    ).toBeUndefined();
    await ok(server, RESET_REQUEST, { email: victim });
    const mails = (await server.emails()).filter((m) => m.recipient === victim);
    expect(mails).toHaveLength(2);
    for (const mail of mails) expect(mail.subject + mail.text).not.toMatch(/Bank|Urgent/);
  });
});

describe('one mailbox, one login', () => {
  it.each([
    ['a zero-width joiner', 'ada\u200d@example.com'],
    ['a zero-width space', 'a\u200bda@example.com'],
    ['a Cyrillic а in the local part', '\u0430da@example.com'],
  ])('an address with %s is refused', async (_what, email) => {
    expect((await signUpAs({ email })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('an internationalised domain is stored in ASCII (IDNA), so it cannot pass for another', async () => {
    const answer = await signUpAs({ email: `kim.${Date.now()}@B\u00dcCHER.example` });
    expect(answer.data!.signUp.email).toMatch(/^kim\.\d+@xn--bcher-kva\.example$/);
    const cyrillic = await signUpAs({ email: `kim.${Date.now()}@\u0435xample.com` });
    expect(cyrillic.data!.signUp.email).toMatch(/@xn--/);
  });
});

describe('password reset', () => {
  let ada: SignedUp;
  beforeAll(async () => {
    ada = await signUp(server, 'Reset Co', 'Ada Reset');
  });

  it('answers alike for every address; only a login gets a link', async () => {
    const unknown = uniqueEmail('nobody');
    const answers = [await run(server, RESET_REQUEST, { email: ada.email }), await run(server, RESET_REQUEST, { email: unknown })];
    expect(withoutAddress(answers[0], ada.email)).toBe(withoutAddress(answers[1], unknown));
    expect((await lastEmailTo(unknown))!.text).not.toContain('token=');
    expect((await lastEmailTo(ada.email))!.text).toContain('/reset-password?token=');
  });

  it('sets the password, ends every session of the login at once, and works only once', async () => {
    const other = (await ok(server, LOGIN, { email: ada.email, password: PASSWORD })).login.token;
    const ws = connectWs(server, { authorization: `Bearer ${other}` });
    await whenConnected(ws);
    await ok(server, RESET_REQUEST, { email: ada.email });
    const token = await server.linkToken(ada.email, '/reset-password');
    expect(codeOf(await run(server, RESET, { token, password: 'short' }))).toBe('BAD_USER_INPUT');
    expect(await ok(server, RESET, { token, password: 'a brand new password' })).toEqual({ resetPassword: true });
    expect((await ws.closed).code).toBe(4401);
    for (const session of [ada.token, other])
      expect(
        codeOf(
          await run(
            server,
            graphql(`
              query IdentityMe {
                me {
                  name
                }
              }
            `),
            {},
            session,
          ),
        ),
      ).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(ada.email))).toBe('UNAUTHENTICATED');
    expect((await login(ada.email, 'a brand new password')).errors).toBeUndefined();
    expect(codeOf(await run(server, RESET, { token, password: 'yet another one' }))).toBe('LINK_EXPIRED');
  });

  it('a reset link expires after RESET_LINK_TTL_MINUTES', async () => {
    const short = await startServer({ config: { resetLinkTtlMinutes: 10 } });
    try {
      const bea = await signUp(short, 'Short Co', 'Bea Short');
      await ok(short, RESET_REQUEST, { email: bea.email });
      short.clock.advanceDays(11 / (24 * 60));
      const late = await run(short, RESET, { token: await short.linkToken(bea.email, '/reset-password'), password: 'too late now' });
      expect(codeOf(late)).toBe('LINK_EXPIRED');
    } finally {
      await short.close();
    }
  });

  it("is recorded in the audit log of each of the person's accounts, and announced to their admins", async () => {
    const admin = await signUp(server, 'Two Accounts', 'Tia Admin');
    const member = await addMember(server, admin, ['OVERVIEW'], 'Max Member');
    const watching = watchSubscriptions(server);
    const stream = await subscribeSse(server, admin.token, `subscription { accountMembershipChanged { action target { email } } }`);
    await watching.until('account:membership', admin.accountId);
    await ok(server, RESET_REQUEST, { email: member.email });
    await ok(server, RESET, { token: await server.linkToken(member.email, '/reset-password'), password: 'max new password' });
    const log = await ok(
      server,
      graphql(`
        query IdentityAuditLog2 {
          auditLog(first: 1) {
            nodes {
              action
              target {
                email
              }
              after
            }
          }
        }
      `),
      {},
      admin.token,
    );
    expect(log.auditLog.nodes[0]).toEqual({ action: 'PASSWORD_RESET', target: { email: member.email }, after: { sessionsEnded: 1 } });
    const announced = await stream.results.next();
    expect(announced.data).toEqual({ accountMembershipChanged: { action: 'PASSWORD_RESET', target: { email: member.email } } });
    stream.close();
  });
});

describe('changing a password or an email', () => {
  const CHANGE_PASSWORD = graphql(`
    mutation IdentityChangePassword($current: String!, $new: String!) {
      changePassword(input: { currentPassword: $current, newPassword: $new })
    }
  `);
  const CHANGE_EMAIL = graphql(`
    mutation IdentityChangeEmail($email: String!, $password: String!) {
      changeEmail(input: { newEmail: $email, password: $password }) {
        email
        message
      }
    }
  `);
  const CONFIRM = graphql(`
    mutation IdentityConfirm($token: String!) {
      confirmEmailChange(token: $token)
    }
  `);

  it('changePassword needs the current password, keeps this session and ends the others', async () => {
    const ada = await signUp(server, 'Change Co', 'Ada Change');
    const other = (await ok(server, LOGIN, { email: ada.email, password: PASSWORD })).login.token;
    const wrong = await run(server, CHANGE_PASSWORD, { current: 'not it at all', new: 'a new password' }, ada.token);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(await ok(server, CHANGE_PASSWORD, { current: PASSWORD, new: 'a new password' }, ada.token)).toEqual({ changePassword: true });
    expect(
      (
        await run(
          server,
          graphql(`
            query IdentityMe {
              me {
                name
              }
            }
          `),
          {},
          ada.token,
        )
      ).errors,
    ).toBeUndefined();
    expect(
      codeOf(
        await run(
          server,
          graphql(`
            query IdentityMe {
              me {
                name
              }
            }
          `),
          {},
          other,
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    expect((await login(ada.email, 'a new password')).errors).toBeUndefined();
    expect((await lastEmailTo(ada.email))!.subject).toBe('Your Roster password was changed');
  });

  it('changeEmail takes effect only from the new address, tells the old one, and is audited', async () => {
    const ada = await signUp(server, 'Move Co', 'Ada Move');
    const newEmail = uniqueEmail('moved');
    expect(codeOf(await run(server, CHANGE_EMAIL, { email: newEmail, password: 'wrong password' }, ada.token))).toBe('BAD_USER_INPUT');
    await ok(server, CHANGE_EMAIL, { email: newEmail, password: PASSWORD }, ada.token);
    expect((await lastEmailTo(ada.email))!.text).toContain(newEmail);
    expect((await login(ada.email)).errors).toBeUndefined(); // nothing changed yet
    const token = await server.linkToken(newEmail, '/confirm-email');
    expect(await ok(server, CONFIRM, { token })).toEqual({ confirmEmailChange: true });
    expect(codeOf(await login(ada.email))).toBe('UNAUTHENTICATED');
    expect((await login(newEmail)).errors).toBeUndefined();
    expect((await lastEmailTo(ada.email))!.subject).toBe('Your Roster login has a new email');
    expect(codeOf(await run(server, CONFIRM, { token }))).toBe('LINK_EXPIRED');
    const log = await ok(
      server,
      graphql(`
        query IdentityAuditLog3 {
          auditLog(first: 1) {
            nodes {
              action
              before
              after
            }
          }
        }
      `),
      {},
      ada.token,
    );
    expect(log.auditLog.nodes[0]).toEqual({
      action: 'EMAIL_CHANGED',
      before: { email: ada.email },
      after: { email: newEmail, sessionsEnded: 1 },
    });
  });

  it('an address that has a login answers the same, and gets a note instead of a link', async () => {
    const ada = await signUp(server, 'Taken Co', 'Ada Taken');
    const bea = await signUp(server, 'Bea Co', 'Bea Taken');
    const free = uniqueEmail('free');
    const answers = [
      await run(server, CHANGE_EMAIL, { email: bea.email, password: PASSWORD }, ada.token),
      await run(server, CHANGE_EMAIL, { email: free, password: PASSWORD }, ada.token),
    ];
    expect(withoutAddress(answers[0], bea.email)).toBe(withoutAddress(answers[1], free));
    expect((await lastEmailTo(bea.email))!.text).not.toContain('token=');
  });
});

describe('sessions a person can see and end', () => {
  const SESSIONS = graphql(`
    query IdentitySessions {
      me {
        sessions {
          id
          userAgent
          current
          lastSeenAt
          account {
            name
          }
        }
      }
    }
  `);
  const loginWithAgent = async (email: string, userAgent: string) => {
    const response = await fetch(server.roster.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': userAgent },
      body: JSON.stringify({ query: print(LOGIN), variables: { email, password: PASSWORD } }),
    });
    return ((await response.json()) as any).data.login.token as string;
  };

  it('lists every live session with its user agent, marks the current one, and ends one at once', async () => {
    const ada = await signUp(server, 'Sessions Co', 'Ada Sessions');
    const phone = await loginWithAgent(ada.email, 'Phone/1.0');
    const ws = connectWs(server, { authorization: `Bearer ${phone}` });
    await whenConnected(ws);
    const { me } = await ok(server, SESSIONS, {}, ada.token);
    expect(me.sessions).toHaveLength(2);
    expect(me.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const phoneSession = me.sessions.find((s) => s.userAgent === 'Phone/1.0');
    expect(phoneSession).toMatchObject({ current: false, account: { name: 'Sessions Co' }, lastSeenAt: expect.any(String) });

    expect(
      await ok(
        server,
        graphql(`
          mutation IdentityEndSession($id: ID!) {
            endSession(id: $id)
          }
        `),
        { id: phoneSession!.id },
        ada.token,
      ),
    ).toEqual({ endSession: true });
    expect((await ws.closed).code).toBe(4401);
    expect(
      codeOf(
        await run(
          server,
          graphql(`
            query IdentityMe {
              me {
                name
              }
            }
          `),
          {},
          phone,
        ),
      ),
    ).toBe('UNAUTHENTICATED');
    expect((await ok(server, SESSIONS, {}, ada.token)).me.sessions).toHaveLength(1);
  });

  it('when a session was last seen is written in the background, not at every request', async () => {
    const ada = await signUp(server, 'Seen Co', 'Ada Seen');
    server.clock.advanceDays(1);
    await ok(
      server,
      graphql(`
        query IdentityMe {
          me {
            name
          }
        }
      `),
      {},
      ada.token,
    );
    const seenAt = server.clock.now().toISOString();
    expect((await ok(server, SESSIONS, {}, ada.token)).me.sessions[0]!.lastSeenAt).toBe(seenAt);
    await writeLastSeen(server.roster.app);
    const [row] = await server.roster.app.db.read
      .select()
      .from(sessions)
      .where(eq(sessions.personId, (await loginOf(ada.email)).id));
    expect(row!.lastSeenAt!.toISOString()).toBe(seenAt);
  });

  it("another person's session is NOT_FOUND; endOtherSessions ends the rest and is audited", async () => {
    const ada = await signUp(server, 'Others Co', 'Ada Others');
    const bea = await signUp(server, 'Bea Others Co', 'Bea Others');
    const beaSession = (await ok(server, SESSIONS, {}, bea.token)).me.sessions[0]!.id;
    expect(
      codeOf(
        await run(
          server,
          graphql(`
            mutation IdentityEndSession($id: ID!) {
              endSession(id: $id)
            }
          `),
          { id: beaSession },
          ada.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    await loginWithAgent(ada.email, 'Laptop');
    await loginWithAgent(ada.email, 'Tablet');
    expect(
      await ok(
        server,
        graphql(`
          mutation IdentityEndOtherSessions {
            endOtherSessions
          }
        `),
        {},
        ada.token,
      ),
    ).toEqual({ endOtherSessions: 2 });
    expect((await ok(server, SESSIONS, {}, ada.token)).me.sessions).toHaveLength(1);
    const log = await ok(
      server,
      graphql(`
        query IdentityAuditLog4 {
          auditLog(first: 1) {
            nodes {
              action
              after
            }
          }
        }
      `),
      {},
      ada.token,
    );
    expect(log.auditLog.nodes[0]).toEqual({ action: 'SESSIONS_ENDED', after: { sessionsEnded: 2 } });
  });
});

describe('a second account for an existing login', () => {
  it('createAccount makes the caller its full-access first user and moves the session there', async () => {
    const ada = await signUp(server, 'First Co', 'Ada Second');
    const CREATE = graphql(`
      mutation IdentityCreate($name: String!) {
        createAccount(name: $name) {
          account {
            id
            name
          }
          permissions {
            fullAccess
          }
          accounts {
            name
          }
        }
      }
    `);
    expect(codeOf(await run(server, CREATE, { name: 'Bad\nName' }, ada.token))).toBe('BAD_USER_INPUT');
    const created = (await ok(server, CREATE, { name: 'Second Co' }, ada.token)).createAccount;
    expect(created).toMatchObject({ account: { name: 'Second Co' }, permissions: { fullAccess: true } });
    expect(created.accounts).toEqual([{ name: 'First Co' }, { name: 'Second Co' }]);
    const { me } = await ok(
      server,
      graphql(`
        query IdentityMe2 {
          me {
            account {
              id
            }
          }
        }
      `),
      {},
      ada.token,
    );
    expect(me.account.id).toBe(created.account.id);
    const log = await ok(
      server,
      graphql(`
        query IdentityAuditLog5 {
          auditLog(first: 1) {
            nodes {
              action
            }
          }
        }
      `),
      {},
      ada.token,
    );
    expect(log.auditLog.nodes[0]!.action).toBe('ACCOUNT_CREATED');
  });
});

describe('rate limits on sending email', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startServer({ config: { emailsPerAddressPerHour: 3, emailsPerClientPerHour: 8 } });
  });
  afterAll(() => limited.close());

  it('an address gets at most EMAILS_PER_ADDRESS_PER_HOUR, known or not, with when to retry', async () => {
    const known = await signUp(limited, 'Limit Co', 'Lia Limit'); // one sign-up email already
    const unknown = uniqueEmail('limit');
    for (let i = 0; i < 2; i++) expect((await signUpAs({ email: known.email }, limited)).errors).toBeUndefined();
    for (let i = 0; i < 3; i++) expect((await run(limited, RESET_REQUEST, { email: unknown })).errors).toBeUndefined();
    for (const email of [known.email, unknown]) {
      const refused = await run(limited, RESET_REQUEST, { email });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect(refused.errors![0]!.extensions!.retryAfterSeconds).toBeLessThanOrEqual(3600);
    }
    limited.clock.advanceDays(1 / 24);
    expect((await run(limited, RESET_REQUEST, { email: unknown })).errors).toBeUndefined();
  });

  it('a client gets at most EMAILS_PER_CLIENT_PER_HOUR, whatever the addresses', async () => {
    limited.clock.advanceDays(1 / 24);
    for (let i = 0; i < 8; i++) expect((await run(limited, RESET_REQUEST, { email: uniqueEmail('spray') })).errors).toBeUndefined();
    expect(codeOf(await run(limited, RESET_REQUEST, { email: uniqueEmail('spray') }))).toBe('RATE_LIMITED');
    expect(codeOf(await signUpAs({}, limited))).toBe('RATE_LIMITED');
  });
});

describe('no secret kept or shown', () => {
  it('no audit entry, stored link or log line holds a password, a password hash or a token', async () => {
    const ada = await signUp(server, 'Secrets Co', 'Ada Secrets');
    await ok(server, RESET_REQUEST, { email: ada.email });
    const resetToken = await server.linkToken(ada.email, '/reset-password');
    await ok(server, RESET, { token: resetToken, password: 'secret new password' });
    const entries = await server.roster.app.db.read.select().from(auditLog).where(eq(auditLog.accountId, ada.accountId));
    const links = await server.roster.app.db.read.select().from(emailLinks).where(eq(emailLinks.email, ada.email));
    const stored = JSON.stringify([entries, links]);
    for (const secret of [resetToken, ada.token, 'secret new password', PASSWORD, 'scrypt$']) expect(stored).not.toContain(secret);
    expect(server.loggedErrors.join('\n')).not.toContain(resetToken);
  });
});
