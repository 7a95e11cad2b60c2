import MailComposer from 'nodemailer/lib/mail-composer';
import type { Transaction } from '../../db/client.js';
import { type MailMessage, htmlOf, linksOf, textOf } from './message.js';
import { outbox } from './tables.js';

/**
 * How Roster sends email. `send` runs inside the transaction of the change that causes the email,
 * so a rolled-back change sends nothing.
 */
export interface MailTransport {
  send(tx: Transaction, message: MailMessage): Promise<void>;
}

/**
 * The whole message as it would go over the wire (RFC 5322, text and HTML parts), built by
 * nodemailer's composer: it encodes every header, so no text in a subject or an address (a CR, an
 * LF, a non-ASCII name) can add a header of its own.
 */
async function compose(from: string, message: MailMessage) {
  const text = textOf(message);
  const html = htmlOf(message);
  const raw = await new MailComposer({ from, to: message.to, subject: message.subject, text, html }).compile().build();
  return { text, html, raw: raw.toString() };
}

export interface OutboxOptions {
  /** The From address. */
  from?: string;
  /**
   * Development only (no SMTP_URL): where each email is announced, with its address, subject and
   * links, never its body, so that its links can be followed without a mail server.
   */
  log?: (fields: { to: string; subject: string; links: string[] }) => void;
  /** With SMTP_URL: every email is queued for the delivery loop (delivery.ts), and nothing is logged. */
  queue?: boolean;
}

/** Every email is stored in the `outbox` table, in the transaction of the change that causes it. */
export const outboxTransport = ({
  from = 'Roster <no-reply@localhost>',
  log = () => {},
  queue = false,
}: OutboxOptions = {}): MailTransport => ({
  async send(tx, message) {
    const { text, html, raw } = await compose(from, message);
    await tx.db.insert(outbox).values({
      accountId: message.accountId,
      inviteId: message.inviteId ?? null,
      recipient: message.to,
      subject: message.subject,
      text,
      html,
      raw,
      status: queue ? 'QUEUED' : 'LOGGED',
      nextAttemptAt: queue ? new Date(0) : null,
    });
    if (!queue) tx.afterCommit(() => log({ to: message.to, subject: message.subject, links: linksOf(message) }));
  },
});
