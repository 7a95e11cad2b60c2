import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, type SignedUp, type TestServer, addMember, signUp, startServer } from '../harness.js';
import { subscribeSse, watchSubscriptions } from '../live-harness.js';
import { graphql, ok, run } from '../kit/index.js';

// Retailer connections, their customer-specific data, and geographic scope.
let server: TestServer;
let admin: SignedUp;
const ids = { west: '', east: '', inWest: '', inEast: '', nowhere: '' };

const CONNECT = graphql(`
  mutation ConnectionsConnect($name: String!, $regionId: ID) {
    connectRetailer(retailerName: $name, regionId: $regionId) {
      id
    }
  }
`);
const LIST = graphql(`
  query ConnectionsList {
    connections(first: 50) {
      totalCount
      nodes {
        retailerName
      }
    }
  }
`);
const ONE = graphql(`
  query ConnectionsOne($id: ID!) {
    connection(id: $id) {
      retailerName
      buyers
    }
  }
`);
const BUYERS = graphql(`
  mutation ConnectionsBuyers($id: ID!, $buyers: [String!]!) {
    editConnectionBuyers(connectionId: $id, buyers: $buyers) {
      buyers
    }
  }
`);
const BUDGET = graphql(`
  mutation ConnectionsBudget($id: ID!, $cents: Cents) {
    editConnectionBudget(connectionId: $id, budgetCents: $cents) {
      budgetCents
    }
  }
`);
const REMOVE = graphql(`
  mutation ConnectionsRemove($id: ID!) {
    removeConnection(id: $id) {
      status
    }
  }
`);
const SET_REGIONS = graphql(`
  mutation ConnectionsSetRegions($userId: ID!, $regionIds: [ID!]!) {
    setUserRegions(userId: $userId, regionIds: $regionIds) {
      regions {
        name
      }
    }
  }
`);
const PERMISSIONS = graphql(`
  mutation ConnectionsPermissions($id: ID!, $permissions: [PermissionKey!]!) {
    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {
      id
    }
  }
`);

const names = (response: GraphQLResponse) =>
  response.data.connections.nodes.map((node: { retailerName: string }) => node.retailerName).sort();
const refusal = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server, 'Brand Co');
  const region = async (name: string) =>
    (
      await ok(
        server,
        graphql(`
          mutation ConnectionsCreateRegion($name: String!) {
            createRegion(name: $name) {
              id
            }
          }
        `),
        { name },
        admin.token,
      )
    ).createRegion.id;
  ids.west = await region('West');
  ids.east = await region('East');
  ids.inWest = (await ok(server, CONNECT, { name: 'Westside Boutique', regionId: ids.west }, admin.token)).connectRetailer.id;
  ids.inEast = (await ok(server, CONNECT, { name: 'Eastern Store', regionId: ids.east }, admin.token)).connectRetailer.id;
  ids.nowhere = (await ok(server, CONNECT, { name: 'Unplaced Shop' }, admin.token)).connectRetailer.id;
});
afterAll(() => server.close());

