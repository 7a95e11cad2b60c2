import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { divisions } from '../../src/modules/brand/tables.js';
import { type GraphQLResponse, type SignedUp, type TestServer, addMember, codes, signUp, startServer } from '../harness.js';
import { graphql, ok, run } from '../kit/index.js';

let server: TestServer;
let admin: SignedUp;
let other: SignedUp;
let unique = 0;
const next = () => `${process.pid}-${++unique}`;

beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server, 'Atelier', 'Ada Admin');
  other = await signUp(server, 'Elsewhere', 'Otto Other');
});
afterAll(() => server.close());

// What every style document reads, as a fragment the documents below spread.
graphql(`
  fragment StylesStyle on Style {
    id
    styleNumber
    name
    description
    wholesalePriceCents
    upc
    deletedAt
    division {
      id
      name
    }
    images {
      id
      url
      contentType
    }
    badges {
      id
      name
    }
    inventory {
      size
      colour
      available
    }
  }
`);

const ADD = graphql(`
  mutation StylesAdd($input: AddStyleInput!) {
    addStyle(input: $input) {
      ...StylesStyle
    }
  }
`);
const COPY = graphql(`
  mutation StylesCopy($styleId: ID!, $styleNumber: String!) {
    copyStyle(styleId: $styleId, styleNumber: $styleNumber) {
      ...StylesStyle
    }
  }
`);
const DELETE = graphql(`
  mutation StylesDelete($id: ID!) {
    deleteStyle(id: $id) {
      ...StylesStyle
    }
  }
`);
const EDIT = graphql(`
  mutation StylesEdit($input: EditStyleInput!) {
    editStyle(input: $input) {
      ...StylesStyle
    }
  }
`);
const SET_UPC = graphql(`
  mutation StylesSetUpc($styleId: ID!, $upc: String) {
    setStyleUpc(styleId: $styleId, upc: $upc) {
      ...StylesStyle
    }
  }
`);
const SET_DIVISION = graphql(`
  mutation StylesSetDivision($styleId: ID!, $divisionId: ID) {
    setStyleDivision(styleId: $styleId, divisionId: $divisionId) {
      ...StylesStyle
    }
  }
`);
const UPLOAD = graphql(`
  mutation StylesUpload($styleId: ID!, $contentType: String!, $dataBase64: String!) {
    uploadStyleImage(styleId: $styleId, contentType: $contentType, dataBase64: $dataBase64) {
      id
      url
      contentType
    }
  }
`);
const REMOVE_IMAGE = graphql(`
  mutation StylesRemoveImage($imageId: ID!) {
    removeStyleImage(imageId: $imageId) {
      ...StylesStyle
    }
  }
`);
const CREATE_BADGE = graphql(`
  mutation StylesCreateBadge($name: String!) {
    createStyleBadge(name: $name) {
      id
      name
    }
  }
`);
const ADD_BADGE = graphql(`
  mutation StylesAddBadge($styleId: ID!, $badgeId: ID!) {
    addStyleBadge(styleId: $styleId, badgeId: $badgeId) {
      ...StylesStyle
    }
  }
`);
const REMOVE_BADGE = graphql(`
  mutation StylesRemoveBadge($styleId: ID!, $badgeId: ID!) {
    removeStyleBadge(styleId: $styleId, badgeId: $badgeId) {
      ...StylesStyle
    }
  }
`);
const SET_INVENTORY = graphql(`
  mutation StylesSetInventory($input: SetStyleInventoryInput!) {
    setStyleInventory(input: $input) {
      ...StylesStyle
    }
  }
`);
const STYLE_BY_ID = graphql(`
  query StylesById($id: ID!) {
    style(id: $id) {
      ...StylesStyle
    }
  }
`);
const STYLES = graphql(`
  query StylesStyles($includeDeleted: Boolean) {
    styles(first: 100, includeDeleted: $includeDeleted) {
      totalCount
      nodes {
        id
        styleNumber
      }
    }
  }
`);

