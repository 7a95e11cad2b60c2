import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import { SettingError } from '../../config.js';
import type { ErrorLog } from '../../db/client.js';

/**
 * Redis between instances: the event bus: every topic published on one instance reaches the
 * subscribers of every other (yoga's Redis event target, one connection to publish, one to listen).
 */
export async function connectRedis(url: string, log: ErrorLog) {
  // Unreachable at start: fail at once with one clear line. Lost later: reconnect, and say so.
  let connected = false;
  const options = {
    lazyConnect: true,
    maxRetriesPerRequest: 3,
    retryStrategy: (attempt: number) => (connected ? Math.min(attempt * 100, 2000) : null),
  };
  const publishClient = new Redis(url, options);
  const subscribeClient = new Redis(url, options);
  for (const client of [publishClient, subscribeClient]) {
    client.on('error', (error) => connected && log('Redis connection error', error));
  }
  try {
    await Promise.all([publishClient.connect(), subscribeClient.connect()]);
    connected = true;
  } catch (error) {
    publishClient.disconnect();
    subscribeClient.disconnect();
    throw new SettingError('REDIS_URL', `cannot connect to Redis: ${(error as Error).message}`);
  }
  // The event target subscribes and unsubscribes without awaiting: a stream that ends while the
  // server stops must not turn "Connection is closed" into an unhandled rejection.
  let closed = false;
  for (const method of ['subscribe', 'unsubscribe'] as const) {
    const send = subscribeClient[method].bind(subscribeClient) as (...channels: string[]) => Promise<unknown>;
    (subscribeClient as unknown as Record<string, unknown>)[method] = (...channels: string[]) =>
      send(...channels).catch((error) => {
        if (!closed) log(`Redis ${method} failed`, error);
      });
  }
  return {
    eventTarget: createRedisEventTarget({ publishClient, subscribeClient }),
    /** For commands (rate-limit counters); the publishing connection is never in subscriber mode. */
    commands: publishClient,
    ping: async () => void (await publishClient.ping()),
    close: async () => {
      closed = true;
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
