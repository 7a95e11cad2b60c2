import { eq } from 'drizzle-orm';
import type { App } from '../../app.js';
import { sessions } from './tables.js';

/** How often an instance writes when its sessions were last seen. */
const LAST_SEEN_FLUSH_SECONDS = 30;

/**
 * When each session was last seen by this instance and not yet written. A write per request would
 * put a transaction on the fast path and make every cached session lookup stale; instead each
 * instance writes what it saw in one transaction every LAST_SEEN_FLUSH_SECONDS.
 */
const unwritten = new WeakMap<App, Map<string, Date>>();

const seenBy = (app: App) => unwritten.get(app) ?? unwritten.set(app, new Map()).get(app)!;

export function noteSeen(app: App, sessionId: string) {
  seenBy(app).set(sessionId, app.now());
}

/** When a session was last seen: by this instance if not yet written, else as stored. */
export function lastSeen(app: App, sessionId: string, stored: Date | null): Date | null {
  const pending = seenBy(app).get(sessionId);
  return pending && (!stored || pending > stored) ? pending : stored;
}

export async function writeLastSeen(app: App) {
  const seen = seenBy(app);
  if (seen.size === 0) return;
  const batch = [...seen];
  seen.clear();
  try {
    await app.db.transaction(async (tx) => {
      for (const [id, at] of batch) await tx.db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
    });
  } catch (error) {
    // The database did not take it (an outage): kept for the next flush, unless seen again since.
    for (const [id, at] of batch) if (!seen.has(id)) seen.set(id, at);
    throw error;
  }
}

/** Writes every LAST_SEEN_FLUSH_SECONDS; the returned function stops and writes what is left. */
export function watchLastSeen(app: App): () => Promise<void> {
  const write = () => writeLastSeen(app).catch((error) => app.logger.error('writing when sessions were last seen failed', error));
  const timer = setInterval(write, LAST_SEEN_FLUSH_SECONDS * 1000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await write();
  };
}
