import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandSettings } from '../../src/modules/brand/tables.js';
import { type GraphQLResponse, type SignedUp, type TestServer, addMember, codes, signUp, startServer } from '../harness.js';
import type { InventoryVisibility } from '../kit/gql/graphql.js';
import { graphql, ok, run } from '../kit/index.js';

let server: TestServer;
let admin: SignedUp;
/** A member invited with no permissions: only the everyday capabilities. */
let plain: SignedUp;
/** Another account. */
let other: SignedUp;
beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server, 'Acme');
  other = await signUp(server, 'Globex', 'Olga Other');
  plain = await addMember(server, admin, [], 'Pat Plain');
});
afterAll(() => server.close());

// What every settings document reads, as a fragment the documents below spread.
graphql(`
  fragment BrandSettingsFields on BrandSettings {
    legalName
    website
    contactEmail
    about
    multipleDivisionsPerOrder
    inventoryVisibility
    inventoryDisplay
  }
`);
const SETTINGS = graphql(`
  query BrandSettings {
    brandSettings {
      ...BrandSettingsFields
      paymentAccount
    }
  }
`);
const UPDATE_INFO = graphql(`
  mutation BrandUpdateInfo($input: BrandInformationInput!) {
    updateBrandInformation(input: $input) {
      ...BrandSettingsFields
    }
  }
`);
const UPDATE_DIVISIONS = graphql(`
  mutation BrandUpdateDivisions($on: Boolean!) {
    updateDivisionSettings(multipleDivisionsPerOrder: $on) {
      ...BrandSettingsFields
    }
  }
`);
const UPDATE_INVENTORY = graphql(`
  mutation BrandUpdateInventory($input: InventorySettingsInput!) {
    updateInventorySettings(input: $input) {
      ...BrandSettingsFields
    }
  }
`);
const CONNECT = graphql(`
  mutation BrandConnect($id: String) {
    connectPaymentAccount(stripeAccountId: $id) {
      paymentAccount
    }
  }
`);

/** The option lists: their query, mutation, fields, a valid input and the permission that edits them. */
const LISTS = [
  {
    query: 'companyNumbers',
    save: 'saveCompanyNumber',
    fields: 'label number',
    input: (n: string) => ({ label: 'VAT', number: `GB${n}` }),
  },
  { query: 'customerGroups', save: 'saveCustomerGroup', fields: 'name', input: (n: string) => ({ name: `Group ${n}` }) },
  {
    query: 'discountOptions',
    save: 'saveDiscountOption',
    fields: 'name percent',
    input: (n: string) => ({ name: `Discount ${n}`, percent: 10 }),
  },
  { query: 'divisions', save: 'saveDivision', fields: 'name', input: (n: string) => ({ name: `Division ${n}` }) },
] as const;
type List = (typeof LISTS)[number];

const saveMutation = (list: List) =>
  `mutation ($input: Save${list.save.slice(4)}Input!) { ${list.save}(input: $input) { id ${list.fields} } }`;
const save = (list: List, input: Record<string, unknown>, token = admin.token) => server.gql(saveMutation(list), { input }, token);
const listOf = async (list: List, token = admin.token) =>
  (await server.ok(`{ ${list.query} { id ${list.fields} } }`, {}, token))[list.query];

let counter = 0;
const unique = () => `${process.pid}-${++counter}`;

const settings = async (token = admin.token) => (await ok(server, SETTINGS, {}, token)).brandSettings;

/** The audit entries about the account, newest first. */
async function accountAudit(owner: SignedUp = admin) {
  const { auditLog } = await ok(
    server,
    graphql(`
      query BrandAuditLog($id: ID!) {
        auditLog(subjectId: $id, first: 100) {
          nodes {
            action
            before
            after
          }
        }
      }
    `),
    { id: owner.accountId },
    owner.token,
  );
  return auditLog.nodes as Array<{ action: string; before: unknown; after: unknown }>;
}

const auditCount = async () =>
  (
    await ok(
      server,
      graphql(`
        query BrandAuditLog2 {
          auditLog {
            totalCount
          }
        }
      `),
      {},
      admin.token,
    )
  ).auditLog.totalCount as number;

/** Everything the mutations of this area can write, as the admin reads it. */
const snapshot = async () => ({
  settings: await settings(),
  lists: await Promise.all(LISTS.map((list) => listOf(list))),
  audit: await auditCount(),
});

const refusal = (response: GraphQLResponse) => response.errors?.[0]?.extensions;

