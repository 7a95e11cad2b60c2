import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin, { AuthScopeFailureType, type AuthFailure } from '@pothos/plugin-scope-auth';
import type { Context, MemberContext } from '../request/context.js';
import { forbidden, unauthenticated } from '../errors.js';
import { type Capability, capabilityKeys, capabilityName, featureName } from '../modules/permissions/capabilities.js';
import { entriesGranting } from '../modules/permissions/catalog.js';
import './transactions.js';

/**
 * The scopes every field and mutation is guarded by. One scope per capability (generated from
 * src/modules/permissions/capabilities.ts), plus:
 * - `public`: anyone, signed in or not. Declared explicitly on the few public operations.
 * - `member`: a live session of an active member. The default of every root type.
 */
export type AuthScopes = { public: boolean; member: boolean } & { [C in Capability]: boolean };

const isCapability = (scope: string): scope is Capability => (capabilityKeys as string[]).includes(scope);

/** The capability scopes that failed, in the order they were tried. */
function missingCapabilities(failure: AuthFailure): Capability[] {
  switch (failure.kind) {
    case AuthScopeFailureType.AuthScope:
      return isCapability(failure.scope) ? [failure.scope] : [];
    case AuthScopeFailureType.AnyAuthScopes:
    case AuthScopeFailureType.AllAuthScopes:
      return failure.failures.flatMap(missingCapabilities);
    default:
      return [];
  }
}

/** FORBIDDEN naming the missing capability and why the caller lacks it; UNAUTHENTICATED without a session. */
export function unauthorizedError(ctx: Context, failure: AuthFailure) {
  if (!ctx.viewer) {
    return ctx.staleToken ? unauthenticated('The session token is invalid, expired or ended: sign in again') : unauthenticated();
  }
  const [capability] = missingCapabilities(failure);
  if (!capability) return forbidden('Not allowed');
  const decision = ctx.viewer.permissions.explain(capability);
  const granting = entriesGranting(capability);
  const why =
    decision.reason === 'RESTRICTED'
      ? `removed by ${decision.restrictedBy.join(', ')}`
      : decision.reason === 'FEATURE_DISABLED'
        ? `the account feature ${featureName(decision.feature!)} is off`
        : decision.reason === 'REQUIRES_OTHER_CAPABILITY'
          ? `it counts only together with ${capabilityName(decision.requires!)}`
          : `granted by ${granting.map((entry) => `${entry.key} ("${entry.name}")`).join(' or ')}`;
  return forbidden(`Missing capability ${capabilityName(capability)}: ${why}`, {
    capability: capabilityName(capability),
    reason: decision.reason,
    grantedBy: granting.map((entry) => entry.key),
    restrictedBy: decision.restrictedBy,
  });
}

const NO_CAPABILITIES = Object.freeze(Object.fromEntries(capabilityKeys.map((capability) => [capability, false])));

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: AuthScopes;
  AuthContexts: { member: MemberContext };
  DefaultFieldNullability: false;
  Scalars: {
    ID: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    Cents: { Input: number; Output: number };
    Count: { Input: number; Output: number };
  };
}>({
  // Scope-auth decides first (a cheap refusal outside any transaction); then member mutations
  // run in a transaction that decides the same scopes again (src/graphql/transactions.ts).
  plugins: [ScopeAuthPlugin, 'rosterTransactions'],
  defaultFieldNullability: false,
  scopeAuth: {
    authorizeOnSubscribe: true,
    unauthorizedError: (_parent, ctx, _info, result) => unauthorizedError(ctx, result.failure),
    // Capability scopes are read through the prototype: the caller's precomputed map, not a copy.
    authScopes: (ctx) => {
      const scopes: AuthScopes = Object.create(ctx.viewer?.permissions.scopes ?? NO_CAPABILITIES);
      scopes.public = true;
      scopes.member = Boolean(ctx.viewer);
      return scopes;
    },
  },
});

// Deny by default: every query, mutation and subscription needs a live member session unless the
// field opts out with `skipTypeScopes` and declares `authScopes: { public: true }` itself.
builder.queryType({ authScopes: { member: true } });
builder.mutationType({ authScopes: { member: true } });
builder.subscriptionType({ authScopes: { member: true } });

builder.scalarType('DateTime', {
  description: 'An ISO-8601 date and time in UTC',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime must be an ISO-8601 string');
    return date;
  },
});

/**
 * Sums outgrow GraphQL's 32-bit Int (a stock value above $21,474,836.47, the units of a whole
 * catalog), so money and totals have scalars of their own: whole JSON numbers, exact up to 2^53.
 * Beyond that a field answers an error, never a rounded number.
 */
function wholeNumberScalar(name: 'Cents' | 'Count', description: string) {
  const exact = (value: unknown) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new TypeError(`${name} must be a whole number below 2^53`);
    return value;
  };
  builder.scalarType(name, { description, serialize: exact, parseValue: exact });
}
wholeNumberScalar('Cents', 'An amount of money in cents of the account currency: a whole number, exact up to 2^53');
wholeNumberScalar('Count', 'A number of units summed over many records: a whole number, exact up to 2^53');

builder.scalarType('JSON', {
  description: 'Any JSON value',
  serialize: (value) => value,
  parseValue: (value) => value,
});
