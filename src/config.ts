import {
  QUERY_LIMIT_DEFAULTS,
  QueryLimit,
  type QueryLimits,
  RATE_LIMIT_DEFAULTS,
  RateLimit,
  type RateLimits,
  parseWindow,
} from './security/limits.js';

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
  /** METRICS_PORT and METRICS_TOKEN: where Prometheus metrics are served, and the token scrapes must send; null when off. */
  metrics: { port: number | null; token: string | null } | null;
  /** TRACES_OTLP_URL and TRACES_SERVICE_NAME: where OpenTelemetry traces go, and as what service; null when off. */
  traces: { url: string; serviceName: string } | null;
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

/** The groups settings are listed in (docs/reference/settings.md, .env.example). */
export const SettingGroup = {
  SERVER: 'Server',
  DATABASE: 'Database and events',
  MAIL: 'Email and links',
  SESSIONS: 'Sessions and passwords',
  DOCUMENTS: 'Document limits',
  RATE_LIMITS: 'Rate limits',
  LIVE: 'Live connections',
  OBSERVABILITY: 'Metrics and traces',
} as const;
export type SettingGroup = keyof typeof SettingGroup;

/** The range a numeric setting accepts; without `min`, anything above 0. */
interface Range {
  min?: number;
  max: number;
  integer?: boolean;
}

/**
 * One environment variable Roster reads: its name, default, accepted values and meaning. `loadConfig`
 * takes every numeric default and range from here, and `npm run docs` writes the settings reference
 * (docs/reference/settings.md) and `.env.example` from the same list.
 */
export interface Setting {
  readonly name: string;
  readonly group: SettingGroup;
  /** The value when unset, as it would be written in `.env`; null when unset means "none". */
  readonly default: string | null;
  /** The default in words, when it is none or follows from another setting. */
  readonly defaultText?: string;
  /** What `loadConfig` accepts, in words. */
  readonly accepts: string;
  readonly meaning: string;
  /** A value worth showing in `.env.example` besides the default. */
  readonly example?: string;
  /** For numbers: what `loadConfig` accepts. */
  readonly range?: Range;
}

const rangeText = ({ min, max, integer }: Range) =>
  integer
    ? `whole number ${min}–${max}`
    : min === undefined
      ? `above 0, at most ${max} (fractions allowed)`
      : `${min}–${max} (fractions allowed)`;

const numeric = (name: string, group: SettingGroup, fallback: number, range: Range, meaning: string): Setting => ({
  name,
  group,
  default: String(fallback),
  accepts: rangeText(range),
  meaning,
  range,
});
const whole = (name: string, group: SettingGroup, fallback: number, min: number, max: number, meaning: string) =>
  numeric(name, group, fallback, { min, max, integer: true }, meaning);

const QUERY_LIMIT_RANGE: Range = { min: 1, max: 1_000_000, integer: true };
const RATE_LIMIT_ACCEPTS = 'count/seconds: a count of 1 or more in a window of 1 to 86400 seconds';
const FLAG_ACCEPTS = '`true` or `false` (also 1/0, yes/no, on/off)';

