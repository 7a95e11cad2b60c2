import { type GraphQLObjectType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/schema.js';
import { catalog } from '../src/modules/permissions/catalog.js';
import { declaredRule, guardsOf, schemaCoordinates } from '../src/modules/permissions/guards.js';
import { runsInTransaction } from '../src/graphql/transactions.js';

// Nothing is unguarded by accident: every rule is read from the built schema, as clients meet it.

const rootTypes = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()] as GraphQLObjectType[];
const isRoot = (type: { name: string }) => rootTypes.some((root) => root.name === type.name);

/**
 * Types whose fields need no rule of their own, each for a stated reason. A new type is either
 * guarded (a type-level or field-level rule) or added here on purpose.
 */
const WITHOUT_RULE: Record<string, string> = {
  PageInfo: 'pagination of a list its parent field already guarded',
  PermissionCatalogEntry: 'the public catalog',
  Invitation: 'what the holder of an invite link sees before accepting (public by design)',
  AuthPayload: 'returned only by signUp, login and acceptInvite, to the caller who just signed in',
  Me: 'the caller themselves',
  EffectivePermissions: 'reached through Me (the caller) or User.permissions (guarded)',
  CapabilityDecision: 'part of EffectivePermissions',
  Account: "the caller's own account; sensitive fields (billing) declare their own rule",
  User: "members of the caller's account; User.permissions declares its own rule",
  AuditEntry: "reached only through auditLog (manageUsers); before and after need the capability of each entry's subject",
  Session: "the caller's own sessions, reached only through me",
  MailDelivery: 'reached only through Invite.delivery (user managers)',
  EmailSent: 'the answer of an email-sending mutation, the same for every address',
  PermissionsChange: 'events of myPermissionsChanged, about the subscriber themselves',
  MembershipChange: 'events of accountMembershipChanged (manageUsers)',
};
const isConnection = (name: string) => name.endsWith('Connection');

describe('every part of the schema has a declared rule', () => {
  it('every root field declares its own rule: a capability, member on purpose, or public on purpose', () => {
    const missing = rootTypes.flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => !declaredRule(field))
        .map((field) => `${type.name}.${field.name}`),
    );
    expect(missing).toEqual([]);
  });

  it("every field of every other type is covered by its type's rule or its own, or the type is listed with a reason", () => {
    const missing = schemaCoordinates(schema)
      .filter(({ type, field }) => field && !isRoot(type) && !isConnection(type.name) && !(type.name in WITHOUT_RULE))
      .filter(({ type, field }) => !declaredRule(type) && !declaredRule(field!))
      .map(({ type, field }) => `${type.name}.${field!.name}`);
    expect(missing).toEqual([]);
    const types = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .map((type) => type.name);
    expect(Object.keys(WITHOUT_RULE).filter((name) => !types.includes(name))).toEqual([]);
  });

  it('every mutation that is not public runs in a transaction that decides its rule again', () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    const bypassing = mutations
      .filter((field) => !(declaredRule(field) && 'public' in declaredRule(field)!))
      .filter((field) => !runsInTransaction(field))
      .map((field) => field.name);
    expect(bypassing).toEqual([]);
  });
});

describe('every permission guards something', () => {
  it('every catalog entry guards at least one coordinate (a SCOPE entry narrows at least one)', () => {
    const idle = catalog.filter((entry) => guardsOf(schema, entry).length === 0);
    expect(idle.map((entry) => entry.key)).toEqual([]);
  });
});
