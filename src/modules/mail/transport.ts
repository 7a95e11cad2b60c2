import type { Transaction } from '../../db/client.js';
import { outbox } from './tables.js';

export interface MailMessage {
  accountId: string | null;
  to: string;
  subject: string;
  text: string;
}

/**
 * How Roster sends email. `send` runs inside the transaction of the change that causes the email,
 * so a rolled-back change sends nothing.
 */
export interface MailTransport {
  send(tx: Transaction, message: MailMessage): Promise<void>;
}

/** The default: every email is stored in the `outbox` table and logged, so no mail server is needed. */
export const outboxTransport = (log: (line: string) => void = console.log): MailTransport => ({
  async send(tx, message) {
    await tx.db.insert(outbox).values({
      accountId: message.accountId,
      recipient: message.to,
      subject: message.subject,
      text: message.text,
    });
    tx.afterCommit(() => log(`[mail] to ${message.to}: ${message.subject}\n${message.text}`));
  },
});
