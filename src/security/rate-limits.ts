import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { App } from '../app.js';
import type { Context } from '../context.js';
import { RosterError } from '../errors.js';

/** Every rate limit: what it counts, and its default (`count/seconds`, a fixed window). */
export const RateLimit = {
  LOGIN_PER_EMAIL: ['Sign-in attempts for one email', '10/900'],
  LOGIN_PER_CLIENT: ['Sign-in attempts from one client (IP address)', '50/900'],
  SIGN_UP_PER_CLIENT: ['Sign-ups from one client', '20/3600'],
  LINKS_PER_CLIENT: ['Invite, verification, reset and email-change links followed or previewed by one client', '60/900'],
  INVITES_PER_ACCOUNT: ['Invites sent or re-sent by one account', '200/3600'],
  INVITES_PER_CLIENT: ['Invites sent or re-sent from one client', '200/3600'],
} as const satisfies Record<string, readonly [string, string]>;
export type RateLimit = keyof typeof RateLimit;

export interface Window {
  count: number;
  seconds: number;
}
export type RateLimits = Record<RateLimit, Window>;

/** `10/900`: ten in 900 seconds. */
export function parseWindow(value: string): Window | null {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!match) return null;
  const [count, seconds] = [Number(match[1]), Number(match[2])];
  return count >= 1 && seconds >= 1 && seconds <= 86_400 ? { count, seconds } : null;
}

export const RATE_LIMIT_DEFAULTS = Object.fromEntries(
  Object.entries(RateLimit).map(([name, [, value]]) => [name, parseWindow(value)!]),
) as RateLimits;

/** Hits per key in its current window: `add` counts one more and returns the total. */
interface Counter {
  add(key: string, windowMs: number): Promise<number>;
  get(key: string): Promise<number>;
}

/** In one process: a map of windows, pruned as it grows. */
function memoryCounter(): Counter {
  const windows = new Map<string, { count: number; endsAt: number }>();
  return {
    async add(key, windowMs) {
      const now = Date.now();
      if (windows.size > 100_000) for (const [k, w] of windows) if (w.endsAt <= now) windows.delete(k);
      const window = windows.get(key) ?? { count: 0, endsAt: now + windowMs };
      window.count++;
      windows.set(key, window);
      return window.count;
    },
    get: async (key) => windows.get(key)?.count ?? 0,
  };
}

/** In Redis, so every instance counts together: INCR, and the window's expiry on its first hit. */
function redisCounter(redis: Redis): Counter {
  return {
    async add(key, windowMs) {
      const [[, count], [, ttl]] = (await redis.multi().incr(key).pttl(key).exec()) as [[null, number], [null, number]];
      if (ttl < 0) await redis.pexpire(key, windowMs);
      return count;
    },
    get: async (key) => Number((await redis.get(key)) ?? 0),
  };
}

export interface RateLimiter {
  /** Counts a hit on `limit` for `subject` (an email, an account id, an IP address); RATE_LIMITED beyond it. */
  hit(limit: RateLimit, subject: string): Promise<void>;
  /** RATE_LIMITED if `subject` has used up `limit`, without counting (for limits that count failures only). */
  check(limit: RateLimit, subject: string): Promise<void>;
}

/**
 * Fixed windows on the app's clock (so tests can move it): the window a hit falls in is part of
 * its key, and the key expires with its window.
 */
export function createRateLimiter(app: Pick<App, 'now'>, limits: RateLimits, redis: Redis | null, databaseUrl: string): RateLimiter {
  const counter = redis ? redisCounter(redis) : memoryCounter();
  // Deployments (and test runs) sharing one Redis count apart: the key names their database.
  const namespace = createHash('sha256').update(databaseUrl).digest('hex').slice(0, 16);
  const windowOf = (limit: RateLimit, subject: string) => {
    const windowMs = limits[limit].seconds * 1000;
    const now = app.now().getTime();
    const window = Math.floor(now / windowMs);
    const refusal = () =>
      new RosterError('RATE_LIMITED', `Too many requests (${RateLimit[limit][0].toLowerCase()}): try again later`, {
        retryAfterSeconds: Math.max(1, Math.ceil(((window + 1) * windowMs - now) / 1000)),
      });
    return { key: `roster:${namespace}:rate:${limit}:${subject}:${window}`, windowMs, allowed: limits[limit].count, refusal };
  };
  return {
    async hit(limit, subject) {
      const { key, windowMs, allowed, refusal } = windowOf(limit, subject);
      if ((await counter.add(key, windowMs)) > allowed) throw refusal();
    },
    async check(limit, subject) {
      const { key, allowed, refusal } = windowOf(limit, subject);
      if ((await counter.get(key)) >= allowed) throw refusal();
    },
  };
}

/** Counts a hit on a per-client limit (the peer's IP address), when the request has one. */
export async function hitPerClient(ctx: Context, limit: RateLimit) {
  if (ctx.client.address) await ctx.app.rateLimits.hit(limit, ctx.client.address);
}
