import { and, eq, isNull, lte } from 'drizzle-orm';
import type { App } from '../../app.js';
import { recordAudit } from '../audit/service.js';
import { invites } from './tables.js';

/**
 * Invites expire by the clock, not by a request, so a watcher records each expiry once (audit log,
 * `accountMembershipChanged`) soon after it happens: the invite then shows as EXPIRED, ready to
 * re-invite. Returns the number of expiries announced.
 */
export async function announceExpiredInvites(app: App): Promise<number> {
  return app.db.transaction(async (tx) => {
    const now = app.now();
    const expired = await tx.db
      .update(invites)
      .set({ expiryAnnouncedAt: now })
      .where(and(eq(invites.status, 'PENDING'), lte(invites.expiresAt, now), isNull(invites.expiryAnnouncedAt)))
      .returning();
    for (const invite of expired) {
      await recordAudit(app, tx, {
        accountId: invite.accountId,
        action: 'INVITE_EXPIRED',
        actorId: null,
        inviteId: invite.id,
        before: { status: 'PENDING' },
        after: { status: 'EXPIRED', expiresAt: invite.expiresAt },
        at: now,
      });
    }
    return expired.length;
  });
}

/** Checks every `intervalSeconds`; the returned function stops it. */
export function watchInviteExpiry(app: App, intervalSeconds: number): () => void {
  const timer = setInterval(() => {
    announceExpiredInvites(app).catch((error) => app.logger.error('invite expiry check failed', error));
  }, intervalSeconds * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
