// What Roster limits, and its defaults: data only, read by the settings (src/config.ts) and by the
// checks that enforce them (query-limits.ts, rate-limits.ts).

/** What a document is measured by before it runs (graphql-armor's rules). */
export const QueryLimit = {
  DEPTH: 'How deeply fields nest (introspection is not counted)',
  ALIASES: 'Aliases in one operation',
  COST: "graphql-armor's cost: 2 per object, 1 per scalar, each level of nesting ×1.5",
  DIRECTIVES: 'Directives in one operation',
  TOKENS: 'Lexical tokens in the document (counted while parsing, before the caller is known, so one limit for all)',
} as const;
export type QueryLimit = keyof typeof QueryLimit;

export type QueryLimits = Record<'member' | 'public', Record<QueryLimit, number>>;

/** Signed-in callers get room for the largest screens; anyone else only what public operations need. */
export const QUERY_LIMIT_DEFAULTS: QueryLimits = {
  member: { DEPTH: 10, ALIASES: 20, COST: 20_000, DIRECTIVES: 10, TOKENS: 2_000 },
  public: { DEPTH: 6, ALIASES: 5, COST: 2_000, DIRECTIVES: 5, TOKENS: 2_000 },
};

/** Every rate limit: what it counts, and its default (`count/seconds`, a fixed window). */
export const RateLimit = {
  LOGIN_PER_EMAIL: ['Failed sign-ins for one email', '10/900'],
  LOGIN_PER_CLIENT: ['Sign-in attempts from one client (IP address)', '50/900'],
  PASSWORD_CHECKS_PER_PERSON: ['Wrong current passwords given by one login', '5/900'],
  PASSWORD_CHECKS_PER_CLIENT: ['Current-password checks from one client', '10/900'],
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
