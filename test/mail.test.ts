import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLogger } from '../src/lib/log.js';
import { accounts } from '../src/modules/accounts/tables.js';
import { outboxTransport } from '../src/modules/mail/transport.js';
import { people } from '../src/modules/users/tables.js';
import { type SignedUp, type TestServer, signUp, startServer, uniqueEmail } from './harness.js';
import { graphql, ok, run } from './kit/index.js';

// Issue 14: no user text can add a mail header, become markup or a link, or forge a log line.
const logLines: string[] = [];
const logger = jsonLogger('info', (line) => logLines.push(line));
let server: TestServer;
let admin: SignedUp;
beforeAll(async () => {
  server = await startServer({ mail: outboxTransport({ log: (fields) => logger.info('mail', fields) }) });
  admin = await signUp(server, 'Acme', 'Ada Admin');
});
afterAll(() => server.close());

const INVITE = graphql(`
  mutation MailInvite($email: String!) {
    inviteUser(input: { email: $email }) {
      id
    }
  }
`);

async function inviteEmail(email: string) {
  await ok(server, INVITE, { email }, admin.token);
  return (await server.roster.app.db.read.query.outbox.findMany()).filter((mail) => mail.recipient === email).at(-1)!;
}

/** The header block of a composed message, unfolded: one entry per header. */
const headersOf = (raw: string) =>
  raw
    .split('\r\n\r\n')[0]!
    .replace(/\r\n[ \t]/g, ' ')
    .split('\r\n');

describe('emails built by a composer that encodes them', () => {
  it('markup in a name is escaped in the HTML part, and the only link is the one Roster made', async () => {
    const name = '<a href="http://evil.example/">Acme Support</a>';
    // A name like a link is refused now (invite emails quote it); rows from before were not.
    const refused = await run(
      server,
      graphql(`
        mutation MailUpdateAccount($name: String!) {
          updateAccount(input: { name: $name }) {
            name
          }
        }
      `),
      { name },
      admin.token,
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    await server.roster.app.db.transaction((tx) => tx.db.update(accounts).set({ name }).where(eq(accounts.id, admin.accountId)));
    const mail = await inviteEmail(uniqueEmail('markup'));
    expect(mail.html).toContain('&lt;a href=&quot;http://evil.example/&quot;&gt;Acme Support&lt;/a&gt;');
    expect(mail.html).not.toContain('href="http://evil.example');
    expect([...mail.html!.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual([expect.stringMatching(/\/invite\?token=[\w-]+$/)]);
  });

  it('a name holding CR LF from before names were checked still adds no header', async () => {
    // Rows written before names were validated: the composer must hold even so.
    await server.roster.app.db.transaction(async (tx) => {
      await tx.db.update(people).set({ name: 'Eve\r\nBcc: everyone@corp.example' }).where(eq(people.email, admin.email));
      await tx.db.update(accounts).set({ name: 'Acme\nX-Phish: yes' }).where(eq(accounts.id, admin.accountId));
    });
    const mail = await inviteEmail(uniqueEmail('headers'));
    const headers = headersOf(mail.raw!);
    expect(headers.filter((header) => /^(bcc|x-phish):/i.test(header))).toEqual([]);
    expect(headers.filter((header) => /^subject:/i.test(header))).toHaveLength(1);
    expect(headers.find((header) => /^to:/i.test(header))).toBe(`To: ${mail.recipient}`);
  });

  it('every log line is one JSON object, whatever the text it carries', async () => {
    const lines = logLines.join('\n').split('\n');
    expect(lines.length).toBe(logLines.length);
    const mails = lines.map((line) => JSON.parse(line)).filter((entry) => entry.message === 'mail');
    expect(mails.at(-1)).toMatchObject({ level: 'info', to: expect.any(String), links: [expect.stringContaining('/invite?token=')] });
    // The names went into the body only: an invite's subject is Roster's own.
    expect(mails.at(-1).subject).toBe('You are invited to join an account on Roster');
  });
});

describe('the request log', () => {
  it('one JSON line per operation: request id (also in x-request-id), acting member and account, codes; never a token', async () => {
    const lines: string[] = [];
    const logged = await startServer({ log: (line) => lines.push(line) });
    try {
      const owner = await signUp(logged, 'Logged Co', 'Lou Logged');
      const response = await fetch(logged.roster.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({ query: 'query Who { me { name } nope: user(id: "missing") { id } }' }),
      });
      const requestId = response.headers.get('x-request-id');
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const entry = lines.map((line) => JSON.parse(line)).find((line) => line.requestId === requestId);
      expect(entry).toMatchObject({
        level: 'info',
        message: 'graphql',
        operation: 'Who',
        memberId: owner.userId,
        accountId: owner.accountId,
        errors: ['NOT_FOUND'],
      });
      expect(lines.join('\n')).not.toContain(owner.token);
      expect(lines.join('\n')).not.toContain('correct horse');
    } finally {
      await logged.close();
    }
  });
});
