import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, type SignedUp, type TestServer, addMember, signUp, startServer } from '../harness.js';
import { subscribeSse, watchSubscriptions } from '../live-harness.js';

// Retailer connections, their customer-specific data, and geographic scope.
let server: TestServer;
let admin: SignedUp;
const ids = { west: '', east: '', inWest: '', inEast: '', nowhere: '' };

const CONNECT = `mutation ($name: String!, $regionId: ID) { connectRetailer(retailerName: $name, regionId: $regionId) { id } }`;
const LIST = `{ connections(first: 50) { totalCount nodes { retailerName } } }`;
const ONE = `query ($id: ID!) { connection(id: $id) { retailerName buyers } }`;
const BUYERS = `mutation ($id: ID!, $buyers: [String!]!) { editConnectionBuyers(connectionId: $id, buyers: $buyers) { buyers } }`;
const BUDGET = `mutation ($id: ID!, $cents: Cents) { editConnectionBudget(connectionId: $id, budgetCents: $cents) { budgetCents } }`;
const REMOVE = `mutation ($id: ID!) { removeConnection(id: $id) { status } }`;
const SET_REGIONS = `mutation ($userId: ID!, $regionIds: [ID!]!) { setUserRegions(userId: $userId, regionIds: $regionIds) { regions { name } } }`;
const PERMISSIONS = `mutation ($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }`;

const names = (response: GraphQLResponse) => response.data.connections.nodes.map((node: { retailerName: string }) => node.retailerName).sort();
const refusal = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server, 'Brand Co');
  const region = async (name: string) => (await server.ok(`mutation ($name: String!) { createRegion(name: $name) { id } }`, { name }, admin.token)).createRegion.id;
  ids.west = await region('West');
  ids.east = await region('East');
  ids.inWest = (await server.ok(CONNECT, { name: 'Westside Boutique', regionId: ids.west }, admin.token)).connectRetailer.id;
  ids.inEast = (await server.ok(CONNECT, { name: 'Eastern Store', regionId: ids.east }, admin.token)).connectRetailer.id;
  ids.nowhere = (await server.ok(CONNECT, { name: 'Unplaced Shop' }, admin.token)).connectRetailer.id;
});
afterAll(() => server.close());

describe('geographic scope', () => {
  it('with the toggle on, lists, counts, lookups and writes reach only the member’s regions; outside them NOT_FOUND', async () => {
    const rep = await addMember(server, admin, ['ENABLE_GEOGRAPHIC_PERMISSIONS'], 'Wes Rep');
    await server.ok(SET_REGIONS, { userId: rep.userId, regionIds: [ids.west] }, admin.token);

    const listed = await server.gql(LIST, {}, rep.token);
    expect(names(listed)).toEqual(['Westside Boutique']);
    expect(listed.data.connections.totalCount).toBe(1);
    expect((await server.ok(ONE, { id: ids.inWest }, rep.token)).connection.retailerName).toBe('Westside Boutique');
    for (const id of [ids.inEast, ids.nowhere]) {
      expect(refusal(await server.gql(ONE, { id }, rep.token))).toEqual({ code: 'NOT_FOUND' });
      expect(refusal(await server.gql(BUYERS, { id, buyers: ['Eve'] }, rep.token))).toEqual({ code: 'NOT_FOUND' });
      expect(refusal(await server.gql(REMOVE, { id }, rep.token))).toEqual({ code: 'NOT_FOUND' });
    }
    expect((await server.ok(ONE, { id: ids.inEast }, admin.token)).connection.buyers).toEqual([]); // nothing written
    expect((await server.ok(BUYERS, { id: ids.inWest, buyers: ['Wendy'] }, rep.token)).editConnectionBuyers.buyers).toEqual(['Wendy']);
    // A new connection goes in one of the member's regions, and nowhere else.
    expect(refusal(await server.gql(CONNECT, { name: 'Far Away', regionId: ids.east }, rep.token))).toMatchObject({ code: 'FORBIDDEN', rule: 'GRANT_NOT_HELD' });
  });

  it('the toggle off, and regions reassigned, take effect at the next request, and the member is told live', async () => {
    const rep = await addMember(server, admin, ['ENABLE_GEOGRAPHIC_PERMISSIONS'], 'Ray Rep');
    await server.ok(SET_REGIONS, { userId: rep.userId, regionIds: [ids.west] }, admin.token);
    const watching = watchSubscriptions(server);
    const stream = await subscribeSse(server, rep.token, 'subscription { myPermissionsChanged { cause } }');
    await watching.until('member:permissions', rep.userId);

    await server.ok(SET_REGIONS, { userId: rep.userId, regionIds: [ids.east] }, admin.token);
    expect((await stream.results.next()).data.myPermissionsChanged.cause).toBe('REGIONS_CHANGED');
    expect(names(await server.gql(LIST, {}, rep.token))).toEqual(['Eastern Store']);

    await server.ok(PERMISSIONS, { id: rep.userId, permissions: [] }, admin.token);
    expect((await stream.results.next()).data.myPermissionsChanged.cause).toBe('PERMISSIONS_EDITED');
    expect(names(await server.gql(LIST, {}, rep.token))).toEqual(['Eastern Store', 'Unplaced Shop', 'Westside Boutique']);
    stream.close();
  });

  it('a member without the toggle, and full access, reach every connection', async () => {
    const plain = await addMember(server, admin, [], 'Pat Plain');
    await server.ok(SET_REGIONS, { userId: plain.userId, regionIds: [ids.west] }, admin.token);
    expect(names(await server.gql(LIST, {}, plain.token))).toHaveLength(3);
    expect(names(await server.gql(LIST, {}, admin.token))).toHaveLength(3);
  });

  it('a scoped manager assigns only regions of their own', async () => {
    const manager = await addMember(server, admin, ['ALLOW_MANAGE_PERMISSIONS', 'ENABLE_GEOGRAPHIC_PERMISSIONS'], 'Mia Manager');
    await server.ok(SET_REGIONS, { userId: manager.userId, regionIds: [ids.west] }, admin.token);
    const rep = await addMember(server, admin, [], 'Rob Rep');
    expect(refusal(await server.gql(SET_REGIONS, { userId: rep.userId, regionIds: [ids.east] }, manager.token))).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'GRANT_NOT_HELD',
    });
    expect((await server.ok(SET_REGIONS, { userId: rep.userId, regionIds: [ids.west] }, manager.token)).setUserRegions.regions).toEqual([{ name: 'West' }]);
  });
});

