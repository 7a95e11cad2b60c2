import type { Redis } from 'ioredis';
import { RosterError, unavailable } from '../errors.js';
import { RateLimit, type RateLimits } from './limits.js';
import type { Metrics } from '../observability/metrics.js';

/** Hits per key in its current window. */
interface Counter {
  /** Counts one more on every key, all in one step, and returns their totals in order. */
  add(keys: readonly string[], windowMs: number): Promise<number[]>;
  /** Takes one off every key that still counts any. */
  remove(keys: readonly string[]): Promise<void>;
  clear(key: string): Promise<void>;
}

/** In one process: a map of windows, pruned as it grows. */
function memoryCounter(): Counter {
  const windows = new Map<string, { count: number; endsAt: number }>();
  return {
    async add(keys, windowMs) {
      const now = Date.now();
      if (windows.size > 100_000) for (const [k, w] of windows) if (w.endsAt <= now) windows.delete(k);
      return keys.map((key) => {
        const window = windows.get(key) ?? { count: 0, endsAt: now + windowMs };
        window.count++;
        windows.set(key, window);
        return window.count;
      });
    },
    async remove(keys) {
      for (const key of keys) {
        const window = windows.get(key);
        if (window && window.count > 0) window.count--;
      }
    },
    clear: async (key) => void windows.delete(key),
  };
}

/** INCR on every key, each given its window's expiry on its first hit, atomically. */
const ADD = `local counts = {}
for i, key in ipairs(KEYS) do
  counts[i] = redis.call('INCR', key)
  if redis.call('PTTL', key) < 0 then redis.call('PEXPIRE', key, ARGV[1]) end
end
return counts`;
/** DECR on every key still above zero (an expired key is not brought back as -1, without expiry). */
const REMOVE = `for _, key in ipairs(KEYS) do
  if tonumber(redis.call('GET', key) or '0') > 0 then redis.call('DECR', key) end
end`;

/** Counting needs Redis: while it is away, limited operations fail closed, as UNAVAILABLE. */
const redisAway = (error: unknown): never => {
  throw unavailable('EVENT_BUS', 'Rate limits cannot be counted right now: try again shortly', undefined, error);
};

/** In Redis, so every instance counts together; each step is one script, so tries never interleave. */
function redisCounter(redis: Redis): Counter {
  return {
    add: (keys, windowMs) => (redis.eval(ADD, keys.length, ...keys, windowMs) as Promise<number[]>).catch(redisAway),
    remove: (keys) => redis.eval(REMOVE, keys.length, ...keys).then(() => {}, redisAway),
    clear: (key) => redis.del(key).then(() => {}, redisAway),
  };
}

/** A try counted on a limit before the work it limits. */
export interface Try {
  /** This try's number in its window, for each subject in order (1: the first one). */
  numbers: number[];
  /** The limit's count: a try numbered beyond it is over the limit. */
  allowed: number;
  /** RATE_LIMITED, with when the window ends. */
  refusal(): RosterError;
  /** Takes the try back off every subject: a try that turned out not to count (a right password). */
  giveBack(): Promise<void>;
}

export interface RateLimiter {
  /** Counts a hit on `limit` for `subject` (an email, an account id, an IP address); RATE_LIMITED beyond it. */
  hit(limit: RateLimit, subject: string): Promise<void>;
  /** Counts a hit on a per-client limit for the peer's IP address, when the request has one. */
  hitPerClient(limit: RateLimit, client: { address: string | null }): Promise<void>;
  /**
   * Counts a try on `limit` for every subject at once, before the work it limits, so that tries made
   * at the same moment each get their own number and cannot all slip under the limit.
   */
  count(limit: RateLimit, subjects: readonly string[]): Promise<Try>;
  /**
   * A try on `limit` for `subject`, counted before the work: RATE_LIMITED (and not counted) beyond
   * it. Returns how to give it back, for a try that should not count.
   */
  reserve(limit: RateLimit, subject: string): Promise<Try['giveBack']>;
  /** Forgets `subject`'s hits on `limit` in the current window. */
  clear(limit: RateLimit, subject: string): Promise<void>;
}

/**
 * Fixed windows on the app's clock (so tests can move it): the window a hit falls in is part of
 * its key, and the key expires with its window.
 */
export function createRateLimiter(
  app: { now(): Date; metrics: Pick<Metrics, 'rateLimitRefusals'> },
  limits: RateLimits,
  redis: { client: Redis; namespace: string } | null,
): RateLimiter {
  const counter = redis ? redisCounter(redis.client) : memoryCounter();
  const namespace = redis?.namespace ?? 'roster';
  const windowOf = (limit: RateLimit) => {
    const windowMs = limits[limit].seconds * 1000;
    const now = app.now().getTime();
    const window = Math.floor(now / windowMs);
    const refusal = () => {
      app.metrics.rateLimitRefusals.inc({ limit });
      return new RosterError('RATE_LIMITED', `Too many requests (${RateLimit[limit][0].toLowerCase()}): try again later`, {
        retryAfterSeconds: Math.max(1, Math.ceil(((window + 1) * windowMs - now) / 1000)),
      });
    };
    const keyOf = (subject: string) => `${namespace}:rate:${limit}:${subject}:${window}`;
    return { keyOf, windowMs, allowed: limits[limit].count, refusal };
  };
  const count = async (limit: RateLimit, subjects: readonly string[]): Promise<Try> => {
    const { keyOf, windowMs, allowed, refusal } = windowOf(limit);
    const keys = subjects.map(keyOf);
    const numbers = await counter.add(keys, windowMs);
    return { numbers, allowed, refusal, giveBack: () => counter.remove(keys) };
  };
  return {
    async hit(limit, subject) {
      const {
        numbers: [number],
        allowed,
        refusal,
      } = await count(limit, [subject]);
      if (number! > allowed) throw refusal();
    },
    async hitPerClient(limit, client) {
      if (client.address) await this.hit(limit, client.address);
    },
    count,
    async reserve(limit, subject) {
      const {
        numbers: [number],
        allowed,
        refusal,
        giveBack,
      } = await count(limit, [subject]);
      if (number! > allowed) {
        await giveBack();
        throw refusal();
      }
      return giveBack;
    },
    clear: (limit, subject) => counter.clear(windowOf(limit).keyOf(subject)),
  };
}

/**
 * Awaits a password check whose try was counted beforehand: the try stays counted only when the
 * check says no (null or false). A right password gives it back, and so does a check that could
 * not run (the hash queue busy): only wrong passwords use up a limit.
 */
export async function keepTryIfWrong<T>(giveBack: Try['giveBack'], check: Promise<T>): Promise<T> {
  const answer = await check.catch(async (error) => {
    await giveBack();
    throw error;
  });
  if (answer) await giveBack();
  return answer;
}
