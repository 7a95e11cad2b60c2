import { createHash } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import { SettingError } from '../../config.js';
import type { ErrorLog } from '../../db/client.js';
import { withDeadline } from '../../lib/time.js';
import type { Metrics } from '../../observability/metrics.js';
import type { MissedEvents } from './events.js';

/** How long /ready, a rate-limit counter or a heartbeat waits for Redis before calling it down. */
const ANSWER_MS = 1000;
/** How often the listening connection is pinged, so a silent network failure is noticed too. */
const HEARTBEAT_MS = 2000;

/** Keys and channels of deployments (and test runs) that share one Redis never meet: they name the database. */
export const redisNamespace = (databaseUrl: string) => `roster:${createHash('sha256').update(databaseUrl).digest('hex').slice(0, 16)}`;

/** The Redis channel an event travels on: `<namespace>:events:<topic>:<id>`. */
export const eventChannel = (namespace: string, type: string) => `${namespace}:events:${type}`;

type Listener = (event: CustomEvent) => void;

export interface RedisBus {
  /** yoga's pub/sub runs on it: every topic published on one instance reaches the listeners of every other. */
  eventTarget: EventTarget;
  /** Told each time events may have been lost and the bus is whole again (see `MissedEvents`). */
  missedEvents: MissedEvents;
  /** For commands (rate-limit counters); fails at once while Redis is away instead of queueing. */
  commands: Redis;
  /** Resolves once Redis has answered every SUBSCRIBE sent so far (it answers in order). */
  listening(): Promise<void>;
  /** Resolves when Redis answers within a second (`/ready`). */
  ping(): Promise<void>;
  /** Whether each connection is up now (the metrics' `roster_redis_connection_up`). */
  connected(): { commands: boolean; listener: boolean };
  close(): Promise<void>;
}

/**
 * Redis between instances: the event bus, and the rate limits' counters. Two connections: one
 * listens (subscriber mode), one publishes and runs commands.
 *
 * An outage never ends the process and never loses an event silently. A publish that fails is
 * logged; once Redis is back, that instance broadcasts that events were missed. An instance whose
 * listening connection dropped subscribes again and then tells its own streams. Either way each
 * open stream re-checks its subscriber against the database (streams.ts), so every client ends up
 * with the truth; commands fail at once (UNAVAILABLE) instead of waiting.
 */
