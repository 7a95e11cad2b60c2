import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connections } from '../../src/modules/connections/tables.js';
import { orders } from '../../src/modules/orders/tables.js';
import { type GraphQLResponse, type SignedUp, type TestServer, addMember, codes, signUp, startServer } from '../harness.js';
import { EMPTY_LISTS } from '../../src/modules/connections/service.js';
import { graphql, ok, run } from '../kit/index.js';

/** A typed operation and its variables, to send as a member. */
type Sent = [TypedDocumentNode<any, any>, Record<string, unknown>];

let server: TestServer;
let admin: SignedUp;
let other: SignedUp;
let styleIds: [string, string, string];
let unique = 0;
const next = () => `${process.pid}-${++unique}`;

const ADD_STYLE = graphql(`
  mutation LinesheetsAddStyle($input: AddStyleInput!) {
    addStyle(input: $input) {
      id
    }
  }
`);
const addStyle = async (owner: SignedUp = admin) =>
  (await ok(server, ADD_STYLE, { input: { styleNumber: `L-${next()}`, name: 'Wool coat', wholesalePriceCents: 9900 } }, owner.token))
    .addStyle.id as string;

beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server, 'Maison', 'Ada Admin');
  other = await signUp(server, 'Elsewhere', 'Otto Other');
  styleIds = [await addStyle(), await addStyle(), await addStyle()];
});
afterAll(() => server.close());

// What every linesheet document reads, as a fragment the documents below spread.
graphql(`
  fragment LinesheetsSheet on Linesheet {
    id
    kind
    name
    owner {
      id
    }
    startShip
    deliveryDates
    private
    syncToIpad
    sharedAt
    archivedAt
    styles {
      style {
        id
      }
      badge {
        id
        name
      }
    }
  }
`);
const CREATE = graphql(`
  mutation LinesheetsCreate($input: CreateLinesheetInput!) {
    createLinesheet(input: $input) {
      ...LinesheetsSheet
    }
  }
`);
const UPDATE = graphql(`
  mutation LinesheetsUpdate($input: UpdateLinesheetInput!) {
    updateLinesheet(input: $input) {
      ...LinesheetsSheet
    }
  }
`);
const ARCHIVE = graphql(`
  mutation LinesheetsArchive($id: ID!) {
    archiveLinesheet(id: $id) {
      ...LinesheetsSheet
    }
  }
`);
const DELETE = graphql(`
  mutation LinesheetsDelete($id: ID!) {
    deleteLinesheet(id: $id) {
      id
    }
  }
`);
const PRIVACY = graphql(`
  mutation LinesheetsPrivacy($id: ID!, $private: Boolean!) {
    setLinesheetPrivacy(id: $id, private: $private) {
      ...LinesheetsSheet
    }
  }
`);
const SHARE = graphql(`
  mutation LinesheetsShare($id: ID!) {
    shareLinesheet(id: $id) {
      ...LinesheetsSheet
    }
  }
`);
const SYNC = graphql(`
  mutation LinesheetsSync($id: ID!, $syncToIpad: Boolean!) {
    setLinesheetIpadSync(id: $id, syncToIpad: $syncToIpad) {
      ...LinesheetsSheet
    }
  }
`);
const BADGE = graphql(`
  mutation LinesheetsBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {
    setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) {
      ...LinesheetsSheet
    }
  }
`);
const CREATE_BADGE = graphql(`
  mutation LinesheetsCreateBadge($name: String!) {
    createStyleBadge(name: $name) {
      id
      name
    }
  }
`);
const BY_ID = graphql(`
  query LinesheetsById($id: ID!) {
    linesheet(id: $id) {
      ...LinesheetsSheet
    }
  }
`);
const LIST = graphql(`
  query LinesheetsList($includeArchived: Boolean) {
    linesheets(first: 100, includeArchived: $includeArchived) {
      totalCount
      nodes {
        id
      }
    }
  }
`);

const input = (kind: 'ADMIN' | 'CUSTOM', fields: Record<string, unknown> = {}) => ({
  kind,
  name: `Fall ${next()}`,
  startShip: '2031-08-01',
  deliveryDates: ['2031-09-01', '2031-08-15'],
  styleIds: styleIds.slice(0, 2),
  ...fields,
});

const create = async (kind: 'ADMIN' | 'CUSTOM', owner: SignedUp = admin, fields: Record<string, unknown> = {}) =>
  (await ok(server, CREATE, { input: input(kind, fields) }, owner.token)).createLinesheet;

