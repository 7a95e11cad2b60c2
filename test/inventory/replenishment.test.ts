import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kit } from '../kit/index.js';
import * as op from '../kit/operations.js';

// Replenishment, compare warehouses, overstock and the overview, computed from one catalog.
let kit: Kit;
const ids = { north: '', south: '', vendor: '', shirt: '', socks: '' };
const day = (daysAgo: number) => new Date(kit.server.clock.time - daysAgo * 86_400_000).toISOString().slice(0, 10);
const sell = (variantId: string, warehouseId: string, daysAgo: number, units: number) =>
  kit.ok(op.RecordSales, { input: { variantId, warehouseId, day: day(daysAgo), units } });
const stock = (variantId: string, warehouseId: string, onHand: number) =>
  kit.ok(op.SetStockLevel, { input: { variantId, warehouseId, onHand } });

beforeAll(async () => {
  kit = await Kit.start('Planning Co');
  ids.north = (await kit.ok(op.CreateWarehouse, { name: 'North' })).createWarehouse.id;
  ids.south = (await kit.ok(op.CreateWarehouse, { name: 'South' })).createWarehouse.id;
  ids.vendor = (await kit.ok(op.CreateVendor, { input: { name: 'Mill', leadTimeDays: 5 } })).createVendor.id;
  const product = async (sku: string, vendorId?: string) =>
    (
      await kit.ok(op.CreateProduct, {
        input: { name: sku, category: 'Tops', vendorId, variants: [{ sku, title: sku, costCents: 100, priceCents: 400 }] },
      })
    ).createProduct.variants[0]!.id;
  ids.shirt = await product('SHIRT', ids.vendor);
  ids.socks = await product('SOCKS');
  // Shirt: 28 units in the window in North (today and 27 days ago count; 28 days ago does not).
  await sell(ids.shirt, ids.north, 0, 14);
  await sell(ids.shirt, ids.north, 27, 14);
  await sell(ids.shirt, ids.north, 28, 1000);
  await stock(ids.shirt, ids.north, 10);
  // South sells three times as fast as... nothing: 84 units.
  await sell(ids.shirt, ids.south, 3, 84);
  await stock(ids.shirt, ids.south, 0);
  // Socks never sell: all their stock is overstock.
  await stock(ids.socks, ids.north, 50);
});
afterAll(() => kit.close());

describe('replenishment', () => {
  it('velocity over the last 28 days, today included; lead time from the vendor; suggested order', async () => {
    const { replenishment } = await kit.ok(op.Replenishment, {});
    const north = replenishment.find((row) => row.variant.sku === 'SHIRT' && row.warehouse.name === 'North')!;
    // 1 a day × (5 lead + 30 cover) − 10 on hand
    expect(north).toMatchObject({
      onHand: 10,
      onOrder: 0,
      dailyForecast: 1,
      forecastSource: 'SALES',
      daysOfCover: 10,
      suggestedQuantity: 25,
    });
    const south = replenishment.find((row) => row.variant.sku === 'SHIRT' && row.warehouse.name === 'South')!;
    expect(south).toMatchObject({ onHand: 0, dailyForecast: 3, daysOfCover: 0, suggestedQuantity: 105 });
    const socks = replenishment.find((row) => row.variant.sku === 'SOCKS')!;
    expect(socks).toMatchObject({ dailyForecast: 0, daysOfCover: null, suggestedQuantity: 0 });
    expect(replenishment[0]!.suggestedQuantity).toBe(105); // largest first
  });

  it('an edited forecast is spread over warehouses by their share of sales; stock on order counts', async () => {
    await kit.ok(op.SetForecast, { input: { variantId: ids.shirt, monthlyUnits: 120 } }); // 4 a day: North 1/4, South 3/4
    const draft = (await kit.ok(op.CreateStockOrder, { input: { vendorId: ids.vendor, warehouseId: ids.south, expectedMonth: '2031-06' } }))
      .createStockOrder.id;
    await kit.ok(op.SetStockOrderLine, { input: { stockOrderId: draft, variantId: ids.shirt, quantity: 20 } });
    await kit.ok(op.PlaceStockOrder, { id: draft });
    const { compareWarehouses } = await kit.ok(op.CompareWarehouses, {});
    const shirt = compareWarehouses.find((row) => row.variant.sku === 'SHIRT')!;
    expect(shirt.warehouses.map((w) => [w.warehouse.name, w.dailyForecast])).toEqual([
      ['North', 1],
      ['South', 3],
    ]);
    const { replenishment } = await kit.ok(op.Replenishment, {});
    const south = replenishment.find((row) => row.variant.sku === 'SHIRT' && row.warehouse.name === 'South')!;
    expect(south).toMatchObject({ forecastSource: 'EDITED', onOrder: 20, suggestedQuantity: 85 });
    await kit.ok(op.SetForecast, { input: { variantId: ids.shirt, monthlyUnits: null } });
  });

  it('refuses sales dated tomorrow', async () => {
    const tomorrow = await kit.run(
      op.RecordSales,
      { input: { variantId: ids.shirt, warehouseId: ids.north, day: day(-1), units: 5 } },
      kit.admin,
    );
    expect(tomorrow.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'day' });
  });

  it('refuses a forecast beyond a million units, and another account’s variant', async () => {
    const big = await kit.run(op.SetForecast, { input: { variantId: ids.shirt, monthlyUnits: 2_000_000 } }, kit.admin);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'monthlyUnits' });
    const other = await Kit.start('Other Co');
    try {
      const foreign = await other.run(op.SetForecast, { input: { variantId: ids.shirt, monthlyUnits: 1 } }, other.admin);
      expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await other.close();
    }
  });
});

describe('overstock and the overview', () => {
  it('stock beyond the cover days at the forecast rate; without sales all of it', async () => {
    await kit.ok(op.UpdateAccount, { input: { overstockCoverDays: 5 } });
    const { overstock } = await kit.ok(op.Overstock, {});
    expect(overstock).toEqual([
      { variant: { sku: 'SOCKS' }, onHand: 50, excessUnits: 50, excessValueCents: 5000 },
      { variant: { sku: 'SHIRT' }, onHand: 10, excessUnits: 5, excessValueCents: 500 },
    ]);
    const { overview } = await kit.ok(op.Overview, {});
    expect(overview).toEqual({
      stockUnits: 60,
      stockValueCents: 6000,
      retailValueCents: 24_000,
      variantsOutOfStock: 0,
      overstockValueCents: 5500,
      unitsSoldLast28Days: 112,
    });
  });
});