describe('brand settings', () => {
  it('reads the defaults before any change, without writing a row', async () => {
    expect(await settings(other.token)).toEqual({
      legalName: null,
      website: null,
      contactEmail: null,
      about: null,
      multipleDivisionsPerOrder: false,
      inventoryVisibility: 'CONNECTED_RETAILERS',
      inventoryDisplay: 'IN_STOCK_OR_NOT',
      paymentAccount: null,
    });
    const rows = await server.roster.app.db.read.select().from(brandSettings).where(eq(brandSettings.accountId, other.accountId));
    expect(rows).toEqual([]);
  });

  it('updateBrandInformation writes and audits only what changed; null clears, left out stays', async () => {
    const first = await ok(
      server,
      UPDATE_INFO,
      { input: { legalName: 'Acme Ltd', website: 'https://acme.example.com', contactEmail: 'Hello@Acme.example.com', about: 'Linen' } },
      admin.token,
    );
    expect(first.updateBrandInformation).toMatchObject({
      legalName: 'Acme Ltd',
      website: 'https://acme.example.com',
      contactEmail: 'hello@acme.example.com',
      about: 'Linen',
    });
    const second = await ok(
      server,
      UPDATE_INFO,
      { input: { legalName: 'Acme Ltd', website: 'http://acme.example.org', about: null } },
      admin.token,
    );
    expect(second.updateBrandInformation).toMatchObject({
      legalName: 'Acme Ltd',
      website: 'http://acme.example.org',
      contactEmail: 'hello@acme.example.com',
      about: null,
    });
    const [latest] = await accountAudit();
    expect(latest).toEqual({
      action: 'BRAND_SETTINGS_UPDATED',
      before: { website: 'https://acme.example.com', about: 'Linen' },
      after: { website: 'http://acme.example.org', about: null },
    });

    const entries = (await accountAudit()).length;
    await ok(server, UPDATE_INFO, { input: { legalName: 'Acme Ltd' } }, admin.token);
    expect((await accountAudit()).length).toBe(entries);
    // Another account's settings are its own.
    expect((await settings(other.token)).legalName).toBeNull();
  });

  it.each([
    ['contactEmail', 'not an email'],
    ['website', 'acme.example.com'],
    ['website', 'ftp://acme.example.com'],
    ['website', 'javascript:alert(1)'],
    ['website', 'https://localhost'],
    ['legalName', '   '],
  ])('refuses %s %j (BAD_USER_INPUT naming the field) and writes nothing', async (field, value) => {
    const before = await snapshot();
    const response = await run(server, UPDATE_INFO, { input: { [field]: value } }, admin.token);
    expect(refusal(response)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshot()).toEqual(before);
  });

  it('updateDivisionSettings and updateInventorySettings change and audit their settings', async () => {
    const divisions = await ok(server, UPDATE_DIVISIONS, { on: true }, admin.token);
    expect(divisions.updateDivisionSettings.multipleDivisionsPerOrder).toBe(true);
    expect((await accountAudit())[0]).toEqual({
      action: 'DIVISION_SETTINGS_UPDATED',
      before: { multipleDivisionsPerOrder: false },
      after: { multipleDivisionsPerOrder: true },
    });

    const inventory = await ok(server, UPDATE_INVENTORY, { input: { display: 'EXACT_UNITS' } }, admin.token);
    expect(inventory.updateInventorySettings).toMatchObject({
      inventoryVisibility: 'CONNECTED_RETAILERS',
      inventoryDisplay: 'EXACT_UNITS',
    });
    expect((await accountAudit())[0]).toEqual({
      action: 'INVENTORY_SETTINGS_UPDATED',
      before: { inventoryDisplay: 'IN_STOCK_OR_NOT' },
      after: { inventoryDisplay: 'EXACT_UNITS' },
    });
    const invalid = await run(server, UPDATE_INVENTORY, { input: { visibility: 'EVERYONE' as InventoryVisibility } }, admin.token);
    expect(codes(invalid)).toEqual(['BAD_USER_INPUT']);
  });

  it('connectPaymentAccount connects a Stripe account, refuses a malformed id, and null disconnects', async () => {
    const id = 'acct_1AbCdEfGhIjKlMnOp';
    expect((await ok(server, CONNECT, { id }, admin.token)).connectPaymentAccount.paymentAccount).toBe(id);
    expect((await accountAudit())[0]).toEqual({
      action: 'PAYMENT_ACCOUNT_CONNECTED',
      before: { stripeAccountId: null },
      after: { stripeAccountId: id },
    });

    for (const bad of ['acct_123', 'cus_1AbCdEfGhIjKlMnOp', 'acct_1AbCdEfGhIjKlMn-p']) {
      const response = await run(server, CONNECT, { id: bad }, admin.token);
      expect(refusal(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stripeAccountId' });
    }
    expect((await settings()).paymentAccount).toBe(id);

    expect((await ok(server, CONNECT, { id: null }, admin.token)).connectPaymentAccount.paymentAccount).toBeNull();
    expect((await accountAudit())[0]).toMatchObject({ action: 'PAYMENT_ACCOUNT_CONNECTED', after: { stripeAccountId: null } });
    await ok(server, CONNECT, { id }, admin.token);
  });

  it('paymentAccount is null with FORBIDDEN at its path for a member without payment settings; the rest resolves', async () => {
    await ok(server, CONNECT, { id: 'acct_9ZyXwVuTsRqPoNmLk' }, admin.token);
    const response = await run(server, SETTINGS, {}, plain.token);
    expect(response.data!.brandSettings).toMatchObject({ legalName: 'Acme Ltd', multipleDivisionsPerOrder: true, paymentAccount: null });
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0]!.path).toEqual(['brandSettings', 'paymentAccount']);
    expect(response.errors![0]!.extensions).toMatchObject({
      code: 'FORBIDDEN',
      capability: 'MANAGE_PAYMENTS_SETTINGS',
      reason: 'NOT_GRANTED',
      grantedBy: expect.arrayContaining(['ALLOW_MANAGE_PAYMENTS_SETTINGS']),
    });

    const payments = await addMember(server, admin, ['ALLOW_MANAGE_PAYMENTS_SETTINGS'], 'Pia Payments');
    expect(await run(server, SETTINGS, {}, payments.token)).toMatchObject({
      errors: undefined,
      data: { brandSettings: { paymentAccount: 'acct_9ZyXwVuTsRqPoNmLk' } },
    });
  });
});