describe('geographic scope', () => {
  it('with the toggle on, lists, counts, lookups and writes reach only the member’s regions; outside them NOT_FOUND', async () => {
    const rep = await addMember(server, admin, ['ENABLE_GEOGRAPHIC_PERMISSIONS'], 'Wes Rep');
    await ok(server, SET_REGIONS, { userId: rep.userId, regionIds: [ids.west] }, admin.token);

    const listed = await run(server, LIST, {}, rep.token);
    expect(names(listed)).toEqual(['Westside Boutique']);
    expect(listed.data!.connections.totalCount).toBe(1);
    expect((await ok(server, ONE, { id: ids.inWest }, rep.token)).connection.retailerName).toBe('Westside Boutique');
    for (const id of [ids.inEast, ids.nowhere]) {
      expect(refusal(await run(server, ONE, { id }, rep.token))).toEqual({ code: 'NOT_FOUND' });
      expect(refusal(await run(server, BUYERS, { id, buyers: ['Eve'] }, rep.token))).toEqual({ code: 'NOT_FOUND' });
      expect(refusal(await run(server, REMOVE, { id }, rep.token))).toEqual({ code: 'NOT_FOUND' });
    }
    expect((await ok(server, ONE, { id: ids.inEast }, admin.token)).connection.buyers).toEqual([]); // nothing written
    expect((await ok(server, BUYERS, { id: ids.inWest, buyers: ['Wendy'] }, rep.token)).editConnectionBuyers.buyers).toEqual(['Wendy']);
    // A new connection goes in one of the member's regions, and nowhere else.
    expect(refusal(await run(server, CONNECT, { name: 'Far Away', regionId: ids.east }, rep.token))).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'GRANT_NOT_HELD',
    });
  });

  it('the toggle off, and regions reassigned, take effect at the next request, and the member is told live', async () => {
    const rep = await addMember(server, admin, ['ENABLE_GEOGRAPHIC_PERMISSIONS'], 'Ray Rep');
    await ok(server, SET_REGIONS, { userId: rep.userId, regionIds: [ids.west] }, admin.token);
    const watching = watchSubscriptions(server);
    const stream = await subscribeSse(server, rep.token, 'subscription { myPermissionsChanged { cause } }');
    await watching.until('member:permissions', rep.userId);

    await ok(server, SET_REGIONS, { userId: rep.userId, regionIds: [ids.east] }, admin.token);
    expect((await stream.results.next()).data.myPermissionsChanged.cause).toBe('REGIONS_CHANGED');
    expect(names(await run(server, LIST, {}, rep.token))).toEqual(['Eastern Store']);

    await ok(server, PERMISSIONS, { id: rep.userId, permissions: [] }, admin.token);
    expect((await stream.results.next()).data.myPermissionsChanged.cause).toBe('PERMISSIONS_EDITED');
    expect(names(await run(server, LIST, {}, rep.token))).toEqual(['Eastern Store', 'Unplaced Shop', 'Westside Boutique']);
    stream.close();
  });

  it('a member without the toggle, and full access, reach every connection', async () => {
    const plain = await addMember(server, admin, [], 'Pat Plain');
    await ok(server, SET_REGIONS, { userId: plain.userId, regionIds: [ids.west] }, admin.token);
    expect(names(await run(server, LIST, {}, plain.token))).toHaveLength(3);
    expect(names(await run(server, LIST, {}, admin.token))).toHaveLength(3);
  });

  it('a scoped manager assigns only regions of their own', async () => {
    const manager = await addMember(server, admin, ['ALLOW_MANAGE_PERMISSIONS', 'ENABLE_GEOGRAPHIC_PERMISSIONS'], 'Mia Manager');
    await ok(server, SET_REGIONS, { userId: manager.userId, regionIds: [ids.west] }, admin.token);
    const rep = await addMember(server, admin, [], 'Rob Rep');
    expect(refusal(await run(server, SET_REGIONS, { userId: rep.userId, regionIds: [ids.east] }, manager.token))).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'GRANT_NOT_HELD',
    });
    expect((await ok(server, SET_REGIONS, { userId: rep.userId, regionIds: [ids.west] }, manager.token)).setUserRegions.regions).toEqual([
      { name: 'West' },
    ]);
  });
});