/** Every environment variable Roster reads, in the order the settings reference lists them. */
export const SETTINGS: readonly Setting[] = [
  whole('PORT', 'SERVER', 4000, 0, 65535, 'HTTP and WebSocket port (GraphQL, GraphiQL, the invite page); 0 picks a free port'),
  {
    name: 'PUBLIC_URL',
    group: 'SERVER',
    default: null,
    defaultText: '`http://localhost:$PORT`',
    accepts: 'an `http://` or `https://` address',
    meaning: 'Base of the links in emails (invites, sign-up, reset, email change): the address people reach the server at',
    example: 'http://localhost:4000',
  },
  numeric(
    'SHUTDOWN_GRACE_SECONDS',
    'SERVER',
    10,
    { min: 0, max: 600 },
    'On SIGTERM or SIGINT, how long requests in flight may finish before their connections are cut',
  ),
  { name: 'GRAPHIQL', group: 'SERVER', default: 'true', accepts: FLAG_ACCEPTS, meaning: 'Serve GraphiQL at the endpoint to browsers' },
  {
    name: 'INTROSPECTION',
    group: 'SERVER',
    default: 'true',
    accepts: FLAG_ACCEPTS,
    meaning:
      'Answer introspection queries (GraphiQL and code generators need them); `false` also drops "Did you mean …?" suggestions from error messages',
  },
  {
    name: 'CORS_ORIGINS',
    group: 'SERVER',
    default: null,
    defaultText: '(none)',
    accepts: 'comma-separated `scheme://host[:port]`',
    meaning: 'Origins allowed to call the API from a browser; never reflected, never with credentials',
    example: 'https://app.example.com',
  },
  whole(
    'MAX_REQUEST_BODY_BYTES',
    'SERVER',
    4 * 1024 * 1024,
    1024,
    100 * 1024 * 1024,
    'Larger HTTP bodies are answered 413 before they are read (the default leaves room for a 2 MB style image in base64)',
  ),
  {
    name: 'DATABASE_URL',
    group: 'DATABASE',
    default: 'file:./data/roster.db',
    accepts: 'a SQLite file (`file:` or `sqlite:` prefix, or a plain path), or `postgres://…`',
    meaning: 'The database: a SQLite file (its folder is created) or PostgreSQL (several instances share one)',
    example: 'postgres://roster:roster@127.0.0.1:5432/roster',
  },
  whole('DATABASE_POOL_SIZE', 'DATABASE', 10, 2, 1000, 'PostgreSQL connections per instance'),
  whole(
    'DATABASE_STATEMENT_TIMEOUT_MS',
    'DATABASE',
    30_000,
    100,
    3_600_000,
    'PostgreSQL cancels a statement that runs longer (the request is answered UNAVAILABLE)',
  ),
  {
    name: 'REDIS_URL',
    group: 'DATABASE',
    default: null,
    defaultText: '(none: events stay in the process)',
    accepts: '`redis://…` or `rediss://…`',
    meaning: 'Redis, to carry events (permission changes, membership events, ended sessions) and rate-limit counts between instances',
    example: 'redis://127.0.0.1:6379',
  },
  {
    name: 'MAIL_FROM',
    group: 'MAIL',
    default: 'Roster <no-reply@localhost>',
    accepts: 'an address, or `Name <address>`',
    meaning: 'The From of every email',
  },
  {
    name: 'SMTP_URL',
    group: 'MAIL',
    default: null,
    defaultText: '(none: emails stay in the outbox and the log)',
    accepts: '`smtp://user:pass@host:587` or `smtps://…`',
    meaning: 'Send every email through this SMTP server',
    example: 'smtp://user:password@smtp.example.com:587',
  },
  numeric('INVITE_TTL_DAYS', 'MAIL', 7, { max: 365 }, 'How long an invite link stays valid'),
  numeric('VERIFY_LINK_TTL_HOURS', 'MAIL', 24, { max: 24 * 30 }, 'How long a sign-up verification or email-change link stays valid'),
  numeric('RESET_LINK_TTL_MINUTES', 'MAIL', 60, { max: 24 * 60 }, 'How long a password-reset link stays valid'),
  whole('EMAILS_PER_ADDRESS_PER_HOUR', 'MAIL', 5, 1, 1_000_000, 'Sign-up, reset and email-change emails one address can be sent per hour'),
  whole('EMAILS_PER_CLIENT_PER_HOUR', 'MAIL', 30, 1, 1_000_000, 'Such emails one client IP address can ask for per hour'),
  numeric(
    'INVITE_EXPIRY_CHECK_SECONDS',
    'MAIL',
    30,
    { min: 1, max: 86_400 },
    'How often expired invites are looked for and announced (audit log, subscribers)',
  ),
  numeric('SESSION_TTL_DAYS', 'SESSIONS', 30, { max: 365 }, 'How long a session token stays valid, whatever its use'),
  numeric('SESSION_IDLE_DAYS', 'SESSIONS', 14, { max: 365 }, 'A session unused this long ends'),
  whole(
    'PASSWORD_HASH_COST',
    'SESSIONS',
    17,
    10,
    20,
    "log2 of scrypt's N (17 = 128 MiB, OWASP's recommendation); stored with each hash, so it can be raised later. The tests use 10 for speed",
  ),
  whole(
    'PASSWORD_HASH_CONCURRENCY',
    'SESSIONS',
    2,
    1,
    64,
    "Password hashes computed at once (each holds 128 MiB and a thread of libuv's pool of 4 at cost 17)",
  ),
  whole('PASSWORD_HASH_QUEUE', 'SESSIONS', 32, 0, 10_000, 'Password checks that may wait for a turn; beyond, RATE_LIMITED at once'),
  ...(Object.keys(QueryLimit) as QueryLimit[]).map((limit) =>
    numeric(
      `QUERY_MAX_${limit}`,
      'DOCUMENTS',
      QUERY_LIMIT_DEFAULTS.member[limit],
      QUERY_LIMIT_RANGE,
      `Signed-in callers: ${QueryLimit[limit]}`,
    ),
  ),
  ...(Object.keys(QueryLimit) as QueryLimit[]).map((limit) =>
    numeric(
      `PUBLIC_QUERY_MAX_${limit}`,
      'DOCUMENTS',
      QUERY_LIMIT_DEFAULTS.public[limit],
      QUERY_LIMIT_RANGE,
      `Anyone else (public operations): ${QueryLimit[limit]}`,
    ),
  ),
  ...(Object.keys(RateLimit) as RateLimit[]).map((limit): Setting => ({
    name: `RATE_LIMIT_${limit}`,
    group: 'RATE_LIMITS',
    default: RateLimit[limit][1],
    accepts: RATE_LIMIT_ACCEPTS,
    meaning: RateLimit[limit][0],
  })),
  whole(
    'WS_MAX_MESSAGE_BYTES',
    'LIVE',
    64 * 1024,
    1024,
    16 * 1024 * 1024,
    'A larger WebSocket message closes the socket with 1009 before it is parsed',
  ),
  whole('WS_INIT_TIMEOUT_MS', 'LIVE', 3000, 100, 60_000, 'A socket that sends no `connection_init` by then closes with 4408'),
  whole('MAX_SUBSCRIPTIONS_PER_SOCKET', 'LIVE', 20, 1, 10_000, 'Subscriptions open on one WebSocket'),
  whole('MAX_SUBSCRIPTIONS_PER_SESSION', 'LIVE', 20, 1, 10_000, 'Subscriptions (WebSocket and SSE) open for one session'),
  whole('MAX_SUBSCRIPTIONS_PER_PERSON', 'LIVE', 50, 1, 100_000, 'Subscriptions open for one person, every session of the login together'),
  whole('MAX_SOCKETS_PER_SESSION', 'LIVE', 5, 1, 10_000, 'WebSockets open for one session; a new one beyond closes with 1008'),
  {
    name: 'METRICS_PORT',
    group: 'OBSERVABILITY',
    default: null,
    defaultText: '(none)',
    accepts: 'whole number 0–65535 (0 picks a free port)',
    meaning:
      'Serve Prometheus metrics at `/metrics` on this port, apart from the API (keep it off the public network, or set METRICS_TOKEN too)',
    example: '9464',
    range: { min: 0, max: 65_535, integer: true },
  },
  {
    name: 'METRICS_TOKEN',
    group: 'OBSERVABILITY',
    default: null,
    defaultText: '(none)',
    accepts: 'at least 32 characters',
    example: 'replace-with-32-or-more-random-characters',
    meaning:
      'Scrapes must send `Authorization: Bearer <token>`. Without METRICS_PORT, metrics are then served at `/metrics` on the API port; they never are without a token',
  },
  {
    name: 'TRACES_OTLP_URL',
    group: 'OBSERVABILITY',
    default: null,
    defaultText: '(none: no traces)',
    accepts: 'an `http://` or `https://` address',
    meaning: "Export OpenTelemetry traces over OTLP/HTTP (JSON) to this traces endpoint, such as a collector's `/v1/traces`",
    example: 'http://127.0.0.1:4318/v1/traces',
  },
  {
    name: 'TRACES_SERVICE_NAME',
    group: 'OBSERVABILITY',
    default: 'roster',
    accepts: 'a name (letters, digits, `.`, `_`, `-`)',
    meaning: 'The `service.name` of the traces',
  },
];