/** The linesheet as its owner (or, for an ADMIN one, anyone) reads it. */
const read = async (id: string, reader: SignedUp = admin) => (await ok(server, BY_ID, { id }, reader.token)).linesheet;
const listed = async (reader: SignedUp, includeArchived = false) =>
  (await ok(server, LIST, { includeArchived }, reader.token)).linesheets.nodes.map((sheet: { id: string }) => sheet.id) as string[];

const refusal = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

async function auditActions(subjectId: string) {
  const { auditLog } = await ok(
    server,
    graphql(`
      query LinesheetsAuditLog($id: ID!) {
        auditLog(subjectId: $id) {
          nodes {
            action
          }
        }
      }
    `),
    { id: subjectId },
    admin.token,
  );
  return auditLog.nodes.map((entry: { action: string }) => entry.action).reverse();
}

/** An order taken from a linesheet, written straight to the database (orders are another module's). */
async function orderFrom(linesheetId: string) {
  await server.roster.app.db.transaction(async (tx) => {
    const [connection] = await tx.db
      .insert(connections)
      .values({
        accountId: admin.accountId,
        retailerName: 'Shop',
        status: 'ACTIVE',
        ...EMPTY_LISTS,
        createdAt: new Date(),
      })
      .returning();
    await tx.db.insert(orders).values({
      accountId: admin.accountId,
      connectionId: connection!.id,
      linesheetId,
      status: 'DRAFT',
      generatedPoNumber: `PO-${next()}`,
      poNumber: `PO-${next()}`,
      startShip: '2031-08-01',
      deliveryDate: '2031-08-15',
      createdById: admin.userId,
      createdAt: new Date(),
    });
  });
}