describe('customer-specific data', () => {
  it('each group is editable unless its own restriction is on; the others stay editable', async () => {
    const restricted = await addMember(server, admin, ['RESTRICT_EDIT_BUYERS'], 'Bea Restricted');
    const refused = await run(server, BUYERS, { id: ids.inWest, buyers: ['Mallory'] }, restricted.token);
    expect(refusal(refused)).toMatchObject({
      code: 'FORBIDDEN',
      capability: 'EDIT_CONNECTION_BUYERS',
      reason: 'RESTRICTED',
      restrictedBy: ['RESTRICT_EDIT_BUYERS'],
    });
    expect((await ok(server, ONE, { id: ids.inWest }, admin.token)).connection.buyers).not.toContain('Mallory');
    expect((await ok(server, BUDGET, { id: ids.inWest, cents: 500_000 }, restricted.token)).editConnectionBudget.budgetCents).toBe(500_000);
  });

  it('validates values: currencies are ISO codes, lists are capped', async () => {
    const bad = await run(
      server,
      graphql(`
        mutation ConnectionsEditConnectionCurrencies($id: ID!) {
          editConnectionCurrencies(connectionId: $id, currencies: ["euro"]) {
            id
          }
        }
      `),
      { id: ids.inWest },
      admin.token,
    );
    expect(refusal(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currencies' });
    const many = Array.from({ length: 101 }, (_, i) => `Door ${i}`);
    const capped = await run(
      server,
      graphql(`
        mutation ConnectionsEditConnectionDoors($id: ID!, $doors: [String!]!) {
          editConnectionDoors(connectionId: $id, doors: $doors) {
            id
          }
        }
      `),
      { id: ids.inWest, doors: many },
      admin.token,
    );
    expect(refusal(capped)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'doors' });
  });

  it('removing a connection is an everyday power that "Restrict Remove Connections" takes away', async () => {
    const restricted = await addMember(server, admin, ['RESTRICT_REMOVE_CONNECTIONS'], 'Ron Restricted');
    const target = (await ok(server, CONNECT, { name: 'Short Lived' }, admin.token)).connectRetailer.id;
    expect(refusal(await run(server, REMOVE, { id: target }, restricted.token))).toMatchObject({ code: 'FORBIDDEN', reason: 'RESTRICTED' });
    const plain = await addMember(server, admin, [], 'Pia Plain');
    expect((await ok(server, REMOVE, { id: target }, plain.token)).removeConnection.status).toBe('REMOVED');
  });

  it('another account’s connection is not found', async () => {
    const other = await signUp(server, 'Other Brand', 'Otto Other');
    expect(refusal(await run(server, ONE, { id: ids.inWest }, other.token))).toEqual({ code: 'NOT_FOUND' });
    expect(refusal(await run(server, BUYERS, { id: ids.inWest, buyers: ['X'] }, other.token))).toEqual({ code: 'NOT_FOUND' });
  });
});

describe('what review found', () => {
  it('the audit log leaves out entries about connections outside a scoped manager’s regions', async () => {
    await ok(server, BUYERS, { id: ids.inEast, buyers: ['Secret Buyer'] }, admin.token);
    const manager = await addMember(server, admin, ['ALLOW_MANAGE_PERMISSIONS', 'ENABLE_GEOGRAPHIC_PERMISSIONS'], 'Lou Logreader');
    await ok(server, SET_REGIONS, { userId: manager.userId, regionIds: [ids.west] }, admin.token);
    const LOG = graphql(`
      query ConnectionsLog($id: ID) {
        auditLog(first: 100, subjectId: $id) {
          nodes {
            action
            subjectId
            after
          }
        }
      }
    `);
    expect((await ok(server, LOG, { id: ids.inEast }, manager.token)).auditLog.nodes).toEqual([]);
    expect((await ok(server, LOG, { id: ids.inEast }, admin.token)).auditLog.nodes.length).toBeGreaterThan(0);
    const seen = (await ok(server, LOG, {}, manager.token)).auditLog.nodes.map((node: { subjectId: string }) => node.subjectId);
    expect(seen).not.toContain(ids.inEast);
    expect(seen).toContain(ids.inWest);
  });

  it('a scoped manager moves connections only into their own regions', async () => {
    const manager = await addMember(server, admin, ['ALLOW_MANAGE_PERMISSIONS', 'ENABLE_GEOGRAPHIC_PERMISSIONS'], 'Rita Regional');
    await ok(server, SET_REGIONS, { userId: manager.userId, regionIds: [ids.west] }, admin.token);
    const MOVE = graphql(`
      mutation ConnectionsMove($id: ID!, $regionId: ID) {
        setConnectionRegion(connectionId: $id, regionId: $regionId) {
          region {
            name
          }
        }
      }
    `);
    const target = (await ok(server, CONNECT, { name: 'Movable', regionId: ids.west }, admin.token)).connectRetailer.id;
    expect(refusal(await run(server, MOVE, { id: target, regionId: ids.east }, manager.token))).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'GRANT_NOT_HELD',
    });
    expect((await ok(server, ONE, { id: target }, admin.token)).connection.retailerName).toBe('Movable');
    expect((await ok(server, MOVE, { id: target, regionId: ids.west }, manager.token)).setConnectionRegion.region).toEqual({
      name: 'West',
    });
  });

  it('regions follow the rules of editing permissions: not one’s own, a full-access user only by full access, no deleted user', async () => {
    const manager = await addMember(server, admin, ['ALLOW_MANAGE_PERMISSIONS'], 'Max Manager');
    expect(refusal(await run(server, SET_REGIONS, { userId: manager.userId, regionIds: [ids.east] }, manager.token))).toMatchObject({
      rule: 'SELF_EDIT',
    });
    expect(refusal(await run(server, SET_REGIONS, { userId: admin.userId, regionIds: [ids.east] }, manager.token))).toMatchObject({
      rule: 'FULL_ACCESS_REQUIRED',
    });
    const gone = await addMember(server, admin, [], 'Gus Gone');
    await ok(
      server,
      graphql(`
        mutation ConnectionsDeleteUser($id: ID!) {
          deleteUser(userId: $id) {
            id
          }
        }
      `),
      { id: gone.userId },
      admin.token,
    );
    expect(refusal(await run(server, SET_REGIONS, { userId: gone.userId, regionIds: [ids.east] }, admin.token))).toMatchObject({
      rule: 'USER_DELETED',
    });
  });

  it('users with their regions: the same number of statements for 3 users and for many', async () => {
    const USERS = graphql(`
      query ConnectionsUsers {
        users(first: 100) {
          nodes {
            name
            regions {
              name
            }
          }
        }
      }
    `);
    const statements = async () => {
      await ok(server, USERS, {}, admin.token); // the caller's session, looked up once after a commit
      const before = server.roster.app.db.statements.count;
      await ok(server, USERS, {}, admin.token);
      return server.roster.app.db.statements.count - before;
    };
    const now = await statements();
    await addMember(server, admin, [], 'One More');
    await addMember(server, admin, [], 'And Another');
    expect(await statements()).toBe(now);
  });
});
