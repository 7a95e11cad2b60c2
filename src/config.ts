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
  } catch {}
  if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
    throw new SettingError(name, `must be an http:// or https:// address, got ${JSON.stringify(value)}`);
  }
  return value.replace(/\/$/, '');
}

function mailFrom(value: string): string {
  if (!/^[^\r\n<>@]*<[^\s<>@]+@[^\s<>@]+>$|^[^\s<>@]+@[^\s<>@]+$/.test(value.trim())) {
    throw new SettingError('MAIL_FROM', `must be an address or "Name <address>", got ${JSON.stringify(value)}`);
  }
  return value.trim();
}

function redisUrl(value: string): string {
  if (!/^rediss?:\/\/./.test(value)) {
    throw new SettingError('REDIS_URL', `must be a redis:// or rediss:// address, got ${JSON.stringify(withoutPassword(value))}`);
  }
  return value;
}

/** Reads every setting; an invalid one throws a SettingError naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = number('PORT', env.PORT, 4000, { min: 0, max: 65535, integer: true }); // 0 picks a free port
  return {
    port,
    databaseUrl: env.DATABASE_URL || 'file:./data/roster.db',
    databasePoolSize: number('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, 10, { min: 2, max: 1000, integer: true }),
    databaseStatementTimeoutMs: number('DATABASE_STATEMENT_TIMEOUT_MS', env.DATABASE_STATEMENT_TIMEOUT_MS, 30_000, {
      min: 100,
      max: 3_600_000,
      integer: true,
    }),
    redisUrl: env.REDIS_URL ? redisUrl(env.REDIS_URL) : null,
    publicUrl: url('PUBLIC_URL', env.PUBLIC_URL || `http://localhost:${port}`),
    mailFrom: mailFrom(env.MAIL_FROM || 'Roster <no-reply@localhost>'),
    inviteTtlDays: number('INVITE_TTL_DAYS', env.INVITE_TTL_DAYS, 7, { max: 365 }),
    sessionTtlDays: number('SESSION_TTL_DAYS', env.SESSION_TTL_DAYS, 30, { max: 365 }),
    verifyLinkTtlHours: number('VERIFY_LINK_TTL_HOURS', env.VERIFY_LINK_TTL_HOURS, 24, { max: 24 * 30 }),
    resetLinkTtlMinutes: number('RESET_LINK_TTL_MINUTES', env.RESET_LINK_TTL_MINUTES, 60, { max: 24 * 60 }),
    emailsPerAddressPerHour: number('EMAILS_PER_ADDRESS_PER_HOUR', env.EMAILS_PER_ADDRESS_PER_HOUR, 5, {
      min: 1,
      max: 1_000_000,
      integer: true,
    }),
    emailsPerClientPerHour: number('EMAILS_PER_CLIENT_PER_HOUR', env.EMAILS_PER_CLIENT_PER_HOUR, 30, {
      min: 1,
      max: 1_000_000,
      integer: true,
    }),
    passwordHashCost: number('PASSWORD_HASH_COST', env.PASSWORD_HASH_COST, 17, { min: 10, max: 20, integer: true }),
    inviteExpiryCheckSeconds: number('INVITE_EXPIRY_CHECK_SECONDS', env.INVITE_EXPIRY_CHECK_SECONDS, 30, { min: 1, max: 86_400 }),
    shutdownGraceSeconds: number('SHUTDOWN_GRACE_SECONDS', env.SHUTDOWN_GRACE_SECONDS, 10, { min: 0, max: 600 }),
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