export async function connectRedis(
  url: string,
  namespace: string,
  log: ErrorLog,
  metrics: Pick<Metrics, 'eventsReceived' | 'eventsDropped'>,
): Promise<RedisBus> {
  // Unreachable at start: fail at once with one clear line. Lost later: reconnect, and say so.
  let started = false;
  const options: RedisOptions = {
    lazyConnect: true,
    retryStrategy: (attempt: number) => (started ? Math.min(attempt * 100, 1000) : null),
  };
  const commands = new Redis(url, { ...options, enableOfflineQueue: false, commandTimeout: ANSWER_MS, maxRetriesPerRequest: 0 });
  // Subscriptions made while Redis is away wait for it (no retry limit): they are sent on reconnection.
  const listener = new Redis(url, { ...options, maxRetriesPerRequest: null });
  for (const [client, name] of [
    [commands, 'commands'],
    [listener, 'listener'],
  ] as const) {
    client.on('error', (error) => started && log(`Redis ${name} connection: ${error.message}`, error));
  }
  try {
    await Promise.all([commands.connect(), listener.connect()]);
    started = true;
  } catch (error) {
    commands.disconnect();
    listener.disconnect();
    throw new SettingError('REDIS_URL', `cannot connect to Redis: ${(error as Error).message}`);
  }

  let closed = false;
  const missedListeners = new Set<(since: Date) => void>();
  const tellMissed = (since: Date) => {
    for (const tell of missedListeners) tell(since);
  };
  const missedChannel = `${namespace}:missed-events`;
  // Events travel on channels of their own deployment: another one sharing this Redis (a staging copy
  // restored from a backup has the same ids) never hears them.
  const channelOf = (type: string) => eventChannel(namespace, type);
  const eventsPrefix = channelOf('');
  const listeners = new Map<string, Set<Listener>>([[missedChannel, new Set()]]);
  let lastSubscribe: Promise<void> = Promise.resolve();
  const subscribe = (channels: string[]) =>
    (lastSubscribe = listener.subscribe(...channels).then(
      () => {},
      (error) => {
        if (!closed) log('Redis subscribe failed (retried when Redis is back)', error);
      },
    ));
  await subscribe([missedChannel]);

  listener.on('message', (channel: string, message: string) => {
    if (channel === missedChannel) return tellMissed(new Date((JSON.parse(message) as { since: string }).since));
    const detail = message === '' ? null : JSON.parse(message);
    const type = channel.slice(eventsPrefix.length);
    // The topic without its id (`member:permissions`): a bounded label.
    metrics.eventsReceived.inc({ topic: type.split(':', 2).join(':') });
    for (const callback of listeners.get(channel) ?? []) callback(new CustomEvent(type, { detail }));
  });

  // The listening connection dropped: what was published meanwhile never arrived. Once it is back,
  // every channel is subscribed again (answered in order, so all of them are live), then streams re-check.
  let listenerLostAt: Date | null = null;
  listener.on('close', () => {
    if (!closed && !listenerLostAt) listenerLostAt = new Date();
  });
  listener.on('ready', () => {
    const since = listenerLostAt;
    if (!since) return;
    void listener
      .subscribe(...listeners.keys())
      .then(() => {
        listenerLostAt = null;
        tellMissed(since);
      })
      .catch((error) => log('Redis resubscribe failed (retried on the next reconnection)', error));
  });

  // A publish failed: other instances missed it. Once commands run again, they are all told.
  let publishLostAt: Date | null = null;
  const announceMissed = () => {
    const since = publishLostAt;
    if (!since || commands.status !== 'ready') return;
    void commands
      .publish(missedChannel, JSON.stringify({ since: since.toISOString() }))
      .then(() => {
        if (publishLostAt === since) publishLostAt = null;
      })
      .catch(() => {}); // still away: the next 'ready' tries again
  };
  commands.on('ready', announceMissed);

  // A listening connection that stops answering (a network failure without a reset) is replaced.
  const heartbeat = setInterval(() => {
    if (listener.status !== 'ready') return;
    withDeadline(listener.ping(), ANSWER_MS).catch(() => {
      if (!closed) listener.disconnect(true);
    });
  }, HEARTBEAT_MS);
  heartbeat.unref();

  const eventTarget = {
    addEventListener(type: string, callback: Listener | null) {
      if (!callback) return;
      const topic = channelOf(type);
      const callbacks = listeners.get(topic);
      if (callbacks) return void callbacks.add(callback);
      listeners.set(topic, new Set([callback]));
      void subscribe([topic]);
    },
    removeEventListener(type: string, callback: Listener | null) {
      const topic = channelOf(type);
      const callbacks = listeners.get(topic);
      if (!callback || !callbacks?.delete(callback) || callbacks.size > 0 || topic === missedChannel) return;
      listeners.delete(topic);
      listener.unsubscribe(topic).catch(() => {}); // a lost unsubscribe only brings a message nobody hears
    },
    dispatchEvent(event: CustomEvent) {
      commands.publish(channelOf(event.type), event.detail === undefined ? '' : JSON.stringify(event.detail)).catch((error) => {
        if (closed) return;
        metrics.eventsDropped.inc({ reason: 'redis_unavailable' });
        if (!publishLostAt) log('Redis publish failed: every stream re-checks once Redis is back', error);
        publishLostAt ??= new Date();
        announceMissed();
      });
      return true;
    },
  } as unknown as EventTarget;

  return {
    eventTarget,
    missedEvents: {
      subscribe(tell) {
        missedListeners.add(tell);
        return () => void missedListeners.delete(tell);
      },
    },
    commands,
    listening: () => lastSubscribe,
    ping: async () => void (await withDeadline(commands.ping(), ANSWER_MS)),
    connected: () => ({ commands: commands.status === 'ready', listener: listener.status === 'ready' }),
    close: async () => {
      closed = true;
      clearInterval(heartbeat);
      await Promise.allSettled([commands.quit(), listener.quit()]);
    },
  };
}
