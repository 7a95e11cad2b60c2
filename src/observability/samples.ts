import type { App } from '../app.js';
import { passwordHashing } from '../lib/passwords.js';
import { outboxBacklog } from '../modules/mail/delivery.js';
import { openStreams } from '../modules/live/caps.js';

/** What only the HTTP server knows: its open connections of each kind. */
export interface OpenConnections {
  websockets(): number;
  /** Server-sent event streams (each is an HTTP response being written). */
  sse(): number;
}

/**
 * The gauges read when Prometheus scrapes: the state of this instance's queues, pools, connections
 * and dependencies. Nothing is computed between scrapes; a failing read (the database away) leaves
 * its series out of that scrape and counts `roster_metric_sample_failures_total`.
 */
export function sampleInstance(app: App, open: OpenConnections) {
  const { metrics } = app;
  metrics.sample(
    'roster_open_sockets',
    'Connections held open for live updates, by transport',
    () => [
      [{ transport: 'websocket' }, open.websockets()],
      [{ transport: 'sse' }, open.sse()],
    ],
    { labelNames: ['transport'] },
  );
  metrics.sample('roster_open_streams', 'Subscriptions open, by transport', () => openStreams(app), { labelNames: ['transport'] });
  metrics.sample('roster_password_hashes_running', 'Password hashes being computed now', () => passwordHashing().running);
  metrics.sample('roster_password_hash_queue_depth', 'Password checks waiting for a turn', () => passwordHashing().waiting);
  metrics.sample(
    'roster_password_hash_refusals_total',
    'Password checks refused at once because the queue was full',
    () => passwordHashing().refused,
    {
      counter: true,
    },
  );
  metrics.sample('roster_db_statements_total', 'SQL statements run by this instance', () => app.db.statements.count, { counter: true });
  metrics.sample(
    'roster_db_pool_connections',
    'PostgreSQL pool: connections open and idle, and requests waiting for one',
    () => {
      const pool = app.db.pool();
      return pool
        ? [
            [{ state: 'open' }, pool.total],
            [{ state: 'idle' }, pool.idle],
            [{ state: 'waiting' }, pool.waiting],
          ]
        : [];
    },
    { labelNames: ['state'] },
  );
  metrics.sample(
    'roster_redis_connection_up',
    'Whether each Redis connection is up (1) or not (0); absent without REDIS_URL',
    () => {
      const up = app.redis?.connected();
      return up
        ? [
            [{ connection: 'commands' }, Number(up.commands)],
            [{ connection: 'listener' }, Number(up.listener)],
          ]
        : [];
    },
    { labelNames: ['connection'] },
  );
  // One read of the outbox serves its three gauges in a scrape (they are collected one after another).
  let backlog: ReturnType<typeof outboxBacklog> | null = null;
  const readBacklog = () => {
    backlog ??= outboxBacklog(app).finally(() => setImmediate(() => (backlog = null)));
    return backlog;
  };
  metrics.sample('roster_mail_outbox_waiting', 'Emails waiting to be sent, retries included', async () => (await readBacklog()).waiting);
  metrics.sample(
    'roster_mail_outbox_retrying',
    'Emails waiting to be sent again after a failed attempt',
    async () => (await readBacklog()).retrying,
  );
  metrics.sample(
    'roster_mail_outbox_oldest_age_seconds',
    'Age of the oldest email waiting to be sent (0 when none waits)',
    async () => (await readBacklog()).oldestAgeSeconds,
  );
}
