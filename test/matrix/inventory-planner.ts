import type { Kit } from '../kit/index.js';
import * as op from '../kit/operations.js';
import type { Area, Exercise } from './exercise.js';

// Inventory Planner: every coordinate its permission sets guard.

let kit: Kit;
let unique = 0;
const next = () => `${process.pid}-${++unique}`;
const fixtures = { warehouseId: '', vendorId: '', variantId: '', placedOrderId: '' };
const month = '2031-01';

async function draftOrder(withLine = true) {
  const { createStockOrder } = await kit.ok(op.CreateStockOrder, {
    input: { vendorId: fixtures.vendorId, warehouseId: fixtures.warehouseId, expectedMonth: month },
  });
  if (withLine) {
    await kit.ok(op.SetStockOrderLine, { input: { stockOrderId: createStockOrder.id, variantId: fixtures.variantId, quantity: 5 } });
  }
  return createStockOrder.id;
}
const placedOrder = async () => (await kit.ok(op.PlaceStockOrder, { id: await draftOrder() })).placeStockOrder.id;
const draftWholesale = async () =>
  (
    await kit.ok(op.CreateWholesaleOrder, {
      input: { customerName: 'Shop', warehouseId: fixtures.warehouseId, lines: [{ variantId: fixtures.variantId, quantity: 1 }] },
    })
  ).createWholesaleOrder.id;
const filters = { days: 30 };

