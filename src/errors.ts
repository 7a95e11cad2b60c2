import { GraphQLError } from 'graphql';

/**
 * Every error a client can receive, by `extensions.code`. This is the one home of error codes:
 * anything else thrown inside a resolver is masked by yoga as INTERNAL_SERVER_ERROR with no
 * message, stack or SQL.
 */
export const ErrorCode = {
  BAD_REQUEST:
    'The request goes beyond a limit (`extensions.limit`, `extensions.max`: depth, aliases, cost, directives, tokens) or is refused as a cross-site request',
  UNAUTHENTICATED: 'No valid session: missing, unknown, expired or ended token, or wrong credentials',
  FORBIDDEN: 'Signed in, but a capability (`extensions.capability`) or a rule (`extensions.rule`) says no',
  NOT_FOUND: "No such record in the caller's account (records of other accounts answer the same)",
  BAD_USER_INPUT: 'Malformed input; `extensions.field` names the argument at fault',
  CONFLICT: 'The change clashes with existing data (already a member, already invited, email taken)',
  INVITE_EXPIRED: 'The invite link is past its expiry; an admin can re-invite',
  INVITE_REVOKED: 'The invite was revoked or replaced by a newer link',
  LINK_EXPIRED: 'A verification, password-reset or email-change link is past its expiry, already used or replaced: ask for a new one',
  RATE_LIMITED:
    'Too many requests of this kind for this address or from this client; `extensions.retryAfterSeconds` says when to try again',
  UNAVAILABLE:
    'A dependency (`extensions.dependency`) did not answer in time, or this instance is shutting down: nothing was wrong with the request; send it again after `extensions.retryAfterSeconds`',
} as const;
export type ErrorCode = keyof typeof ErrorCode;

/**
 * Codes answered before Roster's resolvers run, by graphql-js and yoga (parsing, validation, the
 * HTTP body, masking). Not in the schema's ErrorCode enum: a client sees them, but never from Roster's
 * own rules.
 */
export const TransportCode = {
  GRAPHQL_PARSE_FAILED: 'The document is not valid GraphQL syntax (graphql-js)',
  GRAPHQL_VALIDATION_FAILED: 'The document does not fit the schema: an unknown field, a wrong argument, an unused variable (graphql-js)',
  BAD_REQUEST: 'The HTTP request is not a GraphQL request: a body that is not JSON, no query string (yoga)',
  INTERNAL_SERVER_ERROR: 'Anything unexpected, masked as "Unexpected error." with no detail; the server log has it under the request id',
} as const;
export type TransportCode = keyof typeof TransportCode;

/**
 * The rules a FORBIDDEN or CONFLICT can name in `extensions.rule`, when the refusal is not a
 * missing capability (`extensions.capability`).
 */
export const ErrorRule = {
  SELF_EDIT: 'Nobody can change their own permissions',
  GRANT_NOT_HELD: 'A manager grants only capabilities they hold and lifts only narrowings they are not under',
  FULL_ACCESS_REQUIRED: 'Only a full-access user grants full access or changes a full-access user or invite',
  LAST_FULL_ACCESS_USER: 'An account always keeps at least one full-access user',
  USER_DELETED: 'The user was deleted; deleted users cannot be changed',
  ACCOUNT_SWITCHED: 'The session moved to another account; streams opened in the previous one end',
  WRONG_STATUS: 'The record is not in a status that allows this change (a placed stock order is no longer edited)',
  INSUFFICIENT_STOCK: 'Not enough units on hand in the warehouse',
  NO_VENDOR_EMAIL: 'The vendor has no email address to send to: set one first',
  NOT_OWNER: 'Only its owner changes a private record (a private report preset)',
  ONE_DIVISION_PER_ORDER: "The account's division settings keep an order to styles of one division",
  STYLE_NOT_ORDERABLE: "A style deleted or no longer on the order's linesheet gets no more units: remove or cancel its lines",
} as const;
export type ErrorRule = keyof typeof ErrorRule;

/** What an UNAVAILABLE names in `extensions.dependency`. */
export const Dependency = {
  DATABASE: 'The database (the SQLite file, or PostgreSQL) did not answer, timed out, or has no free connection',
  EVENT_BUS: 'Redis (events between instances, rate-limit counters) did not answer',
} as const;
export type Dependency = keyof typeof Dependency;

export class RosterError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export const unauthenticated = (message = 'Sign in first: send a valid session token as "Authorization: Bearer <token>"') =>
  new RosterError('UNAUTHENTICATED', message);

/** What a refusal may carry besides its code; names are the schema's enum values. */
export interface RefusalExtensions {
  rule?: ErrorRule;
  [key: string]: unknown;
}

export const forbidden = (message: string, extensions: RefusalExtensions = {}) => new RosterError('FORBIDDEN', message, extensions);

export const notFound = (what: string) => new RosterError('NOT_FOUND', `${what} not found`);

export const badInput = (field: string, message: string) => new RosterError('BAD_USER_INPUT', message, { field });

/**
 * A dependency did not answer: the client may retry; nothing about the request was wrong. `cause`
 * is kept for the server log, never sent.
 */
export function unavailable(dependency: Dependency | null, message: string, retryAfterSeconds = 2, cause?: unknown) {
  const error = new RosterError('UNAVAILABLE', message, { retryAfterSeconds, ...(dependency ? { dependency } : {}) });
  if (cause !== undefined) error.cause = cause;
  return error;
}

export const conflict = (message: string, extensions: RefusalExtensions = {}) => new RosterError('CONFLICT', message, extensions);
