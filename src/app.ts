import type { YogaLogger } from 'graphql-yoga';
import type { Config } from './config.js';
import type { Database, ErrorLog } from './db/client.js';
import { openDatabase } from './db/open.js';
import { jsonLogger } from './lib/log.js';
import { withDeadline } from './lib/time.js';
import { limitPasswordHashing } from './lib/passwords.js';
import { type RateLimiter, createRateLimiter } from './security/rate-limits.js';
import { type MissedEvents, NO_MISSED_EVENTS, type RosterPubSub, createRosterPubSub } from './modules/live/events.js';
import { type RedisBus, connectRedis, redisNamespace } from './modules/live/redis.js';
import { type MailTransport, outboxTransport } from './modules/mail/transport.js';
import { type Metrics, NO_METRICS, createMetrics } from './observability/metrics.js';
import { NO_TRACING, type Tracing, startTracing } from './observability/tracing.js';

/** What every request shares: configuration, the database, events, the mail transport and the clock. */
export interface App {
  readonly config: Config;
  readonly db: Database;
  /** Typed topics for subscriptions (src/modules/live/events.ts); through Redis when REDIS_URL is set. */
  readonly pubsub: RosterPubSub;
  /** When events may have been lost between instances (a Redis outage), so open streams re-check. */
  readonly missedEvents: MissedEvents;
  /** Resolves once every topic subscribed so far is heard from every instance (at once without Redis). */
  readonly eventsListening: () => Promise<void>;
  readonly mail: MailTransport;
  /** Rate limits (src/security/rate-limits.ts): in memory, or in Redis when REDIS_URL is set. */
  readonly rateLimits: RateLimiter;
  /** The server log: requests' unexpected errors (masked for clients) and background failures. */
  readonly logger: YogaLogger;
  /** Prometheus instruments (src/observability/metrics.ts); they record nothing unless metrics are on. */
  readonly metrics: Metrics;
  /** OpenTelemetry traces (src/observability/tracing.ts); no-ops unless TRACES_OTLP_URL is set. */
  readonly tracing: Tracing;
  /** Redis's connections, when REDIS_URL is set (for the metrics). */
  readonly redis: Pick<RedisBus, 'connected'> | null;
  /** The current time; tests move it to expire invites and sessions. */
  now(): Date;
  /** Resolves when the database and, when configured, Redis answer, each within a second (`/ready`). */
  ready(): Promise<void>;
  /** Aborted once the instance begins to shut down: `/ready` says 503, open streams end. */
  readonly draining: AbortSignal;
  drain(): void;
  close(): Promise<void>;
}

export interface AppOptions {
  mail?: MailTransport;
  logger?: YogaLogger;
  now?: () => Date;
}

export async function createApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? jsonLogger('info');
  const log: ErrorLog = (message, error) => logger.error(message, error);
  const tracing = config.traces
    ? startTracing(config.traces.url, config.traces.serviceName, (message) => logger.warn(message))
    : NO_TRACING;
  const db = await openDatabase(config, log, tracing).catch(async (error) => {
    await tracing.close();
    throw error;
  });
  const metrics = config.metrics ? createMetrics() : NO_METRICS;
  const namespace = redisNamespace(config.databaseUrl);
  let redis: RedisBus | null = null;
  try {
    redis = config.redisUrl ? await connectRedis(config.redisUrl, namespace, log, metrics) : null;
  } catch (error) {
    await db.close();
    await tracing.close();
    throw error;
  }
  limitPasswordHashing(config.passwordHashConcurrency, config.passwordHashQueue);
  const now = options.now ?? (() => new Date());
  const draining = new AbortController();
  const pubsub = createRosterPubSub(redis ? { eventTarget: redis.eventTarget } : undefined);
  return {
    config,
    db,
    rateLimits: createRateLimiter({ now, metrics }, config.rateLimits, redis ? { client: redis.commands, namespace } : null),
    pubsub: {
      ...pubsub,
      publish: (topic, id, event) => {
        metrics.eventsPublished.inc({ topic });
        // The change's trace travels with its event, so each stream's delivery joins it, on any instance.
        const traceparent = tracing.traceparent();
        pubsub.publish(topic, id, (traceparent ? { ...event, traceparent } : event) as never);
      },
    },
    missedEvents: redis?.missedEvents ?? NO_MISSED_EVENTS,
    eventsListening: redis ? redis.listening : async () => {},
    mail:
      options.mail ??
      outboxTransport({ from: config.mailFrom, log: (fields) => logger.info('mail', fields), queue: Boolean(config.smtpUrl) }),
    logger,
    metrics,
    tracing,
    redis,
    now,
    ready: async () => {
      await Promise.all([db.ping(), redis?.ping()]);
    },
    draining: draining.signal,
    drain: () => draining.abort(),
    close: async () => {
      await redis?.close();
      await db.close();
      // A collector that does not answer must not hold the shutdown: what is still buffered is dropped.
      await withDeadline(tracing.close(), 5_000).catch(() => logger.warn('traces: the last spans could not be sent'));
    },
  };
}