describe('customer-specific data', () => {
  it('each group is editable unless its own restriction is on; the others stay editable', async () => {
    const restricted = await addMember(server, admin, ['RESTRICT_EDIT_BUYERS'], 'Bea Restricted');
    const refused = await server.gql(BUYERS, { id: ids.inWest, buyers: ['Mallory'] }, restricted.token);
    expect(refusal(refused)).toMatchObject({ code: 'FORBIDDEN', capability: 'EDIT_CONNECTION_BUYERS', reason: 'RESTRICTED', restrictedBy: ['RESTRICT_EDIT_BUYERS'] });
    expect((await server.ok(ONE, { id: ids.inWest }, admin.token)).connection.buyers).not.toContain('Mallory');
    expect((await server.ok(BUDGET, { id: ids.inWest, cents: 500_000 }, restricted.token)).editConnectionBudget.budgetCents).toBe(500_000);
  });

  it('validates values: currencies are ISO codes, lists are capped', async () => {
    const bad = await server.gql(`mutation ($id: ID!) { editConnectionCurrencies(connectionId: $id, currencies: ["euro"]) { id } }`, { id: ids.inWest }, admin.token);
    expect(refusal(bad)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currencies' });
    const many = Array.from({ length: 101 }, (_, i) => `Door ${i}`);
    const capped = await server.gql(`mutation ($id: ID!, $doors: [String!]!) { editConnectionDoors(connectionId: $id, doors: $doors) { id } }`, { id: ids.inWest, doors: many }, admin.token);
    expect(refusal(capped)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'doors' });
  });

  it('removing a connection is an everyday power that "Restrict Remove Connections" takes away', async () => {
    const restricted = await addMember(server, admin, ['RESTRICT_REMOVE_CONNECTIONS'], 'Ron Restricted');
    const target = (await server.ok(CONNECT, { name: 'Short Lived' }, admin.token)).connectRetailer.id;
    expect(refusal(await server.gql(REMOVE, { id: target }, restricted.token))).toMatchObject({ code: 'FORBIDDEN', reason: 'RESTRICTED' });
    const plain = await addMember(server, admin, [], 'Pia Plain');
    expect((await server.ok(REMOVE, { id: target }, plain.token)).removeConnection.status).toBe('REMOVED');
  });

  it('another account’s connection is not found', async () => {
    const other = await signUp(server, 'Other Brand', 'Otto Other');
    expect(refusal(await server.gql(ONE, { id: ids.inWest }, other.token))).toEqual({ code: 'NOT_FOUND' });
    expect(refusal(await server.gql(BUYERS, { id: ids.inWest, buyers: ['X'] }, other.token))).toEqual({ code: 'NOT_FOUND' });
  });
});

