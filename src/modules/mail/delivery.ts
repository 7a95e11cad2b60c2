import { and, asc, count, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import { SpanKind } from '@opentelemetry/api';
import { createTransport } from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import type { App } from '../../app.js';
import { first } from '../../db/rows.js';
import { outbox } from './tables.js';

/** How often queued emails are looked for, and how long one instance holds an email it sends. */
const POLL_MS = 500;
const HOLD_MS = 60_000;
/** Retries wait 30 s, 1 min, 2 min… up to an hour: a failed send is never given up, never lost. */
const retryDelayMs = (attempts: number) => Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);

/**
 * Sends queued emails through SMTP after their change committed. Each is first claimed (an update
 * that only one instance can win), then sent whole as composed; once accepted, its text, HTML and
 * links are dropped from the outbox. A failure is recorded (attempts, error, next attempt) and
 * retried with backoff; admins see it on the invite. Returns a function that stops the loop.
 */
export function deliverMail(app: App, smtpUrl: string): () => Promise<void> {
  const transport = createTransport(smtpUrl);
  // The envelope's sender: MAIL_FROM's address, as every message's From header carries it.
  const [sender] = addressparser(app.config.mailFrom, { flatten: true });
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  async function sendOne(): Promise<boolean> {
    const now = app.now();
    const due = await first(
      app.db.read
        .select({ id: outbox.id })
        .from(outbox)
        .where(
          and(eq(outbox.status, 'QUEUED'), lte(outbox.nextAttemptAt, now), or(isNull(outbox.lockedUntil), lte(outbox.lockedUntil, now))),
        )
        .orderBy(asc(outbox.nextAttemptAt))
        .limit(1),
    );
    if (!due) return false;
    const claimed = await app.db.transaction((tx) =>
      tx.db
        .update(outbox)
        .set({ lockedUntil: new Date(now.getTime() + HOLD_MS) })
        .where(and(eq(outbox.id, due.id), eq(outbox.status, 'QUEUED'), or(isNull(outbox.lockedUntil), lte(outbox.lockedUntil, now))))
        .returning(),
    );
    const [mail] = claimed;
    if (!mail) return true; // another instance has it
    try {
      await app.tracing.inSpan(
        'mail send',
        () => transport.sendMail({ envelope: { from: sender!.address, to: [mail.recipient] }, raw: mail.raw! }),
        {
          kind: SpanKind.CLIENT,
          // An SMTP server's refusal usually quotes the recipient's address: the span says only that it failed.
          errorsWithoutDetail: true,
          attributes: { 'roster.outbox.id': mail.id, 'roster.outbox.attempt': mail.attempts + 1 },
        },
      );
      await app.db.transaction((tx) =>
        tx.db
          .update(outbox)
          .set({
            status: 'SENT',
            sentAt: app.now(),
            attempts: mail.attempts + 1,
            text: '',
            html: null,
            raw: null,
            lockedUntil: null,
            lastError: null,
          })
          .where(eq(outbox.id, mail.id)),
      );
      app.metrics.mailDeliveries.inc({ outcome: 'sent' });
    } catch (error) {
      app.metrics.mailDeliveries.inc({ outcome: 'failed' });
      const attempts = mail.attempts + 1;
      const reason = String((error as Error).message ?? error)
        .split('\n')[0]!
        .slice(0, 300);
      app.logger.warn('mail not sent; retrying later', { outboxId: mail.id, attempts, reason });
      await app.db.transaction((tx) =>
        tx.db
          .update(outbox)
          .set({ attempts, lastError: reason, nextAttemptAt: new Date(app.now().getTime() + retryDelayMs(attempts)), lockedUntil: null })
          .where(eq(outbox.id, mail.id)),
      );
    }
    return true;
  }

  const loop = async () => {
    while (!stopped) {
      try {
        while (!stopped && (await sendOne()));
      } catch (error) {
        app.logger.error('mail delivery failed', error);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS).unref());
    }
  };
  running = loop();
  return async () => {
    stopped = true;
    await running;
    transport.close();
  };
}

/**
 * Emails waiting to be sent (those already tried once and retrying among them) and the age of the
 * oldest, for the metrics: a growing age means SMTP refuses or cannot be reached.
 */
export async function outboxBacklog(app: App) {
  const queued = eq(outbox.status, 'QUEUED');
  const [counts, oldest] = await Promise.all([
    first(
      app.db.read
        .select({ waiting: count(), retrying: count(sql`case when ${gt(outbox.attempts, 0)} then 1 end`) })
        .from(outbox)
        .where(queued),
    ),
    first(app.db.read.select({ createdAt: outbox.createdAt }).from(outbox).where(queued).orderBy(asc(outbox.createdAt)).limit(1)),
  ]);
  return {
    waiting: counts?.waiting ?? 0,
    retrying: counts?.retrying ?? 0,
    oldestAgeSeconds: oldest ? Math.max(0, (app.now().getTime() - oldest.createdAt.getTime()) / 1000) : 0,
  };
}
