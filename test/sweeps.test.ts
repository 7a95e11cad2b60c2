import { type GraphQLInputType, type OperationDefinitionNode, getNamedType, isInputObjectType, parse, print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/graphql/schema.js';
import { type GraphQLResponse, type SignedUp, addMember, signUp } from './harness.js';
import { decide } from '../src/modules/permissions/decide.js';
import type { PermissionKey } from './kit/gql/graphql.js';
import { graphql, Kit, ok, run } from './kit/index.js';
import * as op from './kit/operations.js';
import { account } from './matrix/account.js';
import type { Exercised } from './matrix/exercise.js';
import { inventoryPlanner } from './matrix/inventory-planner.js';
import { orders } from './matrix/orders.js';
import { styles } from './matrix/styles.js';

// Issue 15: security sweeps generated from the schema, not written per case. Every operation that
// takes an id is run with the ids of another account's records, and with tokens that are no longer
// live; the operations come from the enforcement matrix, which must reach every guarded coordinate
// (test/enforcement-matrix.test.ts fails for a new one without an exercise), plus the user
// management ones listed below. A root field that takes an id and is reached by neither fails here.

const areas = [inventoryPlanner, account, styles, orders];
const exercised = areas.flatMap((area) => area.exercises).filter((exercise): exercise is Exercised => Boolean(exercise.document));

/**
 * Operations that take an id and that the matrix does not reach (member-level reads, linesheet
 * actions decided inside): written here, with the victim's records they name.
 */
const own = { styleId: '', linesheetId: '' };
const extra = (coordinate: string, source: string, variables: () => Record<string, unknown>): Exercised => ({
  covers: [coordinate],
  document: parse(source) as Exercised['document'],
  variables,
});
const extras: Exercised[] = [
  extra('Query.style', `query ($id: ID!) { style(id: $id) { name } }`, () => ({ id: own.styleId })),
  extra('Query.linesheet', `query ($id: ID!) { linesheet(id: $id) { name } }`, () => ({ id: own.linesheetId })),
  extra('Mutation.archiveLinesheet', `mutation ($id: ID!) { archiveLinesheet(id: $id) { id } }`, () => ({ id: own.linesheetId })),
  extra('Mutation.deleteLinesheet', `mutation ($id: ID!) { deleteLinesheet(id: $id) { id } }`, () => ({ id: own.linesheetId })),
  extra('Mutation.setLinesheetPrivacy', `mutation ($id: ID!) { setLinesheetPrivacy(id: $id, private: true) { id } }`, () => ({
    id: own.linesheetId,
  })),
  extra('Mutation.updateLinesheet', `mutation ($id: ID!) { updateLinesheet(input: { linesheetId: $id, name: "Taken" }) { id } }`, () => ({
    id: own.linesheetId,
  })),
  extra(
    'Mutation.createLinesheet',
    `mutation ($styleIds: [ID!]!) { createLinesheet(input: { kind: ADMIN, name: "Stolen", startShip: "2030-01-01", deliveryDates: ["2030-01-01"], styleIds: $styleIds }) { id } }`,
    () => ({ styleIds: [own.styleId] }),
  ),
];

const operations = [...exercised, ...extras];

/** Root fields taking an ID that only the caller's own session or link reaches (nothing of another account to name). */
const OWN_ONLY: Record<string, string> = {
  'Mutation.switchAccount': "moves the caller's own session; an account they are not in is NOT_FOUND (test/tenancy.test.ts)",
  'Mutation.endSession': "the caller's own sessions only; another person's is NOT_FOUND (test/identity.test.ts)",
  'Query.connection': 'reached by the matrix through its SCOPE section (geographic scope), and by Query.order',
  'Mutation.login': "the account to sign in to: one of the login's own, or NOT_FOUND (test/tenancy.test.ts)",
};

/** Whether an argument's type is an ID, a list of them, or an input holding one. */
function holdsId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => holdsId(field.type, seen));
}

