import { QUERY_LIMIT_DEFAULTS, QueryLimit, type QueryLimits } from './security/query-limits.js';
import { RATE_LIMIT_DEFAULTS, RateLimit, type RateLimits, parseWindow } from './security/rate-limits.js';

/** Every setting Roster reads from its environment, with its default. */
export interface Config {
  /** PORT: the HTTP (and WebSocket) port. */
  port: number;
  /** DATABASE_URL: a SQLite file (`file:./data/roster.db` or a path), or `postgres://…`. */
  databaseUrl: string;
  /** DATABASE_POOL_SIZE: PostgreSQL connections per instance. */
  databasePoolSize: number;
  /** DATABASE_STATEMENT_TIMEOUT_MS: PostgreSQL cancels a statement running longer than this. */
  databaseStatementTimeoutMs: number;
  /** REDIS_URL: when set, events cross instances through Redis (`redis://…`); otherwise in-process. */
  redisUrl: string | null;
  /** PUBLIC_URL: the address people reach the server at, used in emailed links. */
  publicUrl: string;
  /** MAIL_FROM: the From address of every email (`Name <address>` or an address). */
  mailFrom: string;
  /** SMTP_URL: `smtp://user:pass@host:587` or `smtps://…`; emails go out through it. Unset: outbox and log only. */
  smtpUrl: string | null;
  /** INVITE_TTL_DAYS: how long an invite link stays valid. */
  inviteTtlDays: number;
  /** SESSION_TTL_DAYS: how long a session token stays valid. */
  sessionTtlDays: number;
  /** VERIFY_LINK_TTL_HOURS: how long a sign-up verification or email-change link stays valid. */
  verifyLinkTtlHours: number;
  /** RESET_LINK_TTL_MINUTES: how long a password-reset link stays valid. */
  resetLinkTtlMinutes: number;
  /** EMAILS_PER_ADDRESS_PER_HOUR: sign-up, reset and email-change emails one address can be sent in an hour. */
  emailsPerAddressPerHour: number;
  /** EMAILS_PER_CLIENT_PER_HOUR: such emails one client (IP address) can ask for in an hour. */
  emailsPerClientPerHour: number;
  /** PASSWORD_HASH_COST: log2 of scrypt's N; 17 is OWASP's recommendation. */
  passwordHashCost: number;
  /** INVITE_EXPIRY_CHECK_SECONDS: how often expired invites are looked for and announced. */
  inviteExpiryCheckSeconds: number;
  /** SHUTDOWN_GRACE_SECONDS: how long a stopping server lets in-flight requests finish. */
  shutdownGraceSeconds: number;
  /** SESSION_IDLE_DAYS: a session unused this long ends, whatever its expiry. */
  sessionIdleDays: number;
  /** QUERY_MAX_<LIMIT> (signed in) and PUBLIC_QUERY_MAX_<LIMIT> (anyone else): see query-limits.ts. */
  queryLimits: QueryLimits;
  /** RATE_LIMIT_<NAME> as `count/seconds`: see rate-limits.ts. */
  rateLimits: RateLimits;
  /** MAX_REQUEST_BODY_BYTES: larger HTTP bodies are refused with 413 before they are read. */
  maxRequestBodyBytes: number;
  /** CORS_ORIGINS: comma-separated origins allowed to call the API from a browser; none by default. */
  corsOrigins: string[];
  /** GRAPHIQL: serve GraphiQL at the endpoint to browsers. */
  graphiql: boolean;
  /** INTROSPECTION: answer introspection queries (GraphiQL and code generators need them). */
  introspection: boolean;
  /** PASSWORD_HASH_CONCURRENCY: password hashes computed at once (each takes 128 MiB at cost 17). */
  passwordHashConcurrency: number;
  /** PASSWORD_HASH_QUEUE: password checks that may wait for a turn; beyond, RATE_LIMITED at once. */
  passwordHashQueue: number;
  /** WS_MAX_MESSAGE_BYTES: a larger WebSocket message closes the socket with 1009. */
  wsMaxMessageBytes: number;
  /** WS_INIT_TIMEOUT_MS: a socket that sends no connection_init by then is closed with 4408. */
  wsInitTimeoutMs: number;
  /** MAX_SUBSCRIPTIONS_PER_SOCKET, _PER_SESSION, _PER_PERSON and MAX_SOCKETS_PER_SESSION. */
  streams: { perSocket: number; perSession: number; perPerson: number; socketsPerSession: number };
}