const exercises: Exercise[] = [
  // Catalog (granted by Replenishment); products and variants are also read by Purchase orders, which order them.
  { covers: ['Query.products'], document: op.Products },
  { covers: ['Query.variant'], document: op.Variant, variables: () => ({ id: fixtures.variantId }) },
  {
    covers: ['Mutation.createProduct'],
    document: op.CreateProduct,
    variables: () => ({
      input: { name: 'Tee', category: 'Tops', variants: [{ sku: `T-${next()}`, title: 'M', costCents: 500, priceCents: 1500 }] },
    }),
  },
  {
    covers: ['Mutation.updateVariant'],
    document: op.UpdateVariant,
    variables: () => ({ input: { variantId: fixtures.variantId, priceCents: 2500 + unique++ } }),
  },
  {
    covers: ['Mutation.setStockLevel'],
    document: op.SetStockLevel,
    variables: () => ({ input: { variantId: fixtures.variantId, warehouseId: fixtures.warehouseId, onHand: 40 + (unique++ % 5) } }),
  },
  {
    covers: ['Mutation.recordSales'],
    document: op.RecordSales,
    variables: () => ({ input: { variantId: fixtures.variantId, warehouseId: fixtures.warehouseId, day: '2025-12-01', units: unique++ } }),
  },
  { covers: ['Mutation.createWarehouse'], document: op.CreateWarehouse, variables: () => ({ name: `Depot ${next()}` }) },
  // Field-level guards on a variant, reached as a Purchase-orders member finds it: what the other sets guard stays theirs.
  {
    covers: ['Variant.costCents', 'Variant.marginPercent', 'Variant.stock', 'Variant.forecastMonthlyUnits'],
    document: op.VariantDetails,
    variables: () => ({ id: fixtures.variantId }),
    alsoNeeds: ['PURCHASE_ORDERS'],
  },
  // Replenishment, Edit forecast, Compare warehouses.
  { covers: ['Query.replenishment', 'ReplenishmentSuggestion'], document: op.Replenishment },
  { covers: ['Query.compareWarehouses', 'WarehouseComparison'], document: op.CompareWarehouses },
  {
    covers: ['Mutation.setForecast'],
    document: op.SetForecast,
    variables: () => ({ input: { variantId: fixtures.variantId, monthlyUnits: 60 + unique++ } }),
  },
  // Overview, Overstock.
  { covers: ['Query.overview', 'Overview'], document: op.Overview },
  { covers: ['Query.overstock', 'OverstockRow'], document: op.Overstock },
  // Purchase orders: stock orders, email addresses, imports, wholesale.
  { covers: ['Query.stockOrders'], document: op.StockOrders },
  {
    covers: ['Query.stockOrder', 'StockOrder', 'StockOrderLine'],
    document: op.StockOrder,
    variables: () => ({ id: fixtures.placedOrderId }),
    alsoNeeds: [],
  },
  {
    covers: ['Mutation.createStockOrder'],
    document: op.CreateStockOrder,
    variables: () => ({ input: { vendorId: fixtures.vendorId, warehouseId: fixtures.warehouseId, expectedMonth: month } }),
  },
  {
    covers: ['Mutation.setStockOrderLine'],
    document: op.SetStockOrderLine,
    variables: async () => ({ input: { stockOrderId: await draftOrder(false), variantId: fixtures.variantId, quantity: 3 } }),
  },
  { covers: ['Mutation.placeStockOrder'], document: op.PlaceStockOrder, variables: async () => ({ id: await draftOrder() }) },
  { covers: ['Mutation.receiveStockOrder'], document: op.ReceiveStockOrder, variables: async () => ({ id: await placedOrder() }) },
  { covers: ['Mutation.sendStockOrder'], document: op.SendStockOrder, variables: async () => ({ id: await placedOrder() }) },
  {
    covers: ['Mutation.createVendor'],
    document: op.CreateVendor,
    variables: () => ({ input: { name: `Vendor ${next()}`, leadTimeDays: 7 } }),
  },
  {
    covers: ['Mutation.setVendorEmail'],
    document: op.SetVendorEmail,
    variables: () => ({ input: { vendorId: fixtures.vendorId, email: `orders-${next()}@vendor.example` } }),
  },
  { covers: ['Vendor.email'], document: op.Vendors, alsoNeeds: ['REPLENISHMENT'] },
  { covers: ['Query.vendors'], document: op.VendorNames },
  { covers: ['Query.warehouses'], document: op.Warehouses },
  {
    covers: ['Mutation.importStockOrders', 'ImportStockOrdersResult', 'ImportRowError'],
    document: op.ImportStockOrders,
    variables: () => ({ csv: `vendor,warehouse,expected_month,sku,quantity\nMatrix Vendor,Matrix Depot,2031-02,MX-1,${unique++ + 1}\n` }),
  },
  { covers: ['Query.wholesaleOrders'], document: op.WholesaleOrders },
  {
    covers: ['Query.wholesaleOrder', 'WholesaleOrder', 'WholesaleOrderLine'],
    document: op.WholesaleOrder,
    variables: async () => ({ id: await draftWholesale() }),
  },
  {
    covers: ['Mutation.createWholesaleOrder'],
    document: op.CreateWholesaleOrder,
    variables: () => ({
      input: { customerName: 'Boutique', warehouseId: fixtures.warehouseId, lines: [{ variantId: fixtures.variantId, quantity: 1 }] },
    }),
  },
  {
    covers: ['Mutation.confirmWholesaleOrder'],
    document: op.ConfirmWholesaleOrder,
    variables: async () => ({ id: await draftWholesale() }),
  },
  // Open-to-Buy.
  { covers: ['Query.openToBuy', 'OpenToBuyRow'], document: op.OpenToBuy, variables: () => ({ from: '2031-01', to: '2031-03' }) },
  {
    covers: ['Mutation.setBudget', 'Budget'],
    document: op.SetBudget,
    variables: () => ({ input: { month, category: 'Shirts', amountCents: 100_000 + unique++ } }),
  },
  // Reports (Inventory KPIs) and presets.
  { covers: ['Query.inventoryKpis', 'InventoryKpiRow'], document: op.InventoryKpis },
  { covers: ['Query.reportPresets', 'ReportPreset', 'ReportFilters'], document: op.ReportPresets },
  {
    covers: ['Mutation.saveReportPreset'],
    document: op.SaveReportPreset,
    variables: () => ({ input: { name: `Mine ${next()}`, filters } }),
  },
  {
    covers: ['Mutation.deleteReportPreset'],
    document: op.DeleteReportPreset,
    // The caller's own private preset when they can make one; anyone's otherwise (refused before it is looked up).
    variables: async (kit, caller) => {
      const owner = caller.permissions.includes('INVENTORY_KPIS') ? caller : kit.admin;
      return { id: (await kit.ok(op.SaveReportPreset, { input: { name: `Gone ${next()}`, filters } }, owner)).saveReportPreset.id };
    },
  },
  {
    covers: ['Mutation.saveSharedReportPreset'],
    document: op.SaveSharedReportPreset,
    variables: () => ({ input: { name: `Shared ${next()}`, filters } }),
    alsoNeeds: ['INVENTORY_KPIS'],
  },
  {
    covers: ['Mutation.deleteSharedReportPreset'],
    document: op.DeleteSharedReportPreset,
    variables: async (kit) => ({
      id: (await kit.ok(op.SaveSharedReportPreset, { input: { name: `Old ${next()}`, filters } })).saveSharedReportPreset.id,
    }),
    alsoNeeds: ['INVENTORY_KPIS'],
  },
  {
    covers: ['Mutation.saveReportPreset', 'Mutation.deleteReportPreset'],
    provenBy: [
      {
        file: 'test/inventory/reports.test.ts',
        test: 'shared presets: everyone with reports reads them; changing them needs MODIFY_SHARED_PRESETS together with reports',
      },
    ],
  },
  // Billing and settings: full access only.
  { covers: ['Account.billing', 'Billing'], document: op.AccountBilling },
  {
    covers: ['Mutation.updateBilling'],
    document: op.UpdateBilling,
    variables: () => ({ input: { cardLast4: String(1000 + (unique++ % 9000)) } }),
  },
  { covers: ['Mutation.updateAccount'], document: op.UpdateAccount, variables: () => ({ input: { coverDays: 20 + (unique++ % 40) } }) },
];

export const inventoryPlanner: Area = {
  async setUp(areaKit) {
    kit = areaKit;
    fixtures.warehouseId = (await kit.ok(op.CreateWarehouse, { name: 'Matrix Depot' })).createWarehouse.id;
    fixtures.vendorId = (await kit.ok(op.CreateVendor, { input: { name: 'Matrix Vendor', leadTimeDays: 10 } })).createVendor.id;
    await kit.ok(op.SetVendorEmail, { input: { vendorId: fixtures.vendorId, email: 'orders@vendor.example' } });
    const { createProduct } = await kit.ok(op.CreateProduct, {
      input: {
        name: 'Matrix shirt',
        category: 'Shirts',
        vendorId: fixtures.vendorId,
        variants: [{ sku: 'MX-1', title: 'M', costCents: 1000, priceCents: 2500 }],
      },
    });
    fixtures.variantId = createProduct.variants[0]!.id;
    await kit.ok(op.SetStockLevel, { input: { variantId: fixtures.variantId, warehouseId: fixtures.warehouseId, onHand: 1_000_000 } });
    fixtures.placedOrderId = await placedOrder();
  },
  exercises,
};
