import { GraphQLError } from 'graphql';

/**
 * Every error a client can receive, by `extensions.code`. This is the one home of error codes:
 * anything else thrown inside a resolver is masked by yoga as INTERNAL_SERVER_ERROR with no
 * message, stack or SQL.
 */
export const ErrorCode = {
  /** No valid session: missing, unknown, expired or ended token, or wrong credentials. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** Signed in, but a capability or rule says no. `extensions.capability` names what is missing. */
  FORBIDDEN: 'FORBIDDEN',
  /** No such record in the caller's account (records of other accounts answer the same). */
  NOT_FOUND: 'NOT_FOUND',
  /** Malformed input. `extensions.field` names the argument at fault. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The change clashes with existing data (already a member, already invited, email taken). */
  CONFLICT: 'CONFLICT',
  /** The invite link is past its expiry; an admin can re-invite. */
  INVITE_EXPIRED: 'INVITE_EXPIRED',
  /** The invite was revoked or replaced by a newer link. */
  INVITE_REVOKED: 'INVITE_REVOKED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class RosterError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export const unauthenticated = (message = 'Sign in first: send a valid session token as "Authorization: Bearer <token>"') =>
  new RosterError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message: string, extensions: Record<string, unknown> = {}) =>
  new RosterError(ErrorCode.FORBIDDEN, message, extensions);

export const notFound = (what: string) => new RosterError(ErrorCode.NOT_FOUND, `${what} not found`);

export const badInput = (field: string, message: string) =>
  new RosterError(ErrorCode.BAD_USER_INPUT, message, { field });

export const conflict = (message: string, extensions: Record<string, unknown> = {}) =>
  new RosterError(ErrorCode.CONFLICT, message, extensions);