describe('what review found', () => {
  it('the audit log leaves out entries about connections outside a scoped manager’s regions', async () => {
    await server.ok(BUYERS, { id: ids.inEast, buyers: ['Secret Buyer'] }, admin.token);
    const manager = await addMember(server, admin, ['ALLOW_MANAGE_PERMISSIONS', 'ENABLE_GEOGRAPHIC_PERMISSIONS'], 'Lou Logreader');
    await server.ok(SET_REGIONS, { userId: manager.userId, regionIds: [ids.west] }, admin.token);
    const LOG = `query ($id: ID) { auditLog(first: 100, subjectId: $id) { nodes { action subjectId after } } }`;
    expect((await server.ok(LOG, { id: ids.inEast }, manager.token)).auditLog.nodes).toEqual([]);
    expect((await server.ok(LOG, { id: ids.inEast }, admin.token)).auditLog.nodes.length).toBeGreaterThan(0);
    const seen = (await server.ok(LOG, {}, manager.token)).auditLog.nodes.map((node: { subjectId: string }) => node.subjectId);
    expect(seen).not.toContain(ids.inEast);
    expect(seen).toContain(ids.inWest);
  });

  it('a scoped manager moves connections only into their own regions', async () => {
    const manager = await addMember(server, admin, ['ALLOW_MANAGE_PERMISSIONS', 'ENABLE_GEOGRAPHIC_PERMISSIONS'], 'Rita Regional');
    await server.ok(SET_REGIONS, { userId: manager.userId, regionIds: [ids.west] }, admin.token);
    const MOVE = `mutation ($id: ID!, $regionId: ID) { setConnectionRegion(connectionId: $id, regionId: $regionId) { region { name } } }`;
    const target = (await server.ok(CONNECT, { name: 'Movable', regionId: ids.west }, admin.token)).connectRetailer.id;
    expect(refusal(await server.gql(MOVE, { id: target, regionId: ids.east }, manager.token))).toMatchObject({ code: 'FORBIDDEN', rule: 'GRANT_NOT_HELD' });
    expect((await server.ok(ONE, { id: target }, admin.token)).connection.retailerName).toBe('Movable');
    expect((await server.ok(MOVE, { id: target, regionId: ids.west }, manager.token)).setConnectionRegion.region).toEqual({ name: 'West' });
  });

  it('regions follow the rules of editing permissions: not one’s own, a full-access user only by full access, no deleted user', async () => {
    const manager = await addMember(server, admin, ['ALLOW_MANAGE_PERMISSIONS'], 'Max Manager');
    expect(refusal(await server.gql(SET_REGIONS, { userId: manager.userId, regionIds: [ids.east] }, manager.token))).toMatchObject({ rule: 'SELF_EDIT' });
    expect(refusal(await server.gql(SET_REGIONS, { userId: admin.userId, regionIds: [ids.east] }, manager.token))).toMatchObject({ rule: 'FULL_ACCESS_REQUIRED' });
    const gone = await addMember(server, admin, [], 'Gus Gone');
    await server.ok(`mutation ($id: ID!) { deleteUser(userId: $id) { id } }`, { id: gone.userId }, admin.token);
    expect(refusal(await server.gql(SET_REGIONS, { userId: gone.userId, regionIds: [ids.east] }, admin.token))).toMatchObject({ rule: 'USER_DELETED' });
  });

  it('users with their regions: the same number of statements for 3 users and for many', async () => {
    const USERS = `{ users(first: 100) { nodes { name regions { name } } } }`;
    const statements = async () => {
      await server.ok(USERS, {}, admin.token); // the caller's session, looked up once after a commit
      const before = server.roster.app.db.statements.count;
      await server.ok(USERS, {}, admin.token);
      return server.roster.app.db.statements.count - before;
    };
    const now = await statements();
    await addMember(server, admin, [], 'One More');
    await addMember(server, admin, [], 'And Another');
    expect(await statements()).toBe(now);
  });
});