describe('linesheets', () => {
  it('creates ADMIN and CUSTOM linesheets with sorted delivery dates and their styles, audited', async () => {
    const sheet = await create('ADMIN');
    expect(sheet).toMatchObject({
      kind: 'ADMIN',
      owner: { id: admin.userId },
      startShip: '2031-08-01',
      deliveryDates: ['2031-08-15', '2031-09-01'],
      private: false,
      syncToIpad: false,
      sharedAt: null,
      archivedAt: null,
      styles: styleIds.slice(0, 2).map((id) => ({ style: { id }, badge: null })),
    });
    expect(await read(sheet.id)).toEqual(sheet);
    const custom = await create('CUSTOM', admin, { styleIds: [] });
    expect(custom).toMatchObject({ kind: 'CUSTOM', styles: [] });
    expect(await listed(admin)).toEqual(expect.arrayContaining([sheet.id, custom.id]));
    expect(await auditActions(sheet.id)).toEqual(['LINESHEET_CREATED']);
  });

  it('refuses bad dates, delivery dates before the start ship, and deleted or unknown styles', async () => {
    const bad = async (fields: Record<string, unknown>) =>
      refusal(await run(server, CREATE, { input: input('CUSTOM', fields) }, admin.token));
    expect(await bad({ startShip: '2031-02-30' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startShip' });
    expect(await bad({ deliveryDates: ['2031-07-31'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deliveryDates' });
    expect(await bad({ deliveryDates: [] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deliveryDates' });
    expect(await bad({ name: '  ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const deleted = await addStyle();
    await ok(
      server,
      graphql(`
        mutation LinesheetsDeleteStyle($id: ID!) {
          deleteStyle(id: $id) {
            id
          }
        }
      `),
      { id: deleted },
      admin.token,
    );
    expect(await bad({ styleIds: [deleted] })).toMatchObject({ code: 'CONFLICT', rule: 'WRONG_STATUS' });
    expect(await bad({ styleIds: [await addStyle(other)] })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('updates name, dates and styles; kept styles keep their badge; a deleted style stays on the sheet', async () => {
    const sheet = await create('ADMIN');
    const badge = (await ok(server, CREATE_BADGE, { name: `Best Seller ${next()}` }, admin.token)).createStyleBadge;
    await ok(server, BADGE, { linesheetId: sheet.id, styleId: styleIds[1], badgeId: badge.id }, admin.token);
    const updated = (
      await ok(
        server,
        UPDATE,
        {
          input: {
            linesheetId: sheet.id,
            name: 'Winter',
            startShip: '2031-10-01',
            deliveryDates: ['2031-10-01'],
            styleIds: [styleIds[1], styleIds[2]],
          },
        },
        admin.token,
      )
    ).updateLinesheet;
    expect(updated).toMatchObject({
      name: 'Winter',
      startShip: '2031-10-01',
      deliveryDates: ['2031-10-01'],
      styles: [
        { style: { id: styleIds[1] }, badge },
        { style: { id: styleIds[2] }, badge: null },
      ],
    });
    // Moving the start ship after a delivery date is refused.
    const late = await run(server, UPDATE, { input: { linesheetId: sheet.id, startShip: '2031-12-01' } }, admin.token);
    expect(refusal(late)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deliveryDates' });
    // Nothing to change: nothing audited.
    await ok(server, UPDATE, { input: { linesheetId: sheet.id, name: 'Winter', styleIds: [styleIds[2], styleIds[1]] } }, admin.token);
    expect(await auditActions(sheet.id)).toEqual(['LINESHEET_CREATED', 'LINESHEET_UPDATED', 'LINESHEET_UPDATED']);

    const doomed = await addStyle();
    await ok(server, UPDATE, { input: { linesheetId: sheet.id, styleIds: [doomed] } }, admin.token);
    await ok(
      server,
      graphql(`
        mutation LinesheetsDeleteStyle($id: ID!) {
          deleteStyle(id: $id) {
            id
          }
        }
      `),
      { id: doomed },
      admin.token,
    );
    expect((await read(sheet.id)).styles).toEqual([{ style: { id: doomed }, badge: null }]);
  });

  it('archives: archived linesheets leave the list and are no longer changed', async () => {
    const sheet = await create('ADMIN');
    const archived = (await ok(server, ARCHIVE, { id: sheet.id }, admin.token)).archiveLinesheet;
    expect(archived.archivedAt).toBeTruthy();
    expect((await ok(server, ARCHIVE, { id: sheet.id }, admin.token)).archiveLinesheet.archivedAt).toBe(archived.archivedAt);
    expect(await listed(admin)).not.toContain(sheet.id);
    expect(await listed(admin, true)).toContain(sheet.id);
    for (const response of [
      await run(server, UPDATE, { input: { linesheetId: sheet.id, name: 'No' } }, admin.token),
      await run(server, SHARE, { id: sheet.id }, admin.token),
      await run(server, BADGE, { linesheetId: sheet.id, styleId: styleIds[0], badgeId: null }, admin.token),
    ]) {
      expect(refusal(response)).toMatchObject({ code: 'CONFLICT', rule: 'WRONG_STATUS' });
    }
    expect(await auditActions(sheet.id)).toEqual(['LINESHEET_CREATED', 'LINESHEET_ARCHIVED']);
  });

  it('deletes a linesheet and its styles, but not one an order was taken from', async () => {
    const sheet = await create('ADMIN');
    expect((await ok(server, DELETE, { id: sheet.id }, admin.token)).deleteLinesheet.id).toBe(sheet.id);
    expect(codes(await run(server, BY_ID, { id: sheet.id }, admin.token))).toEqual(['NOT_FOUND']);
    expect(await auditActions(sheet.id)).toEqual(['LINESHEET_CREATED', 'LINESHEET_DELETED']);

    const used = await create('ADMIN');
    await orderFrom(used.id);
    expect(codes(await run(server, DELETE, { id: used.id }, admin.token))).toEqual(['CONFLICT']);
    expect(await read(used.id)).toEqual(used);
  });

  it('sets privacy, sharing and iPad sync, each audited', async () => {
    const sheet = await create('ADMIN');
    expect((await ok(server, PRIVACY, { id: sheet.id, private: true }, admin.token)).setLinesheetPrivacy.private).toBe(true);
    expect((await ok(server, SYNC, { id: sheet.id, syncToIpad: true }, admin.token)).setLinesheetIpadSync.syncToIpad).toBe(true);
    expect((await ok(server, SHARE, { id: sheet.id }, admin.token)).shareLinesheet.sharedAt).toBeTruthy();
    await ok(server, PRIVACY, { id: sheet.id, private: true }, admin.token);
    expect(await auditActions(sheet.id)).toEqual(['LINESHEET_CREATED', ...Array(3).fill('LINESHEET_SETTINGS_CHANGED')]);
  });

  it('shows badges on styles of ADMIN linesheets only, and only styles on the sheet', async () => {
    const sheet = await create('ADMIN');
    const badge = (await ok(server, CREATE_BADGE, { name: `New ${next()}` }, admin.token)).createStyleBadge;
    const set = (await ok(server, BADGE, { linesheetId: sheet.id, styleId: styleIds[0], badgeId: badge.id }, admin.token))
      .setLinesheetStyleBadge;
    expect(set.styles[0]).toEqual({ style: { id: styleIds[0] }, badge });
    const cleared = (await ok(server, BADGE, { linesheetId: sheet.id, styleId: styleIds[0], badgeId: null }, admin.token))
      .setLinesheetStyleBadge;
    expect(cleared.styles[0]!.badge).toBeNull();
    expect(codes(await run(server, BADGE, { linesheetId: sheet.id, styleId: styleIds[2], badgeId: badge.id }, admin.token))).toEqual([
      'NOT_FOUND',
    ]);
    const custom = await create('CUSTOM');
    const refused = await run(server, BADGE, { linesheetId: custom.id, styleId: styleIds[0], badgeId: badge.id }, admin.token);
    expect(refusal(refused)).toMatchObject({ code: 'CONFLICT', rule: 'WRONG_STATUS' });
  });
});

describe('who sees and changes linesheets', () => {
  it("a member sees ADMIN linesheets and their own CUSTOM ones; someone else's CUSTOM one does not exist for them", async () => {
    const member = await addMember(server, admin, [], 'Mia Member');
    const adminSheet = await create('ADMIN');
    const adminsCustom = await create('CUSTOM');
    const own = await create('CUSTOM', member);
    const seen = await listed(member);
    expect(seen).toEqual(expect.arrayContaining([adminSheet.id, own.id]));
    expect(seen).not.toContain(adminsCustom.id);
    expect(codes(await run(server, BY_ID, { id: adminsCustom.id }, member.token))).toEqual(['NOT_FOUND']);
    expect(await listed(admin)).not.toContain(own.id);
  });

  it('only its owner changes a CUSTOM linesheet (NOT_FOUND to anyone else, as when reading), and nothing is written', async () => {
    const owner = await addMember(server, admin, [], 'Owen Owner');
    const sheet = await create('CUSTOM', owner);
    const attempts = [
      run(server, UPDATE, { input: { linesheetId: sheet.id, name: 'Mine now' } }, admin.token),
      run(server, ARCHIVE, { id: sheet.id }, admin.token),
      run(server, DELETE, { id: sheet.id }, admin.token),
      run(server, PRIVACY, { id: sheet.id, private: true }, admin.token),
      run(server, SHARE, { id: sheet.id }, admin.token),
      run(server, SYNC, { id: sheet.id, syncToIpad: true }, admin.token),
    ];
    for (const response of await Promise.all(attempts)) expect(refusal(response)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await read(sheet.id, owner)).toEqual(sheet);
    expect((await run(server, UPDATE, { input: { linesheetId: sheet.id, name: 'Renamed' } }, owner.token)).errors).toBeUndefined();
    expect((await run(server, ARCHIVE, { id: sheet.id }, owner.token)).errors).toBeUndefined();
    expect((await run(server, DELETE, { id: sheet.id }, owner.token)).errors).toBeUndefined();
  });

  it('a member with no permissions does every everyday linesheet operation on ADMIN linesheets', async () => {
    const member = await addMember(server, admin, [], 'Eve Everyday');
    const sheet = await create('ADMIN', member);
    const sends: Sent[] = [
      [UPDATE, { input: { linesheetId: sheet.id, name: 'Edited' } }],
      [PRIVACY, { id: sheet.id, private: true }],
      [SHARE, { id: sheet.id }],
      [SYNC, { id: sheet.id, syncToIpad: true }],
      [ARCHIVE, { id: sheet.id }],
      [DELETE, { id: sheet.id }],
    ];
    for (const [query, variables] of sends) {
      expect((await run(server, query, variables, member.token)).errors, print(query)).toBeUndefined();
    }
  });

  /** Each Linesheet RESTRICT toggle: what it refuses on an ADMIN linesheet, and what the member may still do. */
  const restrictions: Array<{
    key: string;
    capability: string;
    refused: (id: string) => Sent;
    stillAllowed: (id: string) => Sent;
  }> = [
    {
      key: 'RESTRICT_EDIT_ADMIN_LINESHEETS',
      capability: 'EDIT_ADMIN_LINESHEETS',
      refused: (id) => [UPDATE, { input: { linesheetId: id, name: 'Nope', styleIds: [] } }],
      stillAllowed: (id) => [SHARE, { id }],
    },
    {
      key: 'RESTRICT_ARCHIVE_ADMIN_LINESHEETS',
      capability: 'ARCHIVE_ADMIN_LINESHEETS',
      refused: (id) => [ARCHIVE, { id }],
      stillAllowed: (id) => [DELETE, { id }],
    },
    {
      key: 'RESTRICT_DELETE_ADMIN_LINESHEETS',
      capability: 'DELETE_ADMIN_LINESHEETS',
      refused: (id) => [DELETE, { id }],
      stillAllowed: (id) => [ARCHIVE, { id }],
    },
    {
      key: 'RESTRICT_EDIT_ADMIN_LINESHEET_PRIVACY',
      capability: 'EDIT_ADMIN_LINESHEET_PRIVACY',
      refused: (id) => [PRIVACY, { id, private: true }],
      stillAllowed: (id) => [SYNC, { id, syncToIpad: true }],
    },
    {
      key: 'RESTRICT_SHARE_LINESHEETS',
      capability: 'SHARE_LINESHEETS',
      refused: (id) => [SHARE, { id }],
      stillAllowed: (id) => [PRIVACY, { id, private: true }],
    },
    {
      key: 'RESTRICT_SYNC_LINESHEETS_TO_IPAD',
      capability: 'SYNC_LINESHEETS_TO_IPAD',
      refused: (id) => [SYNC, { id, syncToIpad: true }],
      stillAllowed: (id) => [UPDATE, { input: { linesheetId: id, name: 'Fine' } }],
    },
  ];

  it('each RESTRICT toggle refuses exactly what it names on an ADMIN linesheet, naming the entry, and nothing is written', async () => {
    for (const { key, capability, refused, stillAllowed } of restrictions) {
      const member = await addMember(server, admin, [key], 'Rae Restricted');
      const sheet = await create('ADMIN');
      const response = await run(server, ...refused(sheet.id), member.token);
      expect(refusal(response), key).toMatchObject({ code: 'FORBIDDEN', capability, reason: 'RESTRICTED', restrictedBy: [key] });
      expect(await read(sheet.id), key).toEqual(sheet);
      expect((await run(server, ...stillAllowed(sheet.id), member.token)).errors, key).toBeUndefined();
      // Full access is never restricted.
      expect((await run(server, ...refused((await create('ADMIN')).id), admin.token)).errors, key).toBeUndefined();
    }
  });

  it('RESTRICT_EDIT_ADMIN_LINESHEETS: refused an ADMIN linesheet, allowed a CUSTOM one', async () => {
    const member = await addMember(server, admin, ['RESTRICT_EDIT_ADMIN_LINESHEETS'], 'Cy Custom');
    const count = async () => (await ok(server, LIST, { includeArchived: true }, admin.token)).linesheets.totalCount;
    const before = await count();
    const refused = await run(server, CREATE, { input: input('ADMIN') }, member.token);
    expect(refusal(refused)).toMatchObject({
      code: 'FORBIDDEN',
      capability: 'EDIT_ADMIN_LINESHEETS',
      reason: 'RESTRICTED',
      restrictedBy: ['RESTRICT_EDIT_ADMIN_LINESHEETS'],
    });
    expect(await count()).toBe(before);
    const custom = await create('CUSTOM', member);
    expect(custom).toMatchObject({ kind: 'CUSTOM', owner: { id: member.userId } });
    expect(
      (await run(server, UPDATE, { input: { linesheetId: custom.id, name: 'My buyer', styleIds: [styleIds[2]] } }, member.token)).errors,
    ).toBeUndefined();
  });

  it('RESTRICT_EDIT_ADMIN_LINESHEET_PRIVACY: refused an ADMIN linesheet, allowed their own CUSTOM one', async () => {
    const member = await addMember(server, admin, ['RESTRICT_EDIT_ADMIN_LINESHEET_PRIVACY'], 'Pru Private');
    const sheet = await create('ADMIN');
    const refused = await run(server, PRIVACY, { id: sheet.id, private: true }, member.token);
    expect(refusal(refused)).toMatchObject({
      code: 'FORBIDDEN',
      capability: 'EDIT_ADMIN_LINESHEET_PRIVACY',
      reason: 'RESTRICTED',
      restrictedBy: ['RESTRICT_EDIT_ADMIN_LINESHEET_PRIVACY'],
    });
    expect(await read(sheet.id)).toEqual(sheet);
    const custom = await create('CUSTOM', member);
    expect((await ok(server, PRIVACY, { id: custom.id, private: true }, member.token)).setLinesheetPrivacy.private).toBe(true);
    expect(await auditActions(custom.id)).toEqual(['LINESHEET_CREATED', 'LINESHEET_SETTINGS_CHANGED']);
  });

  it('applying badges on ADMIN linesheets needs ALLOW_APPLY_BADGES_TO_ADMIN_LINESHEETS', async () => {
    const sheet = await create('ADMIN');
    const badge = (await ok(server, CREATE_BADGE, { name: `Hot ${next()}` }, admin.token)).createStyleBadge;
    const variables = { linesheetId: sheet.id, styleId: styleIds[0], badgeId: badge.id };
    const nobody = await addMember(server, admin, [], 'Ned Nobody');
    const refused = await run(server, BADGE, variables, nobody.token);
    expect(refusal(refused)).toMatchObject({ code: 'FORBIDDEN', capability: 'APPLY_ADMIN_LINESHEET_BADGES', reason: 'NOT_GRANTED' });
    expect(refusal(refused)?.grantedBy).toContain('ALLOW_APPLY_BADGES_TO_ADMIN_LINESHEETS');
    expect(await read(sheet.id)).toEqual(sheet);
    const holder = await addMember(server, admin, ['ALLOW_APPLY_BADGES_TO_ADMIN_LINESHEETS'], 'Bea Badger');
    expect((await run(server, BADGE, variables, holder.token)).errors).toBeUndefined();
    expect((await read(sheet.id)).styles[0]!.badge).toEqual(badge);
  });

  it("answers another account's linesheets, styles and badges as NOT_FOUND and changes nothing", async () => {
    const sheet = await create('ADMIN');
    const badge = (await ok(server, CREATE_BADGE, { name: `Secret ${next()}` }, admin.token)).createStyleBadge;
    const theirs = (await ok(server, CREATE, { input: input('ADMIN', { styleIds: [await addStyle(other)] }) }, other.token))
      .createLinesheet;
    const attempts = [
      run(server, BY_ID, { id: sheet.id }, other.token),
      run(server, UPDATE, { input: { linesheetId: sheet.id, name: 'Stolen' } }, other.token),
      run(server, UPDATE, { input: { linesheetId: theirs.id, styleIds: [styleIds[0]] } }, other.token),
      run(server, ARCHIVE, { id: sheet.id }, other.token),
      run(server, DELETE, { id: sheet.id }, other.token),
      run(server, PRIVACY, { id: sheet.id, private: true }, other.token),
      run(server, SHARE, { id: sheet.id }, other.token),
      run(server, SYNC, { id: sheet.id, syncToIpad: true }, other.token),
      run(server, BADGE, { linesheetId: sheet.id, styleId: styleIds[0], badgeId: null }, other.token),
      run(server, BADGE, { linesheetId: theirs.id, styleId: theirs.styles[0]!.style.id, badgeId: badge.id }, other.token),
      run(server, CREATE, { input: input('CUSTOM', { styleIds: [styleIds[0]] }) }, other.token),
    ];
    for (const response of await Promise.all(attempts)) expect(codes(response)).toEqual(['NOT_FOUND']);
    expect(await read(sheet.id)).toEqual(sheet);
    expect(await listed(other, true)).toEqual([theirs.id]);
  });
});

describe('statements per request', () => {
  it('lists linesheets with their owner, styles and badges in the same number of statements for 2 and 12 linesheets', async () => {
    const owner = await signUp(server, 'Counting', 'Cal Counter');
    const ids = [await addStyle(owner), await addStyle(owner)];
    const badge = (await ok(server, CREATE_BADGE, { name: 'Counted' }, owner.token)).createStyleBadge;
    const grow = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const sheet = await create('ADMIN', owner, { styleIds: ids });
        await ok(server, BADGE, { linesheetId: sheet.id, styleId: ids[0]!, badgeId: badge.id }, owner.token);
      }
    };
    const statements = async () => {
      const before = server.roster.app.db.statements.count;
      const { linesheets } = await ok(
        server,
        graphql(`
          query LinesheetsLinesheets {
            linesheets(first: 100) {
              nodes {
                ...LinesheetsSheet
                owner {
                  name
                }
                styles {
                  style {
                    styleNumber
                  }
                }
              }
            }
          }
        `),
        {},
        owner.token,
      );
      return { count: server.roster.app.db.statements.count - before, sheets: linesheets.nodes.length };
    };
    await grow(2);
    const few = await statements();
    await grow(10);
    const many = await statements();
    expect([few.sheets, many.sheets]).toEqual([2, 12]);
    expect(many.count).toBe(few.count);
  });
});