const rootFieldsOf = (exercise: Exercised) =>
  (exercise.document.definitions as OperationDefinitionNode[]).flatMap((definition) =>
    definition.selectionSet.selections.map(
      (selection) =>
        `${definition.operation === 'mutation' ? 'Mutation' : 'Query'}.${(selection as { name: { value: string } }).name.value}`,
    ),
  );
const takesIds = (exercise: Exercised) =>
  (exercise.document.definitions as OperationDefinitionNode[]).some((definition) =>
    (definition.variableDefinitions ?? []).some((variable) => print(variable.type).replace(/[[\]!]/g, '') === 'ID'),
  );

describe('the sweeps reach every operation that takes an id', () => {
  it('every Query and Mutation field with an ID argument is exercised, or listed with why not', () => {
    const reached = new Set(operations.flatMap(rootFieldsOf));
    const missing = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => field.args.some((arg) => holdsId(arg.type)))
        .map((field) => `${type.name}.${field.name}`)
        .filter((coordinate) => !reached.has(coordinate) && !(coordinate in OWN_ONLY)),
    );
    expect(missing).toEqual([]);
  });
});

let victim: Kit;
let attacker: SignedUp;
beforeAll(async () => {
  victim = await Kit.start('Victim Co');
  await victim.ok(op.EnableWholesale, {});
  for (const area of areas) await area.setUp(victim);
  const { addStyle } = await ok(
    victim.server,
    graphql(`
      mutation SweepsAddStyle {
        addStyle(input: { name: "Victim Tee", styleNumber: "V-1", wholesalePriceCents: 1000 }) {
          id
        }
      }
    `),
    {},
    victim.admin.token,
  );
  own.styleId = addStyle.id;
  const { createLinesheet } = await ok(
    victim.server,
    graphql(`
      mutation SweepsCreateLinesheet($styleIds: [ID!]!) {
        createLinesheet(
          input: { kind: ADMIN, name: "Victim Spring", startShip: "2030-01-01", deliveryDates: ["2030-01-01"], styleIds: $styleIds }
        ) {
          id
        }
      }
    `),
    { styleIds: [own.styleId] },
    victim.admin.token,
  );
  own.linesheetId = createLinesheet.id;
  attacker = await signUp(victim.server, 'Attacker Co', 'Mallory Admin');
  await ok(
    victim.server,
    graphql(`
      mutation SweepsUpdateAccount {
        updateAccount(input: { wholesaleEnabled: true }) {
          id
        }
      }
    `),
    {},
    attacker.token,
  );
});
afterAll(() => victim.close());

const call = async (exercise: Exercised, token: string | undefined, variables: Record<string, unknown>) =>
  victim.server.gql(print(exercise.document), variables, token);

describe("another account's ids: NOT_FOUND, and nothing changes", () => {
  // Strangers: the admin of another account, and a victim's own member whose session switched to
  // an account of their own (it acts there now, not in the victim's account).
  const strangers: Record<string, string> = {};
  beforeAll(async () => {
    strangers.otherAccount = attacker.token;
    const member = await addMember(victim.server, victim.admin, ['FULL_ACCESS'], 'Sam Switcher');
    await ok(
      victim.server,
      graphql(`
        mutation SweepsCreateAccount {
          createAccount(name: "Sam's Own") {
            account {
              id
            }
          }
        }
      `),
      {},
      member.token,
    );
    await ok(
      victim.server,
      graphql(`
        mutation SweepsUpdateAccount {
          updateAccount(input: { wholesaleEnabled: true }) {
            id
          }
        }
      `),
      {},
      member.token,
    );
    strangers.afterSwitch = member.token;
  });

  for (const exercise of operations.filter(takesIds)) {
    it(`${rootFieldsOf(exercise).join(', ')}`, async () => {
      const variables = (await exercise.variables?.(victim, victim.admin)) ?? {};
      const before = await victim.snapshot();
      for (const [who, token] of Object.entries(strangers)) {
        const response = await call(exercise, token, variables);
        const codes = response.errors?.map((error) => error.extensions?.code);
        expect(codes, `${who}: ${JSON.stringify(response.errors)}`).toContain('NOT_FOUND');
        expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
        expect(JSON.stringify(response.data ?? null), who).not.toMatch(/Victim|Matrix/);
      }
      expect(await victim.snapshot()).toBe(before);
    });
  }
});