/** A setting Roster cannot start with; the message names the setting and the accepted values. */
export class SettingError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
  }
}

const number = (
  name: string,
  value: string | undefined,
  fallback: number,
  { min = Number.MIN_VALUE, max = Number.MAX_VALUE, integer = false } = {},
) => {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || parsed > max || (integer && !Number.isInteger(parsed))) {
    const range = min === Number.MIN_VALUE ? `above 0 and at most ${max}` : `from ${min} to ${max}`;
    throw new SettingError(name, `must be ${integer ? 'a whole number' : 'a number'} ${range}, got ${JSON.stringify(value)}`);
  }
  return parsed;
};

function url(name: string, value: string): string {
  let parsed: URL | null = null;
  try {
    parsed = new URL(value);
  } catch {
    // not a URL: refused below
  }
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
    throw new SettingError(name, `must be an http:// or https:// address, got ${JSON.stringify(value)}`);
  }
  return value.replace(/\/$/, '');
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(true|1|yes|on)$/i.test(value)) return true;
  if (/^(false|0|no|off)$/i.test(value)) return false;
  throw new SettingError(name, `must be true or false, got ${JSON.stringify(value)}`);
}

function origins(value: string | undefined): string[] {
  if (!value) return [];
  return value.split(',').map((origin) => {
    const trimmed = origin.trim();
    let parsed: URL | null = null;
    try {
      parsed = new URL(trimmed);
    } catch {
      // not a URL: refused below
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== trimmed.replace(/\/$/, '')) {
      throw new SettingError('CORS_ORIGINS', `each origin must be scheme://host[:port], got ${JSON.stringify(trimmed)}`);
    }
    return parsed.origin;
  });
}

function queryLimits(env: NodeJS.ProcessEnv): QueryLimits {
  const read = (audience: 'member' | 'public', prefix: string) =>
    Object.fromEntries(
      (Object.keys(QueryLimit) as QueryLimit[]).map((limit) => [
        limit,
        number(`${prefix}${limit}`, env[`${prefix}${limit}`], QUERY_LIMIT_DEFAULTS[audience][limit], { min: 1, max: 1_000_000, integer: true }),
      ]),
    ) as Record<QueryLimit, number>;
  return { member: read('member', 'QUERY_MAX_'), public: read('public', 'PUBLIC_QUERY_MAX_') };
}

function rateLimits(env: NodeJS.ProcessEnv): RateLimits {
  return Object.fromEntries(
    (Object.keys(RateLimit) as RateLimit[]).map((limit) => {
      const name = `RATE_LIMIT_${limit}`;
      const value = env[name];
      if (value === undefined || value === '') return [limit, RATE_LIMIT_DEFAULTS[limit]];
      const window = parseWindow(value);
      if (!window) throw new SettingError(name, `must be count/seconds (1 or more, a window of at most 86400 s), got ${JSON.stringify(value)}`);
      return [limit, window];
    }),
  ) as RateLimits;
}

function mailFrom(value: string): string {
  if (!/^[^\r\n<>@]*<[^\s<>@]+@[^\s<>@]+>$|^[^\s<>@]+@[^\s<>@]+$/.test(value.trim())) {
    throw new SettingError('MAIL_FROM', `must be an address or "Name <address>", got ${JSON.stringify(value)}`);
  }
  return value.trim();
}

function smtpUrl(value: string): string {
  if (!/^smtps?:\/\/[^\s]+$/.test(value)) {
    throw new SettingError('SMTP_URL', `must be an smtp:// or smtps:// address, got ${JSON.stringify(withoutPassword(value))}`);
  }
  return value;
}

function redisUrl(value: string): string {
  if (!/^rediss?:\/\/./.test(value)) {
    throw new SettingError('REDIS_URL', `must be a redis:// or rediss:// address, got ${JSON.stringify(withoutPassword(value))}`);
  }
  return value;
}