const SETTING_BY_NAME = new Map(SETTINGS.map((setting) => [setting.name, setting]));

function settingNamed(name: string): Setting {
  const setting = SETTING_BY_NAME.get(name);
  if (!setting) throw new Error(`${name} is not in SETTINGS`);
  return setting;
}

/** A numeric setting, its default and range as SETTINGS declares them. */
function number(env: NodeJS.ProcessEnv, name: string): number {
  const setting = settingNamed(name);
  const { min = Number.MIN_VALUE, max, integer = false } = setting.range!;
  const value = env[name];
  if (value === undefined || value === '') return Number(setting.default);
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || parsed > max || (integer && !Number.isInteger(parsed))) {
    const range = min === Number.MIN_VALUE ? `above 0 and at most ${max}` : `from ${min} to ${max}`;
    throw new SettingError(name, `must be ${integer ? 'a whole number' : 'a number'} ${range}, got ${JSON.stringify(value)}`);
  }
  return parsed;
}

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

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const value = env[name];
  if (value === undefined || value === '') return settingNamed(name).default === 'true';
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
  const read = (prefix: string) =>
    Object.fromEntries((Object.keys(QueryLimit) as QueryLimit[]).map((limit) => [limit, number(env, `${prefix}${limit}`)])) as Record<
      QueryLimit,
      number
    >;
  return { member: read('QUERY_MAX_'), public: read('PUBLIC_QUERY_MAX_') };
}

