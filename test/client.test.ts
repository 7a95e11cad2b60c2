import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RosterClientError, createRosterClient, operations, permissionEditor } from '../schema/client/index.js';
import { Category } from '../src/modules/permissions/catalog.js';
import { PASSWORD, type SignedUp, type TestServer, signUp, startServer, uniqueEmail } from './harness.js';

// Issue 11: the example typed client (schema/client/, typed by `npm run codegen`) against the real
// server, as a front-end uses it.

let server: TestServer;
let admin: SignedUp;
beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server, 'Client Co', 'Cleo Client');
});
afterAll(() => server.close());

describe('the example client', () => {
  it('signs in, reads what it may do, invites and edits permissions, all typed', async () => {
    const client = createRosterClient({ url: server.roster.url });
    const { login } = await client.request(operations.LogIn, { email: admin.email, password: PASSWORD });
    client.useToken(login.token);
    const { me } = await client.request(operations.MyPermissions, {});
    expect(me.permissions.fullAccess).toBe(true);
    expect(me.permissions.decisions.find((decision) => decision.capability === 'MANAGE_USERS')?.allowed).toBe(true);

    const email = uniqueEmail('typed');
    const { inviteUser } = await client.request(operations.Invite, { email, name: 'Tay Typed', permissions: ['OVERVIEW'] });
    expect(inviteUser).toMatchObject({ email, status: 'PENDING', permissions: ['OVERVIEW'] });
    const { users } = await client.request(operations.Members, { first: 10 });
    expect(users.totalCount).toBe(1);
    const { updateUserPermissions } = await client
      .request(operations.SetPermissions, { userId: admin.userId, permissions: ['OVERVIEW'] })
      .catch((error) => {
        // Nobody edits their own permissions: the client surfaces Roster's rule.
        expect(error).toBeInstanceOf(RosterClientError);
        expect(error).toMatchObject({ code: 'FORBIDDEN', extensions: expect.objectContaining({ rule: 'SELF_EDIT' }) });
        return { updateUserPermissions: null };
      });
    expect(updateUserPermissions).toBeNull();
  });

  it('renders a permission editor from permissionCatalog: every category, every entry, each effect', async () => {
    const client = createRosterClient({ url: server.roster.url });
    const { permissionCatalog } = await client.request(operations.PermissionCatalog, {});
    const editor = permissionEditor(permissionCatalog, ['OVERVIEW']);
    expect(editor.sections.map((section) => section.category)).toEqual(Object.keys(Category));
    expect(editor.sections.flatMap((section) => section.entries)).toHaveLength(64);
    const overview = editor.sections[0]!.entries.find((entry) => entry.key === 'OVERVIEW')!;
    expect(overview).toMatchObject({ name: 'Overview', effect: '+OVERVIEW' });
    expect(editor.checked.has('OVERVIEW')).toBe(true);
    const restrict = editor.sections.flatMap((section) => section.entries).find((entry) => entry.key === 'RESTRICT_DELETE_STYLES')!;
    expect(restrict.effect).toBe('−DELETE_STYLES');
  });
});