describe('option lists', () => {
  it.each(LISTS)(
    '$save adds and edits; $query lists the account’s own, oldest first; each save is audited with what changed',
    async (list) => {
      const original = list.input(unique());
      const a = await save(list, original);
      const b = await save(list, list.input(unique()));
      expect(a.errors).toBeUndefined();
      const ids = [a.data[list.save].id, b.data[list.save].id];
      expect((await listOf(list)).slice(-2).map((row: { id: string }) => row.id)).toEqual(ids);

      const changed: Record<string, unknown> = list.input(unique());
      const edited = await save(list, { ...changed, id: ids[0] });
      expect(edited.data[list.save]).toEqual({ id: ids[0], ...changed });
      const changedKeys = Object.keys(changed).filter((key) => changed[key] !== (original as Record<string, unknown>)[key]);
      const pick = (from: Record<string, unknown>) => Object.fromEntries(changedKeys.map((key) => [key, from[key]]));
      const auditOf = async (id: string) =>
        (
          await ok(
            server,
            graphql(`
              query BrandAuditLog3($id: ID!) {
                auditLog(subjectId: $id) {
                  nodes {
                    action
                    before
                    after
                  }
                }
              }
            `),
            { id },
            admin.token,
          )
        ).auditLog.nodes;
      const action = `${list.save
        .slice(4)
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .toUpperCase()}_SAVED`;
      expect(await auditOf(ids[0])).toEqual([
        { action, before: pick(original), after: pick(changed) },
        { action, before: null, after: original },
      ]);

      // Saving the same values again writes and audits nothing.
      await save(list, { ...changed, id: ids[0] });
      expect(await auditOf(ids[0])).toHaveLength(2);
      expect(await listOf(list, other.token)).not.toContainEqual(expect.objectContaining({ id: ids[0] }));
    },
  );

  it.each(LISTS.filter((list) => list.query !== 'companyNumbers'))(
    '$save refuses a name the account already uses (CONFLICT)',
    async (list) => {
      const input = list.input(unique());
      const first = await save(list, input);
      expect(first.errors).toBeUndefined();
      expect(refusal(await save(list, input))).toMatchObject({ code: 'CONFLICT', field: 'name' });
      const second = await save(list, list.input(unique()));
      expect(refusal(await save(list, { ...input, id: second.data[list.save].id }))).toMatchObject({ code: 'CONFLICT', field: 'name' });
      // The same name in another account is fine.
      expect((await save(list, input, other.token)).errors).toBeUndefined();
    },
  );

  it.each([
    [LISTS[2], { name: 'Too much', percent: 101 }, 'percent'],
    [LISTS[2], { name: 'Negative', percent: -1 }, 'percent'],
    [LISTS[1], { name: ' ' }, 'name'],
    [LISTS[0], { label: 'VAT', number: 'x'.repeat(65) }, 'number'],
  ] as const)('%#: refuses invalid input (BAD_USER_INPUT naming the field) and writes nothing', async (list, input, field) => {
    const before = await snapshot();
    expect(refusal(await save(list, input))).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await snapshot()).toEqual(before);
  });

  it.each(LISTS)('$save answers NOT_FOUND for another account’s id and changes nothing', async (list) => {
    const theirs = (await save(list, list.input(unique()), other.token)).data[list.save];
    const response = await save(list, { ...list.input(unique()), id: theirs.id });
    expect(codes(response)).toEqual(['NOT_FOUND']);
    expect(await listOf(list, other.token)).toContainEqual(theirs);
    expect(codes(await save(list, { ...list.input(unique()), id: 'no-such-id' }))).toEqual(['NOT_FOUND']);
  });
});