function rateLimits(env: NodeJS.ProcessEnv): RateLimits {
  return Object.fromEntries(
    (Object.keys(RateLimit) as RateLimit[]).map((limit) => {
      const name = `RATE_LIMIT_${limit}`;
      const value = env[name];
      if (value === undefined || value === '') return [limit, RATE_LIMIT_DEFAULTS[limit]];
      const window = parseWindow(value);
      if (!window)
        throw new SettingError(name, `must be count/seconds (1 or more, a window of at most 86400 s), got ${JSON.stringify(value)}`);
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

/** Reads every setting of SETTINGS; an invalid one throws a SettingError naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = number(env, 'PORT'); // 0 picks a free port
  return {
    port,
    databaseUrl: env.DATABASE_URL || settingNamed('DATABASE_URL').default!,
    databasePoolSize: number(env, 'DATABASE_POOL_SIZE'),
    databaseStatementTimeoutMs: number(env, 'DATABASE_STATEMENT_TIMEOUT_MS'),
    redisUrl: env.REDIS_URL ? redisUrl(env.REDIS_URL) : null,
    publicUrl: url('PUBLIC_URL', env.PUBLIC_URL || `http://localhost:${port}`),
    mailFrom: mailFrom(env.MAIL_FROM || settingNamed('MAIL_FROM').default!),
    smtpUrl: env.SMTP_URL ? smtpUrl(env.SMTP_URL) : null,
    inviteTtlDays: number(env, 'INVITE_TTL_DAYS'),
    sessionTtlDays: number(env, 'SESSION_TTL_DAYS'),
    verifyLinkTtlHours: number(env, 'VERIFY_LINK_TTL_HOURS'),
    resetLinkTtlMinutes: number(env, 'RESET_LINK_TTL_MINUTES'),
    emailsPerAddressPerHour: number(env, 'EMAILS_PER_ADDRESS_PER_HOUR'),
    emailsPerClientPerHour: number(env, 'EMAILS_PER_CLIENT_PER_HOUR'),
    passwordHashCost: number(env, 'PASSWORD_HASH_COST'),
    inviteExpiryCheckSeconds: number(env, 'INVITE_EXPIRY_CHECK_SECONDS'),
    shutdownGraceSeconds: number(env, 'SHUTDOWN_GRACE_SECONDS'),
    sessionIdleDays: number(env, 'SESSION_IDLE_DAYS'),
    queryLimits: queryLimits(env),
    rateLimits: rateLimits(env),
    maxRequestBodyBytes: number(env, 'MAX_REQUEST_BODY_BYTES'),
    corsOrigins: origins(env.CORS_ORIGINS),
    graphiql: flag(env, 'GRAPHIQL'),
    introspection: flag(env, 'INTROSPECTION'),
    passwordHashConcurrency: number(env, 'PASSWORD_HASH_CONCURRENCY'),
    passwordHashQueue: number(env, 'PASSWORD_HASH_QUEUE'),
    wsMaxMessageBytes: number(env, 'WS_MAX_MESSAGE_BYTES'),
    wsInitTimeoutMs: number(env, 'WS_INIT_TIMEOUT_MS'),
    streams: {
      perSocket: number(env, 'MAX_SUBSCRIPTIONS_PER_SOCKET'),
      perSession: number(env, 'MAX_SUBSCRIPTIONS_PER_SESSION'),
      perPerson: number(env, 'MAX_SUBSCRIPTIONS_PER_PERSON'),
      socketsPerSession: number(env, 'MAX_SOCKETS_PER_SESSION'),
    },
    metrics: metrics(env),
    traces: traces(env),
  };
}

function traces(env: NodeJS.ProcessEnv): Config['traces'] {
  const name = serviceName(env.TRACES_SERVICE_NAME || settingNamed('TRACES_SERVICE_NAME').default!);
  return env.TRACES_OTLP_URL ? { url: url('TRACES_OTLP_URL', env.TRACES_OTLP_URL), serviceName: name } : null;
}

function serviceName(value: string): string {
  if (!/^[\w.-]{1,100}$/.test(value))
    throw new SettingError('TRACES_SERVICE_NAME', `must be letters, digits, ".", "_" or "-", got ${JSON.stringify(value)}`);
  return value;
}

function metrics(env: NodeJS.ProcessEnv): Config['metrics'] {
  const port = env.METRICS_PORT ? number(env, 'METRICS_PORT') : null;
  const token = env.METRICS_TOKEN || null;
  if (token !== null && token.length < 32) throw new SettingError('METRICS_TOKEN', `must be at least 32 characters, got ${token.length}`);
  return port === null && token === null ? null : { port, token };
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
