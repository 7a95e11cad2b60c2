import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, type SignedUp, type TestServer, addMember, codes, signUp, startServer } from '../harness.js';
import type { SaveReportPresetInput } from '../kit/gql/graphql.js';
import { graphql, ok, run } from '../kit/index.js';

let server: TestServer;
let admin: SignedUp;
beforeAll(async () => {
  server = await startServer();
  admin = await signUp(server);
});
afterAll(() => server.close());

type Session = { token: string };

const KPIS = graphql(`
  query ReportsKpis($days: Int, $categories: [String!], $warehouseIds: [ID!]) {
    inventoryKpis(days: $days, categories: $categories, warehouseIds: $warehouseIds) {
      category
      unitsSold
      unitsOnHand
      sellThroughPercent
      inventoryTurnover
      stockValueCents
    }
  }
`);
// What every preset document reads, as a fragment the documents below spread.
graphql(`
  fragment ReportsPresetFields on ReportPreset {
    id
    name
    shared
    filters {
      categories
      warehouseIds
      days
    }
    owner {
      id
      name
    }
  }
`);
const PRESETS = graphql(`
  query ReportsPresets {
    reportPresets {
      ...ReportsPresetFields
    }
  }
`);
const SAVE = graphql(`
  mutation ReportsSave($input: SaveReportPresetInput!) {
    saveReportPreset(input: $input) {
      ...ReportsPresetFields
    }
  }
`);
const SAVE_SHARED = graphql(`
  mutation ReportsSaveShared($input: SaveReportPresetInput!) {
    saveSharedReportPreset(input: $input) {
      ...ReportsPresetFields
    }
  }
`);
const DELETE = graphql(`
  mutation ReportsDelete($id: ID!) {
    deleteReportPreset(id: $id) {
      id
    }
  }
`);
const DELETE_SHARED = graphql(`
  mutation ReportsDeleteShared($id: ID!) {
    deleteSharedReportPreset(id: $id) {
      id
    }
  }
`);
const AUDIT = graphql(`
  query ReportsAudit {
    auditLog(subjectType: ReportPreset) {
      totalCount
      nodes {
        action
        subjectId
        before
        after
      }
    }
  }
`);