describe('capabilities', () => {
  interface Operation {
    name: string;
    capability: string;
    allow: string;
    run: (token: string) => Promise<GraphQLResponse>;
  }
  const flip = async () => !(await settings()).multipleDivisionsPerOrder;
  const otherVisibility = async () => ((await settings()).inventoryVisibility === 'NOBODY' ? 'ALL_RETAILERS' : 'NOBODY');
  const stripeId = () => `acct_${'0'.repeat(16)}${++counter}`;

  const operations: Operation[] = [
    {
      name: 'updateBrandInformation',
      capability: 'EDIT_BRAND_SETTINGS',
      allow: 'ALLOW_EDIT_BRAND_SETTINGS',
      run: (token) => run(server, UPDATE_INFO, { input: { about: `About ${unique()}` } }, token),
    },
    {
      name: 'updateDivisionSettings',
      capability: 'EDIT_DIVISION_OPTIONS',
      allow: 'ALLOW_EDIT_DIVISION_OPTIONS',
      run: async (token) => run(server, UPDATE_DIVISIONS, { on: await flip() }, token),
    },
    {
      name: 'updateInventorySettings',
      capability: 'EDIT_INVENTORY_SETTINGS',
      allow: 'ALLOW_EDIT_INVENTORY_SETTINGS',
      run: async (token) => run(server, UPDATE_INVENTORY, { input: { visibility: await otherVisibility() } }, token),
    },
    {
      name: 'connectPaymentAccount',
      capability: 'MANAGE_PAYMENTS_SETTINGS',
      allow: 'ALLOW_MANAGE_PAYMENTS_SETTINGS',
      run: (token) => run(server, CONNECT, { id: stripeId() }, token),
    },
    ...LISTS.map((list, index) => ({
      name: list.save,
      capability: ['EDIT_COMPANY_NUMBERS', 'EDIT_CUSTOMER_GROUPS', 'EDIT_DISCOUNT_OPTIONS', 'EDIT_DIVISION_OPTIONS'][index]!,
      allow: ['ALLOW_EDIT_COMPANY_NUMBERS', 'ALLOW_EDIT_CUSTOMER_GROUPS', 'ALLOW_EDIT_DISCOUNT_OPTIONS', 'ALLOW_EDIT_DIVISION_OPTIONS'][
        index
      ]!,
      run: (token: string) => save(list, list.input(unique()), token),
    })),
  ];

  it.each(operations)('$name is refused to a member without $allow (NOT_GRANTED) and writes nothing', async (operation) => {
    const before = await snapshot();
    const response = await operation.run(plain.token);
    expect(response.data?.[operation.name] ?? null).toBeNull();
    expect(refusal(response)).toMatchObject({
      code: 'FORBIDDEN',
      capability: operation.capability,
      reason: 'NOT_GRANTED',
      grantedBy: expect.arrayContaining(['FULL_ACCESS', operation.allow]),
    });
    expect(await snapshot()).toEqual(before);
  });

  it.each(operations)('$name is allowed with $allow alone, and audited', async (operation) => {
    const member = await addMember(server, admin, [operation.allow], 'Al Allowed');
    const before = await auditCount();
    const response = await operation.run(member.token);
    expect(response.errors).toBeUndefined();
    expect(response.data[operation.name]).toBeTruthy();
    expect(await auditCount()).toBe(before + 1);
  });

  it.each(operations)('$name is allowed with full access', async (operation) => {
    expect((await operation.run(admin.token)).errors).toBeUndefined();
  });

  it('every member reads the settings and the lists', async () => {
    const response = await run(
      server,
      graphql(`
        query BrandEverything {
          brandSettings {
            ...BrandSettingsFields
          }
          companyNumbers {
            id
          }
          customerGroups {
            id
          }
          discountOptions {
            id
          }
          divisions {
            id
          }
        }
      `),
      {},
      plain.token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.divisions.length).toBeGreaterThan(0);
  });
});
