import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, type TestServer, addMember, signUp, startServer } from './harness.js';
import { connectWs, watchSubscriptions } from './live-harness.js';

const MY_PERMISSIONS = `subscription { myPermissionsChanged { cause capabilitiesAdded capabilitiesRemoved permissionsAdded permissionsRemoved sessionEnded permissions { permissions } at } }`;
const SET_PERMISSIONS = `mutation ($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }`;

describe('smoke', () => {
  let server: TestServer;
  let admin: SignedUp;
  let subscriptions: ReturnType<typeof watchSubscriptions>;
  beforeAll(async () => {
    server = await startServer();
    subscriptions = watchSubscriptions(server);
    admin = await signUp(server);
  });
  afterAll(() => server.close());

  it('delivers a permission change over WebSocket', async () => {
    const member = await addMember(server, admin, ['OVERVIEW']);
    const ws = connectWs(server, { authorization: `Bearer ${member.token}` });
    const sub = ws.subscribe(MY_PERMISSIONS);
    await subscriptions.until('member:permissions', member.userId);
    await server.ok(SET_PERMISSIONS, { id: member.userId, permissions: ['OVERVIEW', 'OVERSTOCK'] }, admin.token);
    const event = await sub.results.next();
    expect(event.data.myPermissionsChanged).toMatchObject({ cause: 'PERMISSIONS_EDITED', capabilitiesAdded: ['OVERSTOCK'], permissionsAdded: ['OVERSTOCK'] });
    await server.ok(`mutation ($id: ID!) { deleteUser(userId: $id) { id } }`, { id: member.userId }, admin.token);
    const final = await sub.results.next();
    expect(final.data.myPermissionsChanged).toMatchObject({ cause: 'SESSION_ENDED', sessionEnded: 'MEMBER_DELETED', permissions: null });
    expect(await ws.closed).toMatchObject({ code: 4401 });
  });
});