const day = (daysAgo: number) => new Date(server.clock.time - daysAgo * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

const SET_STOCK = graphql(`
  mutation ReportsSetStock($input: SetStockLevelInput!) {
    setStockLevel(input: $input) {
      id
    }
  }
`);
const RECORD_SALES = graphql(`
  mutation ReportsRecordSales($input: RecordSalesInput!) {
    recordSales(input: $input) {
      id
    }
  }
`);

/** A product of `category` with one variant costing `costCents`; returns the variant's id. */
async function variant(category: string, costCents: number) {
  const input = { name: category, category, variants: [{ sku: `KPI-${category}`, title: 'One', costCents, priceCents: costCents * 3 }] };
  const data = await ok(
    server,
    graphql(`
      mutation ReportsCreateProduct($input: CreateProductInput!) {
        createProduct(input: $input) {
          variants {
            id
          }
        }
      }
    `),
    { input },
    admin.token,
  );
  return data.createProduct.variants[0]!.id as string;
}

const warehouse = async (name: string) =>
  (
    await ok(
      server,
      graphql(`
        mutation ReportsCreateWarehouse($name: String!) {
          createWarehouse(name: $name) {
            id
          }
        }
      `),
      { name },
      admin.token,
    )
  ).createWarehouse.id as string;
const stock = (variantId: string, warehouseId: string, onHand: number) =>
  ok(server, SET_STOCK, { input: { variantId, warehouseId, onHand } }, admin.token);
const sales = (variantId: string, warehouseId: string, daysAgo: number, units: number) =>
  ok(server, RECORD_SALES, { input: { variantId, warehouseId, day: day(daysAgo), units } }, admin.token);

let main: string;
let overflow: string;

describe('Inventory KPIs', () => {
  beforeAll(async () => {
    main = await warehouse('Main');
    overflow = await warehouse('Overflow');
    const shirt = await variant('Shirts', 1000);
    const sock = await variant('Socks', 200);
    const hat = await variant('Hats', 500);
    await stock(shirt, main, 30);
    await stock(shirt, overflow, 10);
    await stock(sock, main, 50);
    await sales(shirt, main, 0, 10);
    await sales(shirt, main, 5, 10);
    await sales(shirt, main, 40, 100);
    await sales(sock, main, 0, 50);
    await sales(hat, main, 29, 5);
  });

  const kpis = async (variables: Record<string, unknown> = {}) => (await ok(server, KPIS, variables, admin.token)).inventoryKpis;

  it('per category over the last 30 days: sell-through, turnover at cost and stock value', async () => {
    expect(await kpis()).toEqual([
      // Sold and never stocked: everything sold through; no stock value, so no turnover.
      { category: 'Hats', unitsSold: 5, unitsOnHand: 0, sellThroughPercent: 100, inventoryTurnover: null, stockValueCents: 0 },
      // 20 / (20 + 40) × 100; cost of sales 20 × 1000 / stock value 40 × 1000. The sale 40 days ago is outside.
      {
        category: 'Shirts',
        unitsSold: 20,
        unitsOnHand: 40,
        sellThroughPercent: (20 / 60) * 100,
        inventoryTurnover: 0.5,
        stockValueCents: 40000,
      },
      { category: 'Socks', unitsSold: 50, unitsOnHand: 50, sellThroughPercent: 50, inventoryTurnover: 1, stockValueCents: 10000 },
    ]);
  });

  it('over another window, and filtered by category or warehouse', async () => {
    const sixty = await kpis({ days: 60, categories: ['Shirts'] });
    expect(sixty).toEqual([
      { category: 'Shirts', unitsSold: 120, unitsOnHand: 40, sellThroughPercent: 75, inventoryTurnover: 3, stockValueCents: 40000 },
    ]);
    // Yesterday and today: the hats sold 29 days ago drop out.
    expect((await kpis({ days: 2 })).map((row: { category: string }) => row.category)).toEqual(['Shirts', 'Socks']);
    expect(await kpis({ warehouseIds: [overflow] })).toEqual([
      { category: 'Shirts', unitsSold: 0, unitsOnHand: 10, sellThroughPercent: 0, inventoryTurnover: 0, stockValueCents: 10000 },
    ]);
  });

  it('days run from 1 to 365', async () => {
    for (const days of [0, 366]) {
      const response = await run(server, KPIS, { days }, admin.token);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
    }
  });

  it('needs INVENTORY_KPIS', async () => {
    const buyer = await addMember(server, admin, ['OVERVIEW', 'OPEN_TO_BUY', 'MODIFY_SHARED_PRESETS'], 'Bo Buyer');
    const response = await run(server, KPIS, {}, buyer.token);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', capability: 'REPORTS', reason: 'NOT_GRANTED' });
  });
});

describe('report presets', () => {
  let analyst: SignedUp;
  let colleague: SignedUp;
  let curator: SignedUp;
  let modifierOnly: SignedUp;
  beforeAll(async () => {
    analyst = await addMember(server, admin, ['INVENTORY_KPIS'], 'Ana Analyst');
    colleague = await addMember(server, admin, ['INVENTORY_KPIS'], 'Cole Colleague');
    curator = await addMember(server, admin, ['INVENTORY_KPIS', 'MODIFY_SHARED_PRESETS'], 'Cora Curator');
    modifierOnly = await addMember(server, admin, ['MODIFY_SHARED_PRESETS'], 'Mo Modifier');
  });

  const save = (by: Session, input: Record<string, unknown>, query: typeof SAVE | typeof SAVE_SHARED = SAVE) =>
    run(server, query as TypedDocumentNode<any, { input: SaveReportPresetInput }>, { input: input as SaveReportPresetInput }, by.token);
  const presets = async (by: Session) => (await ok(server, PRESETS, {}, by.token)).reportPresets as Array<{ id: string; name: string }>;
  const auditCount = async () => (await ok(server, AUDIT, {}, admin.token)).auditLog.totalCount as number;
  const expectForbidden = (response: GraphQLResponse, extensions: Record<string, unknown>) => {
    expect(codes(response), JSON.stringify(response.errors)).toEqual(['FORBIDDEN']);
    expect(response.errors![0]!.extensions).toMatchObject(extensions);
  };

  it('a private preset is its owner’s alone: others neither see nor change it (NOT_FOUND)', async () => {
    const created = await save(analyst, { name: ' My shirts ', filters: { categories: ['Shirts', ' Shirts '], days: 14 } });
    expect(created.errors).toBeUndefined();
    const preset = created.data.saveReportPreset;
    expect(preset).toMatchObject({
      name: 'My shirts',
      shared: false,
      filters: { categories: ['Shirts'], warehouseIds: [], days: 14 },
      owner: { id: analyst.userId, name: 'Ana Analyst' },
    });
    const renamed = await save(analyst, { id: preset.id, name: 'Shirts, two weeks', filters: { warehouseIds: [main] } });
    expect(renamed.data.saveReportPreset).toMatchObject({ id: preset.id, filters: { categories: [], warehouseIds: [main], days: 30 } });

    expect((await presets(colleague)).map((p) => p.id)).not.toContain(preset.id);
    const before = await auditCount();
    expect(codes(await save(colleague, { id: preset.id, name: 'Mine now', filters: {} }))).toEqual(['NOT_FOUND']);
    expect(codes(await run(server, DELETE, { id: preset.id }, colleague.token))).toEqual(['NOT_FOUND']);
    // Even with "Modify shared presets", and through the shared mutations.
    expect(codes(await save(curator, { id: preset.id, name: 'Mine now', filters: {} }))).toEqual(['NOT_FOUND']);
    expect(codes(await run(server, DELETE_SHARED, { id: preset.id }, admin.token))).toEqual(['NOT_FOUND']);
    expect(await auditCount()).toBe(before);
    expect((await presets(analyst)).find((p) => p.id === preset.id)?.name).toBe('Shirts, two weeks');

    expect((await run(server, DELETE, { id: preset.id }, analyst.token)).errors).toBeUndefined();
    expect((await presets(analyst)).map((p) => p.id)).not.toContain(preset.id);
    const log = (await ok(server, AUDIT, {}, admin.token)).auditLog;
    expect(
      log.nodes.filter((entry: { subjectId: string }) => entry.subjectId === preset.id).map((entry: { action: string }) => entry.action),
    ).toEqual(['REPORT_PRESET_DELETED', 'REPORT_PRESET_SAVED', 'REPORT_PRESET_SAVED']);
  });

  it('shared presets: everyone with reports reads them; changing them needs MODIFY_SHARED_PRESETS together with reports', async () => {
    const created = await save(curator, { name: 'Team socks', filters: { categories: ['Socks'] } }, SAVE_SHARED);
    expect(created.errors).toBeUndefined();
    const shared = created.data.saveSharedReportPreset;
    expect(shared).toMatchObject({ shared: true, owner: { id: curator.userId } });
    for (const reader of [analyst, colleague, admin]) expect((await presets(reader)).map((p) => p.id)).toContain(shared.id);

    const before = { presets: await presets(admin), audit: await auditCount() };
    const change = { id: shared.id, name: 'Hijacked', filters: {} };
    // INVENTORY_KPIS alone: not granted, whichever mutation is used.
    const notGranted = { capability: 'MODIFY_SHARED_PRESETS', reason: 'NOT_GRANTED' };
    expectForbidden(await save(analyst, change, SAVE_SHARED), notGranted);
    expectForbidden(await save(analyst, { name: 'New shared', filters: {} }, SAVE_SHARED), notGranted);
    expectForbidden(await save(analyst, change), notGranted);
    expectForbidden(await run(server, DELETE, { id: shared.id }, analyst.token), notGranted);
    expectForbidden(await run(server, DELETE_SHARED, { id: shared.id }, analyst.token), notGranted);
    // MODIFY_SHARED_PRESETS alone counts for nothing.
    const dormant = { capability: 'MODIFY_SHARED_PRESETS', reason: 'REQUIRES_OTHER_CAPABILITY' };
    expectForbidden(await save(modifierOnly, change, SAVE_SHARED), dormant);
    expectForbidden(await run(server, DELETE_SHARED, { id: shared.id }, modifierOnly.token), dormant);
    expectForbidden(await run(server, PRESETS, {}, modifierOnly.token), { capability: 'REPORTS', reason: 'NOT_GRANTED' });
    expect({ presets: await presets(admin), audit: await auditCount() }).toEqual(before);

    // Both: through either mutation; a shared preset stays shared.
    const renamed = await save(curator, { ...change, name: 'Team socks, 90 days', filters: { categories: ['Socks'], days: 90 } });
    expect(renamed.data?.saveReportPreset).toMatchObject({ id: shared.id, shared: true, filters: { days: 90 } });
    expect((await run(server, DELETE_SHARED, { id: shared.id }, curator.token)).errors).toBeUndefined();
    expect((await presets(analyst)).map((p) => p.id)).not.toContain(shared.id);
  });

  it('checks filters: days from 1 to 365, category names, warehouses of the account', async () => {
    const other = await signUp(server, 'Other', 'Olga Other');
    const foreign = (
      await ok(
        server,
        graphql(`
          mutation ReportsCreateWarehouse2 {
            createWarehouse(name: "Theirs") {
              id
            }
          }
        `),
        {},
        other.token,
      )
    ).createWarehouse.id;
    const before = await auditCount();
    const field = async (filters: Record<string, unknown>) => {
      const response = await save(analyst, { name: 'Bad', filters });
      return [codes(response)[0], response.errors?.[0]?.extensions?.field];
    };
    expect(await field({ days: 0 })).toEqual(['BAD_USER_INPUT', 'filters.days']);
    expect(await field({ days: 366 })).toEqual(['BAD_USER_INPUT', 'filters.days']);
    expect(await field({ categories: ['Shirts', '  '] })).toEqual(['BAD_USER_INPUT', 'filters.categories[1]']);
    expect(await field({ warehouseIds: [main, foreign] })).toEqual(['NOT_FOUND', undefined]);
    expect(await auditCount()).toBe(before);
  });
});
