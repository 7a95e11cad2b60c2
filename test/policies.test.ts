// A rule is declared once, next to its field: a service that decides a capability its mutation does
// not declare fails closed and writes nothing. Probe mutations, added to Roster's own builder and
// served by a real server, stand for a service that drifted from its field.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builder } from '../src/graphql/builder.js';
import { policy } from '../src/graphql/policy.js';
import '../src/graphql/schema.js';
import { MEMBER } from '../src/graphql/scopes.js';
import { accounts } from '../src/modules/accounts/tables.js';
import { inTransaction } from '../src/request/transaction.js';
import { type SignedUp, type TestServer, codes, signUp, startServer } from './harness.js';

const declared = policy(MEMBER, ['manageUsers']);
const undeclared = policy(MEMBER, ['manageUsers']);

/** Renames the caller's account, then decides MANAGE_USERS through `rule`: a write that must roll back on a refusal. */
const renameThenDecide = (rule: typeof declared) => async (ctx: Parameters<typeof inTransaction>[0], name: string) => {
  const writeCtx = inTransaction(ctx);
  await writeCtx.tx.db.update(accounts).set({ name }).where(eq(accounts.id, writeCtx.viewer.account.id));
  await rule.decide(writeCtx);
  return true;
};

builder.mutationFields((t) => ({
  probeDeclaredDecision: t.boolean({
    ...declared.field,
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, { name }, ctx) => renameThenDecide(declared)(ctx, name),
  }),
  // The field says MEMBER only, but its "service" decides MANAGE_USERS: the drift this guards against.
  probeUndeclaredDecision: t.boolean({
    authScopes: MEMBER,
    args: { name: t.arg.string({ required: true }) },
    resolve: (_root, { name }, ctx) => renameThenDecide(undeclared)(ctx, name),
  }),
}));
const probeSchema = builder.toSchema({ sortSchema: true });

let server: TestServer;
let admin: SignedUp;
const accountName = async () => (await server.ok(`{ me { account { name } } }`, {}, admin.token)).me.account.name;

beforeAll(async () => {
  server = await startServer({ schema: probeSchema });
  admin = await signUp(server, 'Probe Co');
});
afterAll(() => server?.close());

describe('a capability decided inside a mutation must be one its field declares', () => {
  it('declared: decided, and the write commits', async () => {
    const response = await server.gql(`mutation { probeDeclaredDecision(name: "Renamed Co") }`, {}, admin.token);
    expect(response.errors).toBeUndefined();
    expect(await accountName()).toBe('Renamed Co');
  });

  it('undeclared: the mutation fails closed (masked error, logged) and nothing is written, even for a caller it would allow', async () => {
    server.expectLoggedErrors();
    const response = await server.gql(`mutation { probeUndeclaredDecision(name: "Drifted Co") }`, {}, admin.token);
    expect(codes(response)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(JSON.stringify(response.errors)).not.toContain('manageUsers');
    expect(server.loggedErrors.join('\n')).toContain('Mutation.probeUndeclaredDecision decided manageUsers, which it does not declare');
    expect(await accountName()).toBe('Renamed Co');
  });
});