async function addStyle(owner: SignedUp = admin, fields: Record<string, unknown> = {}) {
  const input = { styleNumber: `S-${next()}`, name: 'Linen shirt', description: 'Soft', wholesalePriceCents: 4200, ...fields };
  return (await ok(server, ADD, { input }, owner.token)).addStyle;
}

const readStyle = async (id: string, owner: SignedUp = admin) => (await ok(server, STYLE_BY_ID, { id }, owner.token)).style;
const listed = async (includeDeleted = false, owner: SignedUp = admin) =>
  (await ok(server, STYLES, { includeDeleted }, owner.token)).styles.nodes.map((s: { id: string }) => s.id) as string[];

async function createDivision(accountId: string, name = `Division ${next()}`) {
  const [row] = await server.roster.app.db.transaction((tx) =>
    tx.db.insert(divisions).values({ accountId, name, createdAt: new Date() }).returning(),
  );
  return row!;
}

async function auditActions(subjectId: string) {
  const { auditLog } = await ok(
    server,
    graphql(`
      query StylesAuditLog($id: ID!) {
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

const refusal = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

/** A 1×1 PNG, a JPEG header and a WebP header: the magic bytes the server checks. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2274ccc0000000049454e44ae426082',
  'hex',
);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x1a, 0, 0, 0]), Buffer.from('WEBPVP8 '), Buffer.alloc(14)]);

const upload = (styleId: string, contentType: string, bytes: Buffer, token = admin.token) =>
  run(server, UPLOAD, { styleId, contentType, dataBase64: bytes.toString('base64') }, token);

/** GET of an image url on the real server, with an optional Bearer token. */
async function getImage(url: string, token?: string) {
  const response = await fetch(new URL(url, server.roster.url), { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, contentType: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('styles', () => {
  it('adds, reads, lists, copies, edits and soft-deletes a style, each audited', async () => {
    const style = await addStyle(admin, { name: '  Linen shirt ', description: 'Soft linen' });
    expect(style).toMatchObject({
      name: 'Linen shirt',
      description: 'Soft linen',
      wholesalePriceCents: 4200,
      upc: null,
      division: null,
      images: [],
      badges: [],
      inventory: [],
      deletedAt: null,
    });
    expect(await readStyle(style.id)).toEqual(style);
    expect(await listed()).toContain(style.id);

    const copyNumber = `C-${next()}`;
    const copy = (await ok(server, COPY, { styleId: style.id, styleNumber: copyNumber }, admin.token)).copyStyle;
    expect(copy).toMatchObject({ styleNumber: copyNumber, name: 'Linen shirt', description: 'Soft linen', wholesalePriceCents: 4200 });
    expect(copy.id).not.toBe(style.id);

    const edited = (
      await ok(server, EDIT, { input: { styleId: style.id, name: 'Linen tunic', description: '', wholesalePriceCents: 5000 } }, admin.token)
    ).editStyle;
    expect(edited).toMatchObject({ name: 'Linen tunic', description: null, wholesalePriceCents: 5000 });

    const deleted = (await ok(server, DELETE, { id: style.id }, admin.token)).deleteStyle;
    expect(deleted.deletedAt).toBeTruthy();
    expect(await listed()).not.toContain(style.id);
    expect(await listed(true)).toContain(style.id);
    expect((await readStyle(style.id)).deletedAt).toBe(deleted.deletedAt);
    // Deleting again changes nothing; a deleted style is no longer edited.
    expect((await ok(server, DELETE, { id: style.id }, admin.token)).deleteStyle.deletedAt).toBe(deleted.deletedAt);
    const late = await run(server, EDIT, { input: { styleId: style.id, name: 'Too late' } }, admin.token);
    expect(refusal(late)).toMatchObject({ code: 'CONFLICT', rule: 'WRONG_STATUS' });

    expect(await auditActions(style.id)).toEqual(['STYLE_CREATED', 'STYLE_UPDATED', 'STYLE_DELETED']);
    expect(await auditActions(copy.id)).toEqual(['STYLE_CREATED']);
  });

  it('refuses a style number already used (even by a deleted style) and malformed input', async () => {
    const style = await addStyle();
    await ok(server, DELETE, { id: style.id }, admin.token);
    const taken = await run(server, ADD, { input: { styleNumber: style.styleNumber, name: 'X', wholesalePriceCents: 1 } }, admin.token);
    expect(refusal(taken)).toMatchObject({ code: 'CONFLICT', field: 'styleNumber' });
    const copied = await run(server, COPY, { styleId: (await addStyle()).id, styleNumber: style.styleNumber }, admin.token);
    expect(refusal(copied)).toMatchObject({ code: 'CONFLICT', field: 'styleNumber' });
    expect(codes(await run(server, ADD, { input: { styleNumber: ' ', name: 'X', wholesalePriceCents: 1 } }, admin.token))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(await run(server, ADD, { input: { styleNumber: `N-${next()}`, name: 'X', wholesalePriceCents: -1 } }, admin.token)),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('sets and clears a UPC of 12 to 14 digits, unique among live styles', async () => {
    const style = await addStyle();
    const upc = String(100_000_000_000 + ++unique);
    expect((await ok(server, SET_UPC, { styleId: style.id, upc }, admin.token)).setStyleUpc.upc).toBe(upc);
    for (const bad of ['12345678901', '123456789012345', '12345678901a']) {
      expect(refusal(await run(server, SET_UPC, { styleId: style.id, upc: bad }, admin.token))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'upc',
      });
    }
    const second = await addStyle();
    expect(refusal(await run(server, SET_UPC, { styleId: second.id, upc }, admin.token))).toMatchObject({ code: 'CONFLICT', field: 'upc' });
    expect((await ok(server, SET_UPC, { styleId: style.id, upc: null }, admin.token)).setStyleUpc.upc).toBeNull();
    expect((await ok(server, SET_UPC, { styleId: second.id, upc }, admin.token)).setStyleUpc.upc).toBe(upc);
    expect(await auditActions(style.id)).toEqual(['STYLE_CREATED', 'STYLE_UPDATED', 'STYLE_UPDATED']);
  });

  it('puts a style in a division of the account and takes it out', async () => {
    const style = await addStyle();
    const division = await createDivision(admin.accountId, 'Menswear');
    const set = (await ok(server, SET_DIVISION, { styleId: style.id, divisionId: division.id }, admin.token)).setStyleDivision;
    expect(set.division).toEqual({ id: division.id, name: 'Menswear' });
    expect((await ok(server, SET_DIVISION, { styleId: style.id, divisionId: null }, admin.token)).setStyleDivision.division).toBeNull();
    const foreign = await createDivision(other.accountId);
    expect(codes(await run(server, SET_DIVISION, { styleId: style.id, divisionId: foreign.id }, admin.token))).toEqual(['NOT_FOUND']);
    expect((await readStyle(style.id)).division).toBeNull();
  });

  it('creates badges, puts them on a style and takes them off', async () => {
    const style = await addStyle();
    const badge = (await ok(server, CREATE_BADGE, { name: `Best Seller ${next()}` }, admin.token)).createStyleBadge;
    expect(refusal(await run(server, CREATE_BADGE, { name: badge.name }, admin.token))).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect((await ok(server, ADD_BADGE, { styleId: style.id, badgeId: badge.id }, admin.token)).addStyleBadge.badges).toEqual([badge]);
    expect((await ok(server, ADD_BADGE, { styleId: style.id, badgeId: badge.id }, admin.token)).addStyleBadge.badges).toEqual([badge]);
    const { styleBadges } = await ok(
      server,
      graphql(`
        query StylesStyleBadges {
          styleBadges {
            id
            name
          }
        }
      `),
      {},
      admin.token,
    );
    expect(styleBadges).toContainEqual(badge);
    expect((await ok(server, REMOVE_BADGE, { styleId: style.id, badgeId: badge.id }, admin.token)).removeStyleBadge.badges).toEqual([]);
    expect(await auditActions(style.id)).toEqual(['STYLE_CREATED', 'STYLE_BADGES_CHANGED', 'STYLE_BADGES_CHANGED']);
  });

  it('sets inventory per size and colour, readable by any member', async () => {
    const style = await addStyle();
    const set = (size: string, colour: string, available: number) =>
      run(server, SET_INVENTORY, { input: { styleId: style.id, size, colour, available } }, admin.token);
    expect((await set('M', 'Navy', 12)).errors).toBeUndefined();
    expect((await set('L', 'Navy', 3)).errors).toBeUndefined();
    expect((await set('M', 'Navy', 10)).errors).toBeUndefined();
    expect(codes(await set('M', 'Navy', -1))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await set('', 'Navy', 1))).toEqual(['BAD_USER_INPUT']);
    const member = await addMember(server, admin, [], 'Nia Nobody');
    expect((await readStyle(style.id, member)).inventory).toEqual([
      { size: 'M', colour: 'Navy', available: 10 },
      { size: 'L', colour: 'Navy', available: 3 },
    ]);
    expect(await auditActions(style.id)).toEqual(['STYLE_CREATED', 'INVENTORY_SET', 'INVENTORY_SET', 'INVENTORY_SET']);
  });
});

describe('style images', () => {
  it('uploads an image and serves its bytes at its url, only to members of the account', async () => {
    const style = await addStyle();
    const response = await upload(style.id, 'image/png', PNG);
    expect(response.errors).toBeUndefined();
    const image = response.data!.uploadStyleImage;
    expect(image).toEqual({ id: image.id, url: `/styles/images/${image.id}`, contentType: 'image/png' });
    expect((await readStyle(style.id)).images).toEqual([image]);

    const served = await getImage(image.url, admin.token);
    expect(served.status).toBe(200);
    expect(served.contentType).toBe('image/png');
    expect(served.bytes.equals(PNG)).toBe(true);
    const member = await addMember(server, admin, [], 'Mia Member');
    expect((await getImage(image.url, member.token)).status).toBe(200);

    expect((await getImage(image.url)).status).toBe(404);
    expect((await getImage(image.url, other.token)).status).toBe(404);
    expect((await getImage(image.url, 'not-a-token')).status).toBe(404);
    expect((await getImage('/styles/images/no-such-image', admin.token)).status).toBe(404);

    for (const [type, bytes] of [
      ['image/jpeg', JPEG],
      ['image/webp', WEBP],
    ] as const) {
      const added = await upload(style.id, type, bytes);
      expect(added.errors).toBeUndefined();
      const got = await getImage(added.data!.uploadStyleImage.url, admin.token);
      expect([got.contentType, got.bytes.equals(bytes)]).toEqual([type, true]);
    }

    const removed = (await ok(server, REMOVE_IMAGE, { imageId: image.id }, admin.token)).removeStyleImage;
    expect(removed.images.map((i: { contentType: string }) => i.contentType)).toEqual(['image/jpeg', 'image/webp']);
    expect((await getImage(image.url, admin.token)).status).toBe(404);
    expect(await auditActions(style.id)).toEqual(['STYLE_CREATED', ...Array(4).fill('STYLE_IMAGES_CHANGED')]);
  });

  it('refuses other types, bytes that are not of the type given, bad base64 and images over 2 MB', async () => {
    const style = await addStyle();
    const field = (response: GraphQLResponse) => [refusal(response)?.code, refusal(response)?.field];
    expect(field(await upload(style.id, 'image/gif', Buffer.from('GIF89a')))).toEqual(['BAD_USER_INPUT', 'contentType']);
    expect(field(await upload(style.id, 'image/png', JPEG))).toEqual(['BAD_USER_INPUT', 'dataBase64']);
    expect(field(await upload(style.id, 'image/jpeg', PNG))).toEqual(['BAD_USER_INPUT', 'dataBase64']);
    expect(field(await upload(style.id, 'image/webp', Buffer.from('RIFF0000WAVE')))).toEqual(['BAD_USER_INPUT', 'dataBase64']);
    expect(
      field(await run(server, UPLOAD, { styleId: style.id, contentType: 'image/png', dataBase64: 'not base64!' }, admin.token)),
    ).toEqual(['BAD_USER_INPUT', 'dataBase64']);
    const big = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024)]);
    expect(field(await upload(style.id, 'image/png', big))).toEqual(['BAD_USER_INPUT', 'dataBase64']);
    const justRight = Buffer.concat([PNG, Buffer.alloc(2 * 1024 * 1024 - PNG.length)]);
    expect((await upload(style.id, 'image/png', justRight)).errors).toBeUndefined();
    expect((await readStyle(style.id)).images).toHaveLength(1);
  });
});

describe('style permissions', () => {
  /**
   * The ALLOW toggles of Styles and Inventory: each operation refused without it, allowed with it.
   * `prepare` makes what the operation needs (as the admin), once per style.
   */
  interface Allow {
    key: string;
    capability: string;
    prepare?: (styleId: string) => Promise<string>;
    run: (token: string, styleId: string, prepared: string) => Promise<GraphQLResponse>;
  }
  const newBadge = async () => (await ok(server, CREATE_BADGE, { name: `Badge ${next()}` }, admin.token)).createStyleBadge.id as string;
  const allows: Allow[] = [
    {
      key: 'ALLOW_EDIT_UPCS',
      capability: 'EDIT_UPCS',
      run: (token, styleId) => run(server, SET_UPC, { styleId, upc: String(990_000_000_000 + ++unique) }, token),
    },
    {
      key: 'ALLOW_EDIT_DIVISIONS',
      capability: 'EDIT_STYLE_DIVISIONS',
      prepare: async () => (await createDivision(admin.accountId)).id,
      run: (token, styleId, divisionId) => run(server, SET_DIVISION, { styleId, divisionId }, token),
    },
    { key: 'ALLOW_EDIT_STYLE_IMAGES', capability: 'EDIT_STYLE_IMAGES', run: (token, styleId) => upload(styleId, 'image/png', PNG, token) },
    {
      key: 'ALLOW_EDIT_STYLE_IMAGES',
      capability: 'EDIT_STYLE_IMAGES',
      prepare: async (styleId) => (await upload(styleId, 'image/png', PNG)).data!.uploadStyleImage.id,
      run: (token, _styleId, imageId) => run(server, REMOVE_IMAGE, { imageId }, token),
    },
    {
      key: 'ALLOW_EDIT_STYLE_BADGES',
      capability: 'EDIT_STYLE_BADGES',
      run: (token) => run(server, CREATE_BADGE, { name: `Badge ${next()}` }, token),
    },
    {
      key: 'ALLOW_EDIT_STYLE_BADGES',
      capability: 'EDIT_STYLE_BADGES',
      prepare: newBadge,
      run: (token, styleId, badgeId) => run(server, ADD_BADGE, { styleId, badgeId }, token),
    },
    {
      key: 'ALLOW_EDIT_STYLE_BADGES',
      capability: 'EDIT_STYLE_BADGES',
      prepare: async (styleId) => {
        const badgeId = await newBadge();
        await ok(server, ADD_BADGE, { styleId, badgeId }, admin.token);
        return badgeId;
      },
      run: (token, styleId, badgeId) => run(server, REMOVE_BADGE, { styleId, badgeId }, token),
    },
    {
      key: 'ALLOW_EDIT_INVENTORY',
      capability: 'EDIT_INVENTORY',
      run: (token, styleId) => run(server, SET_INVENTORY, { input: { styleId, size: 'S', colour: 'Red', available: 5 } }, token),
    },
  ];

  /** What any of these operations could change: the style, and the account's badges. */
  const stateOf = async (styleId: string) => ({
    style: await readStyle(styleId),
    badges: (
      await ok(
        server,
        graphql(`
          query StylesStyleBadges {
            styleBadges {
              id
              name
            }
          }
        `),
        {},
        admin.token,
      )
    ).styleBadges,
  });

  it('refuses each ALLOW operation to a member without the toggle, writing nothing, and allows it with the toggle', async () => {
    const nobody = await addMember(server, admin, [], 'Ned Nobody');
    for (const { key, capability, prepare, run } of allows) {
      const style = await addStyle();
      const prepared = (await prepare?.(style.id)) ?? '';
      const before = await stateOf(style.id);
      const refused = await run(nobody.token, style.id, prepared);
      expect(refusal(refused), key).toMatchObject({ code: 'FORBIDDEN', capability, reason: 'NOT_GRANTED' });
      expect(refusal(refused)?.grantedBy, key).toContain(key);
      expect(await stateOf(style.id), key).toEqual(before);

      const holder = await addMember(server, admin, [key], 'Hal Holder');
      expect((await run(holder.token, style.id, prepared)).errors, key).toBeUndefined();
      expect(await stateOf(style.id), key).not.toEqual(before);

      const another = await addStyle();
      expect((await run(admin.token, another.id, (await prepare?.(another.id)) ?? '')).errors, `full access: ${key}`).toBeUndefined();
    }
  });

  it('lets a member with no permissions add, copy, edit and delete styles (everyday powers)', async () => {
    const nobody = await addMember(server, admin, [], 'Eve Everyday');
    const style = await addStyle(nobody);
    expect((await run(server, COPY, { styleId: style.id, styleNumber: `C-${next()}` }, nobody.token)).errors).toBeUndefined();
    expect((await run(server, EDIT, { input: { styleId: style.id, name: 'Renamed' } }, nobody.token)).errors).toBeUndefined();
    expect((await run(server, DELETE, { id: style.id }, nobody.token)).errors).toBeUndefined();
  });

  it('RESTRICT_ADD_STYLES refuses adding and copying, and only that', async () => {
    const member = await addMember(server, admin, ['RESTRICT_ADD_STYLES'], 'Rae Restricted');
    const source = await addStyle();
    const count = async () => (await ok(server, STYLES, { includeDeleted: true }, admin.token)).styles.totalCount;
    const before = await count();
    for (const response of [
      await run(server, ADD, { input: { styleNumber: `R-${next()}`, name: 'No', wholesalePriceCents: 1 } }, member.token),
      await run(server, COPY, { styleId: source.id, styleNumber: `R-${next()}` }, member.token),
    ]) {
      expect(refusal(response)).toMatchObject({
        code: 'FORBIDDEN',
        capability: 'ADD_STYLES',
        reason: 'RESTRICTED',
        restrictedBy: ['RESTRICT_ADD_STYLES'],
      });
    }
    expect(await count()).toBe(before);
    expect((await run(server, EDIT, { input: { styleId: source.id, name: 'Still editable' } }, member.token)).errors).toBeUndefined();
  });

  it('RESTRICT_DELETE_STYLES refuses deleting, and only that', async () => {
    const member = await addMember(server, admin, ['RESTRICT_DELETE_STYLES'], 'Dee Restricted');
    const style = await addStyle();
    const refused = await run(server, DELETE, { id: style.id }, member.token);
    expect(refusal(refused)).toMatchObject({
      code: 'FORBIDDEN',
      capability: 'DELETE_STYLES',
      reason: 'RESTRICTED',
      restrictedBy: ['RESTRICT_DELETE_STYLES'],
    });
    expect((await readStyle(style.id)).deletedAt).toBeNull();
    expect((await run(server, EDIT, { input: { styleId: style.id, name: 'Edited' } }, member.token)).errors).toBeUndefined();
    expect((await addStyle(member)).id).toBeTruthy();
  });

  it('RESTRICT_EDIT_STYLES refuses editing style data, and only that', async () => {
    const member = await addMember(server, admin, ['RESTRICT_EDIT_STYLES'], 'Ed Restricted');
    const style = await addStyle();
    const refused = await run(server, EDIT, { input: { styleId: style.id, name: 'Nope', wholesalePriceCents: 1 } }, member.token);
    expect(refusal(refused)).toMatchObject({
      code: 'FORBIDDEN',
      capability: 'EDIT_STYLES',
      reason: 'RESTRICTED',
      restrictedBy: ['RESTRICT_EDIT_STYLES'],
    });
    expect(await readStyle(style.id)).toMatchObject({ name: style.name, wholesalePriceCents: style.wholesalePriceCents });
    expect((await run(server, DELETE, { id: style.id }, member.token)).errors).toBeUndefined();
  });

  it("answers another account's styles, images and badges as NOT_FOUND and changes nothing", async () => {
    const style = await addStyle();
    const image = (await upload(style.id, 'image/png', PNG)).data!.uploadStyleImage;
    const badge = (await ok(server, CREATE_BADGE, { name: `Mine ${next()}` }, admin.token)).createStyleBadge;
    const before = await readStyle(style.id);
    const ownStyle = await addStyle(other);
    const attempts = [
      run(server, STYLE_BY_ID, { id: style.id }, other.token),
      run(server, COPY, { styleId: style.id, styleNumber: `X-${next()}` }, other.token),
      run(server, EDIT, { input: { styleId: style.id, name: 'Stolen' } }, other.token),
      run(server, DELETE, { id: style.id }, other.token),
      run(server, SET_UPC, { styleId: style.id, upc: '123456789012' }, other.token),
      run(server, SET_DIVISION, { styleId: style.id, divisionId: null }, other.token),
      upload(style.id, 'image/png', PNG, other.token),
      run(server, REMOVE_IMAGE, { imageId: image.id }, other.token),
      run(server, ADD_BADGE, { styleId: style.id, badgeId: badge.id }, other.token),
      run(server, ADD_BADGE, { styleId: ownStyle.id, badgeId: badge.id }, other.token),
      run(server, REMOVE_BADGE, { styleId: style.id, badgeId: badge.id }, other.token),
      run(server, SET_INVENTORY, { input: { styleId: style.id, size: 'M', colour: 'Red', available: 1 } }, other.token),
    ];
    for (const response of await Promise.all(attempts)) expect(codes(response)).toEqual(['NOT_FOUND']);
    expect(await readStyle(style.id)).toEqual(before);
    expect(await listed(true, other)).toEqual([ownStyle.id]);
    expect(
      (
        await ok(
          server,
          graphql(`
            query StylesStyleBadges2 {
              styleBadges {
                id
              }
            }
          `),
          {},
          other.token,
        )
      ).styleBadges,
    ).toEqual([]);
  });
});

describe('statements per request', () => {
  it('lists styles with their division, images, badges and inventory in the same number of statements for 2 and 12 styles', async () => {
    const owner = await signUp(server, 'Counting', 'Cal Counter');
    const division = await createDivision(owner.accountId);
    const badge = (await ok(server, CREATE_BADGE, { name: 'Counted' }, owner.token)).createStyleBadge;
    const grow = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const style = await addStyle(owner);
        await ok(server, SET_DIVISION, { styleId: style.id, divisionId: division.id }, owner.token);
        await ok(server, ADD_BADGE, { styleId: style.id, badgeId: badge.id }, owner.token);
        await ok(server, SET_INVENTORY, { input: { styleId: style.id, size: 'M', colour: 'Red', available: 1 } }, owner.token);
        expect((await upload(style.id, 'image/png', PNG, owner.token)).errors).toBeUndefined();
      }
    };
    const statements = async () => {
      const before = server.roster.app.db.statements.count;
      const { styles } = await ok(
        server,
        graphql(`
          query StylesStylesRead {
            styles(first: 100) {
              nodes {
                ...StylesStyle
              }
            }
          }
        `),
        {},
        owner.token,
      );
      return { count: server.roster.app.db.statements.count - before, styles: styles.nodes.length };
    };
    await grow(2);
    const few = await statements();
    await grow(10);
    const many = await statements();
    expect([few.styles, many.styles]).toEqual([2, 12]);
    expect(many.count).toBe(few.count);
  });
});
