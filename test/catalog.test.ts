import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capabilities, capabilityKeys } from '../src/modules/permissions/capabilities.js';
import { catalog } from '../src/modules/permissions/catalog.js';
import { type TestServer, startServer } from './harness.js';
import { graphql, ok } from './kit/index.js';

// test/seeds holds verbatim copies of the two help pages (../shared/seeds): the catalog must
// contain every row of both tables with its exact name and description.
const seed = (name: string) => readFileSync(new URL(`./seeds/${name}`, import.meta.url), 'utf8');

const joorRows = () =>
  seed('joor-user-permissions.txt')
    .split('\n')
    .map((line) => line.split(' | '))
    .filter((cells) => cells.length === 3 && cells[0] !== 'Type')
    .map(([type, name, description]) => ({ type: type!, name: name!, description: description!.replace(/ \|$/, '') }));

/** Inventory Planner's table: a row starts with "Name | first line of access"; later lines continue it. */
const inventoryPlannerRows = () => {
  const text = seed('inventory-planner-users-and-permissions.txt');
  const table = text.slice(text.indexOf('Permission | Access |') + 'Permission | Access |'.length, text.indexOf('Note that all users'));
  const rows: Array<{ name: string; lines: string[] }> = [];
  for (const line of table
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l !== '|')) {
    const cells = line.split(' | ');
    if (cells.length > 1) rows.push({ name: cells[0]!, lines: [cells[1]!.replace(/ ?\|$/, '')] });
    else rows.at(-1)!.lines.push(line.replace(/ ?\|$/, ''));
  }
  return rows;
};

const categoryOf = {
  Account: 'ACCOUNT',
  Connections: 'CONNECTIONS',
  Inventory: 'INVENTORY',
  Linesheet: 'LINESHEET',
  Orders: 'ORDERS',
  Styles: 'STYLES',
} as const;

describe('the permission catalog', () => {
  it('has all 56 JOOR toggles with their exact type, name and description', () => {
    const rows = joorRows();
    expect(rows).toHaveLength(56);
    const joor = catalog.filter((entry) => entry.source === 'JOOR');
    expect(joor).toHaveLength(56);
    for (const row of rows) {
      const entry = joor.find((e) => e.name === row.name && e.category === categoryOf[row.type as keyof typeof categoryOf]);
      expect(entry, `${row.type} | ${row.name}`).toBeDefined();
      expect(entry!.seedDescription).toBe(row.description);
      const expectedKind = row.name.startsWith('Restrict') ? 'RESTRICT' : row.name.startsWith('Enable Geographic') ? 'SCOPE' : 'ALLOW';
      expect(entry!.kind, row.name).toBe(expectedKind);
    }
  });

  it("has all 8 of Inventory Planner's permission sets, each with the seed's access list", () => {
    const rows = inventoryPlannerRows();
    expect(rows.map((r) => r.name)).toEqual([
      'Full access',
      'Overview',
      'Replenishment',
      'Purchase orders',
      'Open-to-Buy',
      'Overstock',
      'Inventory KPIs',
      'Modify shared presets',
    ]);
    const sets = catalog.filter((entry) => entry.source === 'INVENTORY_PLANNER');
    expect(sets.map((s) => s.name)).toEqual(rows.map((r) => r.name));
    for (const row of rows) {
      const entry = sets.find((s) => s.name === row.name)!;
      expect(entry.kind).toBe('PERMISSION_SET');
      for (const line of row.lines) expect(entry.seedDescription, row.name).toContain(line);
    }
  });

  it('gives every entry a unique stable key and a description of its own', () => {
    const keys = catalog.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of catalog) {
      expect(entry.key).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(entry.description, entry.key).not.toBe('Same as above');
    }
    // The seed's inconsistencies are resolved, and the decision recorded.
    const editInventory = catalog.find((e) => e.key === 'ALLOW_EDIT_INVENTORY')!;
    expect(editInventory.description).toBe('User can add and edit inventory');
    expect(editInventory.note).toMatch(/cannot add or edit inventory/);
  });

  it('acts on capabilities consistently with its kinds', () => {
    for (const entry of catalog) {
      for (const capability of [...entry.grants, ...entry.removes]) expect(capabilityKeys).toContain(capability);
      if (entry.kind === 'ALLOW') {
        expect(entry.grants.length, entry.key).toBeGreaterThan(0);
        for (const c of entry.grants) expect(capabilities[c], `${entry.key} grants ${c}`).not.toHaveProperty('everyMember');
      }
      if (entry.kind === 'RESTRICT') {
        expect(entry.grants).toEqual([]);
        expect(entry.removes.length, entry.key).toBeGreaterThan(0);
        for (const c of entry.removes) expect(capabilities[c], `${entry.key} removes ${c}`).toHaveProperty('everyMember', true);
      }
      if (entry.kind === 'SCOPE') expect(entry.narrows).not.toBeNull();
    }
    // Every capability can be reached: granted by an entry or held by every member.
    for (const capability of capabilityKeys) {
      const reachable =
        'everyMember' in capabilities[capability] || catalog.some((e) => e.key !== 'FULL_ACCESS' && e.grants.includes(capability));
      expect(reachable || ['billing', 'settings'].includes(capability), capability).toBe(true);
    }
  });
});

describe('permissionCatalog over GraphQL', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('is public and returns every entry, generated from the same list as the PermissionKey enum', async () => {
    const data = await ok(
      server,
      graphql(`
        query CatalogPermissionCatalog {
          permissionCatalog {
            key
            name
            description
            seedDescription
            category
            kind
            grants
            removes
            narrows
            source
          }
          __type(name: "PermissionKey") {
            enumValues {
              name
            }
          }
        }
      `),
      {},
    );
    expect(data.permissionCatalog).toHaveLength(64);
    expect(data.permissionCatalog.map((e: any) => e.key)).toEqual(catalog.map((e) => e.key));
    expect(data.__type!.enumValues!.map((v: any) => v.name).sort()).toEqual(catalog.map((e) => e.key).sort());
    expect(data.permissionCatalog.find((e: any) => e.key === 'REPLENISHMENT')).toMatchObject({
      name: 'Replenishment',
      kind: 'PERMISSION_SET',
      category: 'PERMISSION_SETS',
      grants: ['REPLENISHMENT', 'EDIT_FORECAST', 'CATALOG', 'COMPARE_WAREHOUSES'],
    });
    expect(data.permissionCatalog.find((e: any) => e.key === 'RESTRICT_MOVE_PRODUCTS')).toMatchObject({
      name: 'Restrict Move Products',
      kind: 'RESTRICT',
      category: 'ORDERS',
      removes: ['MERGE_ORDERS'],
    });
    expect(data.permissionCatalog.find((e: any) => e.key === 'ENABLE_GEOGRAPHIC_PERMISSIONS')).toMatchObject({
      kind: 'SCOPE',
      narrows: 'CONNECTIONS_BY_REGION',
    });
  });
});