describe('tokens that are no longer live: UNAUTHENTICATED everywhere, and nothing changes', () => {
  const dead: Record<string, string> = {};
  beforeAll(async () => {
    const LOGIN = graphql(`
      mutation SweepsLogin($email: String!) {
        login(input: { email: $email, password: "correct horse battery" }) {
          token
        }
      }
    `);
    const loggedOut = (await ok(victim.server, LOGIN, { email: victim.admin.email })).login.token;
    await ok(
      victim.server,
      graphql(`
        mutation SweepsLogout {
          logout
        }
      `),
      {},
      loggedOut,
    );
    dead.afterLogout = loggedOut;
    const removed = await addMember(victim.server, victim.admin, ['FULL_ACCESS'], 'Del Eted');
    await ok(
      victim.server,
      graphql(`
        mutation SweepsDeleteUser($id: ID!) {
          deleteUser(userId: $id) {
            id
          }
        }
      `),
      { id: removed.userId },
      victim.admin.token,
    );
    dead.afterDeletion = removed.token;
    dead.unknown = 'not-a-session-token';
  });

  for (const exercise of operations) {
    it(`${rootFieldsOf(exercise).join(', ')}`, async () => {
      const variables = (await exercise.variables?.(victim, victim.admin)) ?? {};
      const before = await victim.snapshot();
      for (const [why, token] of Object.entries(dead)) {
        const response = await call(exercise, token, variables);
        expect(
          response.errors?.map((error) => error.extensions?.code),
          `${why}: ${JSON.stringify(response.errors)}`,
        ).toContain('UNAUTHENTICATED');
        expect(
          Object.values(response.data ?? {}).every((value) => value === null),
          why,
        ).toBe(true);
      }
      expect(await victim.snapshot()).toBe(before);
    });
  }

  it('an expired session too (SESSION_TTL_DAYS and SESSION_IDLE_DAYS), checked last: it moves the clock', async () => {
    const LOGIN = graphql(`
      mutation SweepsLogin($email: String!) {
        login(input: { email: $email, password: "correct horse battery" }) {
          token
        }
      }
    `);
    const expiring = (await ok(victim.server, LOGIN, { email: victim.admin.email })).login.token;
    const calls = [];
    for (const exercise of operations) calls.push({ exercise, variables: (await exercise.variables?.(victim, victim.admin)) ?? {} });
    const before = await victim.snapshot();
    victim.server.clock.advanceDays(31);
    for (const { exercise, variables } of calls) {
      const response = await call(exercise, expiring, variables);
      expect(
        response.errors?.map((error) => error.extensions?.code),
        rootFieldsOf(exercise).join(),
      ).toContain('UNAUTHENTICATED');
    }
    expect(await victim.snapshot()).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Permission management: every kind of member against every kind of target, against the rules
// as docs/errors.md states them (the "Rules" table), written here independently of the service.
// ---------------------------------------------------------------------------------------------

type Keys = PermissionKey[];
const KINDS: Record<string, Keys> = {
  nothing: [],
  manager: ['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW'],
  restrictedManager: ['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW', 'RESTRICT_DELETE_STYLES'],
  fullAccess: ['FULL_ACCESS'],
};
const TARGETS: Record<string, Keys | 'self'> = {
  self: 'self',
  fullAccess: ['FULL_ACCESS'],
  manager: ['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW'],
  member: ['OVERVIEW'],
  restricted: ['OVERVIEW', 'RESTRICT_DELETE_STYLES'],
};
const CHANGES: Array<{ label: string; to: Keys } | { label: 'delete' }> = [
  { label: 'to OVERVIEW', to: ['OVERVIEW'] },
  { label: 'to OVERVIEW + REPLENISHMENT', to: ['OVERVIEW', 'REPLENISHMENT'] },
  { label: 'to FULL_ACCESS', to: ['FULL_ACCESS'] },
  { label: 'to OVERVIEW + RESTRICT_DELETE_STYLES', to: ['OVERVIEW', 'RESTRICT_DELETE_STYLES'] },
  { label: 'delete' },
];

const capabilitiesOf = (keys: Keys) => decide(keys, { wholesale: true }).capabilities;

/** What the rules say: null (allowed) or the refusals that may answer (rule names, or the capability). */
function expected(caller: Keys, target: Keys, self: boolean, change: (typeof CHANGES)[number]): string[] | null {
  const holds = capabilitiesOf(caller);
  if (!holds.has('manageUsers')) return ['MANAGE_USERS'];
  const full = caller.includes('FULL_ACCESS');
  if ('to' in change) {
    if (self) return ['SELF_EDIT'];
    const refusals: string[] = [];
    if (!full && (target.includes('FULL_ACCESS') || change.to.includes('FULL_ACCESS'))) refusals.push('FULL_ACCESS_REQUIRED');
    const gained = [...capabilitiesOf(change.to)].filter((capability) => !capabilitiesOf(target).has(capability));
    if (gained.some((capability) => !holds.has(capability))) refusals.push('GRANT_NOT_HELD');
    return refusals.length ? refusals : null;
  }
  // Deleting: a full-access user only by full access; oneself is leaving (the owner keeps full access).
  return !full && target.includes('FULL_ACCESS') ? ['FULL_ACCESS_REQUIRED'] : null;
}

describe('permission management, every kind of member against every kind of target', () => {
  let grid: Kit;
  beforeAll(async () => {
    grid = await Kit.start('Grid Co');
  });
  afterAll(() => grid.close());

  const cases = Object.entries(KINDS).flatMap(([callerKind, callerKeys]) =>
    Object.entries(TARGETS).flatMap(([targetKind, targetKeys]) =>
      CHANGES.map((change) => ({ callerKind, callerKeys, targetKind, targetKeys, change })),
    ),
  );
  it.each(cases)('$callerKind changes $targetKind: $change.label', async ({ callerKeys, targetKind, targetKeys, change }) => {
    // Fresh members each time: an allowed change or deletion must not spoil the next case.
    const caller = await addMember(grid.server, grid.admin, callerKeys, `Caller ${callerKeys.join('+') || 'Nothing'}`);
    const self = targetKind === 'self';
    const target = self ? caller : await addMember(grid.server, grid.admin, targetKeys as Keys, 'Target');
    const targetHeld = self ? callerKeys : (targetKeys as Keys);
    const response: GraphQLResponse =
      'to' in change
        ? await run(
            grid.server,
            graphql(`
              mutation SweepsUpdateUserPermissions($id: ID!, $to: [PermissionKey!]!) {
                updateUserPermissions(input: { userId: $id, permissions: $to }) {
                  permissions {
                    permissions
                  }
                }
              }
            `),
            { id: target.userId, to: change.to },
            caller.token,
          )
        : await run(
            grid.server,
            graphql(`
              mutation SweepsDeleteUser2($id: ID!) {
                deleteUser(userId: $id) {
                  status
                }
              }
            `),
            { id: target.userId },
            caller.token,
          );
    const refusals = expected(callerKeys, targetHeld, self, change);
    if (refusals === null) {
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      if ('to' in change) expect([...response.data!.updateUserPermissions.permissions.permissions].sort()).toEqual([...change.to].sort());
      else expect(response.data!.deleteUser.status).toBe('DELETED');
    } else {
      const error = response.errors?.[0]?.extensions;
      expect(error?.code, JSON.stringify(response.errors)).toBe('FORBIDDEN');
      expect(refusals).toContain(error?.rule ?? error?.capability);
    }
  });
});
