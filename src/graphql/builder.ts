import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { Context, MemberContext } from '../request/context.js';
import { capabilityKeys } from '../modules/permissions/capabilities.js';
import { unauthorizedError } from './refusals.js';
import type { AuthScopes } from './scopes.js';
import './transactions.js';

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
