import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxTransport } from '../src/modules/mail/transport.js';
import { PASSWORD, type SignedUp, type TestServer, startServer, uniqueEmail } from './harness.js';
import { graphql, ok } from './kit/index.js';

// Issue 11: real email. With SMTP_URL set, every email goes out through SMTP after its change
// commits, to a real SMTP server started here (the smtp-server package).

interface Received {
  from: string | undefined;
  to: string[];
  raw: string;
}

let smtp: SMTPServer;
const received: Received[] = [];
let refuse: string | null = null;
let server: TestServer;
let admin: SignedUp;
beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refuse) return callback(Object.assign(new Error(refuse), { responseCode: 451 }));
        const { mailFrom } = session.envelope;
        received.push({
          from: mailFrom ? mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString(),
        });
        callback();
      });
    },
  });
  // A client that drops mid-message (a send cut off, Roster stopped or killed) makes the mail
  // server emit 'error'; without a listener that would end the test process, not the test.
  smtp.on('error', () => undefined);
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  server = await startServer({
    mail: outboxTransport({ queue: true }),
    config: { smtpUrl: `smtp://127.0.0.1:${port}`, publicUrl: 'https://roster.example' },
  });
  admin = await signUpThroughSmtp();
});
afterAll(async () => {
  await server.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** The message's text with quoted-printable soft breaks and `=3D` undone, enough to read its links. */
const plain = (raw: string) => raw.replace(/=\r\n/g, '').replace(/=3D/g, '=');

/** Signs up as a person would with real email: the verification link is read from the message. */
async function signUpThroughSmtp(): Promise<SignedUp> {
  const email = uniqueEmail('owner');
  await server.ok(
    `mutation ($email: String!) { signUp(input: { accountName: "Mail Co", name: "Mo Mail", email: $email, password: "${PASSWORD}" }) { email } }`,
    { email },
  );
  const token = /verify-email\?token=([\w-]+)/.exec(plain((await messageTo(email)).raw))![1];
  const { verifyEmail } = await server.ok(
    `mutation ($token: String!) { verifyEmail(input: { token: $token, password: "${PASSWORD}" }) { token me { account { id } user { id } } } }`,
    { token },
  );
  return { token: verifyEmail.token, email, accountId: verifyEmail.me.account.id, userId: verifyEmail.me.user.id };
}

const INVITE = graphql(`
  mutation SmtpInvite($email: String!) {
    inviteUser(input: { email: $email, name: "Eve Email" }) {
      id
    }
  }
`);
const DELIVERY = graphql(`
  query SmtpDelivery {
    invites {
      nodes {
        email
        delivery {
          status
          attempts
          lastError
          nextAttemptAt
          sentAt
        }
      }
    }
  }
`);

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 5000): Promise<T> {
  for (const started = Date.now(); Date.now() - started < ms; await new Promise((resolve) => setTimeout(resolve, 50))) {
    const value = await probe();
    if (value !== undefined) return value;
  }
  throw new Error(`timed out waiting for ${what}`);
}
const messageTo = (email: string) => until(`an email to ${email}`, async () => received.filter((mail) => mail.to.includes(email)).at(-1));
const deliveryOf = async (email: string) =>
  (await ok(server, DELIVERY, {}, admin.token)).invites.nodes.find((invite: { email: string }) => invite.email === email)!.delivery;

describe('email through SMTP', () => {
  it('an invite arrives with a text and an HTML part and a link on PUBLIC_URL; the outbox then keeps no link', async () => {
    const email = uniqueEmail('smtp');
    await ok(server, INVITE, { email }, admin.token);
    const message = await messageTo(email);
    expect(message.from).toBe('no-reply@localhost'); // MAIL_FROM's address, as the envelope sender
    expect(message.raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(message.raw).toMatch(/Content-Type: text\/plain/i);
    expect(message.raw).toMatch(/Content-Type: text\/html/i);
    expect(plain(message.raw)).toMatch(/https:\/\/roster\.example\/invite\?token=[\w-]+/);
    const delivery = await until('SENT', async () => {
      const current = await deliveryOf(email);
      return current?.status === 'SENT' ? current : undefined;
    });
    expect(delivery).toMatchObject({ status: 'SENT', attempts: 1, lastError: null, sentAt: expect.any(String) });
    const [row] = (await server.roster.app.db.read.query.outbox.findMany()).filter((mail) => mail.recipient === email);
    expect({ text: row!.text, html: row!.html, raw: row!.raw }).toEqual({ text: '', html: null, raw: null });
  });

  it('a refused send is kept, shown to admins, and retried with backoff until it goes; the invite stands', async () => {
    refuse = 'Mailbox busy, try later';
    const email = uniqueEmail('retry');
    await ok(server, INVITE, { email }, admin.token);
    const failed = await until('a failed attempt', async () => {
      const current = await deliveryOf(email);
      return (current?.attempts ?? 0) >= 1 ? current : undefined;
    });
    expect(failed).toMatchObject({ status: 'QUEUED', attempts: 1, lastError: expect.stringContaining('Mailbox busy') });
    expect(new Date(failed!.nextAttemptAt).getTime()).toBeGreaterThan(server.clock.time + 20_000);
    refuse = null;
    server.clock.time += 31_000; // past the first retry's 30 s
    await messageTo(email);
    const sent = await until('SENT', async () => {
      const current = await deliveryOf(email);
      return current?.status === 'SENT' ? current : undefined;
    });
    expect(sent).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
  });
});