/** Reads every setting; an invalid one throws a SettingError naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const whole = (name: string, fallback: number, min: number, max: number) => number(name, env[name], fallback, { min, max, integer: true });
  const port = whole('PORT', 4000, 0, 65535); // 0 picks a free port
  return {
    port,
    databaseUrl: env.DATABASE_URL || 'file:./data/roster.db',
    databasePoolSize: whole('DATABASE_POOL_SIZE', 10, 2, 1000),
    databaseStatementTimeoutMs: whole('DATABASE_STATEMENT_TIMEOUT_MS', 30_000, 100, 3_600_000),
    redisUrl: env.REDIS_URL ? redisUrl(env.REDIS_URL) : null,
    publicUrl: url('PUBLIC_URL', env.PUBLIC_URL || `http://localhost:${port}`),
    mailFrom: mailFrom(env.MAIL_FROM || 'Roster <no-reply@localhost>'),
    smtpUrl: env.SMTP_URL ? smtpUrl(env.SMTP_URL) : null,
    inviteTtlDays: number('INVITE_TTL_DAYS', env.INVITE_TTL_DAYS, 7, { max: 365 }),
    sessionTtlDays: number('SESSION_TTL_DAYS', env.SESSION_TTL_DAYS, 30, { max: 365 }),
    verifyLinkTtlHours: number('VERIFY_LINK_TTL_HOURS', env.VERIFY_LINK_TTL_HOURS, 24, { max: 24 * 30 }),
    resetLinkTtlMinutes: number('RESET_LINK_TTL_MINUTES', env.RESET_LINK_TTL_MINUTES, 60, { max: 24 * 60 }),
    emailsPerAddressPerHour: whole('EMAILS_PER_ADDRESS_PER_HOUR', 5, 1, 1_000_000),
    emailsPerClientPerHour: whole('EMAILS_PER_CLIENT_PER_HOUR', 30, 1, 1_000_000),
    passwordHashCost: whole('PASSWORD_HASH_COST', 17, 10, 20),
    inviteExpiryCheckSeconds: number('INVITE_EXPIRY_CHECK_SECONDS', env.INVITE_EXPIRY_CHECK_SECONDS, 30, { min: 1, max: 86_400 }),
    shutdownGraceSeconds: number('SHUTDOWN_GRACE_SECONDS', env.SHUTDOWN_GRACE_SECONDS, 10, { min: 0, max: 600 }),
    sessionIdleDays: number('SESSION_IDLE_DAYS', env.SESSION_IDLE_DAYS, 14, { max: 365 }),
    queryLimits: queryLimits(env),
    rateLimits: rateLimits(env),
    maxRequestBodyBytes: whole('MAX_REQUEST_BODY_BYTES', 4 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    corsOrigins: origins(env.CORS_ORIGINS),
    graphiql: flag('GRAPHIQL', env.GRAPHIQL, true),
    introspection: flag('INTROSPECTION', env.INTROSPECTION, true),
    passwordHashConcurrency: whole('PASSWORD_HASH_CONCURRENCY', 2, 1, 64),
    passwordHashQueue: whole('PASSWORD_HASH_QUEUE', 32, 0, 10_000),
    wsMaxMessageBytes: whole('WS_MAX_MESSAGE_BYTES', 64 * 1024, 1024, 16 * 1024 * 1024),
    wsInitTimeoutMs: whole('WS_INIT_TIMEOUT_MS', 3000, 100, 60_000),
    streams: {
      perSocket: whole('MAX_SUBSCRIPTIONS_PER_SOCKET', 20, 1, 10_000),
      perSession: whole('MAX_SUBSCRIPTIONS_PER_SESSION', 20, 1, 10_000),
      perPerson: whole('MAX_SUBSCRIPTIONS_PER_PERSON', 50, 1, 100_000),
      socketsPerSession: whole('MAX_SOCKETS_PER_SESSION', 5, 1, 10_000),
    },
  };
}

/** A database or Redis URL fit for a log line: any password is replaced by `***`. */
export function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return url;
    parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
