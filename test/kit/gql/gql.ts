/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation KitCreateWarehouse($name: String!) { createWarehouse(name: $name) { id name } }\n": typeof types.KitCreateWarehouseDocument,
    "\n  mutation KitCreateVendor($input: CreateVendorInput!) { createVendor(input: $input) { id name } }\n": typeof types.KitCreateVendorDocument,
    "\n  mutation KitCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { id variants { id sku } }\n  }\n": typeof types.KitCreateProductDocument,
    "\n  mutation KitSetStockLevel($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }\n": typeof types.KitSetStockLevelDocument,
    "\n  mutation KitRecordSales($input: RecordSalesInput!) { recordSales(input: $input) { id } }\n": typeof types.KitRecordSalesDocument,
    "\n  mutation KitUpdateVariant($input: UpdateVariantInput!) { updateVariant(input: $input) { id costCents } }\n": typeof types.KitUpdateVariantDocument,
    "\n  mutation KitEnableWholesale { updateAccount(input: { wholesaleEnabled: true }) { wholesaleEnabled } }\n": typeof types.KitEnableWholesaleDocument,
    "\n  mutation KitUpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { name coverDays overstockCoverDays } }\n": typeof types.KitUpdateAccountDocument,
    "\n  query KitProducts { products(first: 10) { totalCount nodes { id name variants { sku costCents marginPercent stock { onHand } } } } }\n": typeof types.KitProductsDocument,
    "\n  query KitVariant($id: ID!) { variant(id: $id) { id sku } }\n": typeof types.KitVariantDocument,
    "\n  query KitReplenishment {\n    replenishment { variant { sku } warehouse { name } onHand onOrder dailyForecast forecastSource daysOfCover suggestedQuantity }\n  }\n": typeof types.KitReplenishmentDocument,
    "\n  query KitCompareWarehouses { compareWarehouses { variant { sku } warehouses { warehouse { name } onHand dailyForecast } } }\n": typeof types.KitCompareWarehousesDocument,
    "\n  mutation KitSetForecast($input: SetForecastInput!) { setForecast(input: $input) { id } }\n": typeof types.KitSetForecastDocument,
    "\n  query KitOverview {\n    overview { stockUnits stockValueCents retailValueCents variantsOutOfStock overstockValueCents unitsSoldLast28Days }\n  }\n": typeof types.KitOverviewDocument,
    "\n  query KitOverstock { overstock { variant { sku } onHand excessUnits excessValueCents } }\n": typeof types.KitOverstockDocument,
    "\n  query KitWarehouses { warehouses { id name } }\n": typeof types.KitWarehousesDocument,
    "\n  query KitVendorNames { vendors { id name leadTimeDays } }\n": typeof types.KitVendorNamesDocument,
    "\n  query KitVendors { vendors { id name email } }\n": typeof types.KitVendorsDocument,
    "\n  mutation KitCreateStockOrder($input: CreateStockOrderInput!) { createStockOrder(input: $input) { id status } }\n": typeof types.KitCreateStockOrderDocument,
    "\n  mutation KitSetStockOrderLine($input: SetStockOrderLineInput!) { setStockOrderLine(input: $input) { id totalCents } }\n": typeof types.KitSetStockOrderLineDocument,
    "\n  mutation KitPlaceStockOrder($id: ID!) { placeStockOrder(id: $id) { id status } }\n": typeof types.KitPlaceStockOrderDocument,
    "\n  mutation KitReceiveStockOrder($id: ID!) { receiveStockOrder(id: $id) { id status } }\n": typeof types.KitReceiveStockOrderDocument,
    "\n  mutation KitSendStockOrder($id: ID!) { sendStockOrder(id: $id) { id emailedAt } }\n": typeof types.KitSendStockOrderDocument,
    "\n  query KitStockOrder($id: ID!) { stockOrder(id: $id) { id status totalCents lines { quantity variant { sku } } } }\n": typeof types.KitStockOrderDocument,
    "\n  query KitStockOrderVariantDetails($id: ID!) {\n    stockOrder(id: $id) {\n      id status totalCents\n      lines { quantity variant { sku costCents marginPercent forecastMonthlyUnits stock { onHand } } }\n    }\n  }\n": typeof types.KitStockOrderVariantDetailsDocument,
    "\n  query KitStockOrders { stockOrders(first: 5) { totalCount nodes { id status } } }\n": typeof types.KitStockOrdersDocument,
    "\n  mutation KitSetVendorEmail($input: SetVendorEmailInput!) { setVendorEmail(input: $input) { id email } }\n": typeof types.KitSetVendorEmailDocument,
    "\n  mutation KitImportStockOrders($csv: String!) { importStockOrders(csv: $csv) { errors { row column message } stockOrders { id } } }\n": typeof types.KitImportStockOrdersDocument,
    "\n  mutation KitCreateWholesaleOrder($input: CreateWholesaleOrderInput!) { createWholesaleOrder(input: $input) { id status } }\n": typeof types.KitCreateWholesaleOrderDocument,
    "\n  mutation KitConfirmWholesaleOrder($id: ID!) { confirmWholesaleOrder(id: $id) { id status } }\n": typeof types.KitConfirmWholesaleOrderDocument,
    "\n  query KitWholesaleOrder($id: ID!) { wholesaleOrder(id: $id) { id status totalCents lines { quantity } } }\n": typeof types.KitWholesaleOrderDocument,
    "\n  query KitWholesaleOrders { wholesaleOrders(first: 5) { totalCount nodes { id } } }\n": typeof types.KitWholesaleOrdersDocument,
    "\n  mutation KitSetBudget($input: SetBudgetInput!) { setBudget(input: $input) { id amountCents } }\n": typeof types.KitSetBudgetDocument,
    "\n  query KitOpenToBuy($from: String!, $to: String!) {\n    openToBuy(from: $from, to: $to) { month category budgetCents committedCents remainingCents }\n  }\n": typeof types.KitOpenToBuyDocument,
    "\n  query KitInventoryKpis { inventoryKpis { category unitsSold sellThroughPercent inventoryTurnover } }\n": typeof types.KitInventoryKpisDocument,
    "\n  query KitReportPresets { reportPresets { id name shared } }\n": typeof types.KitReportPresetsDocument,
    "\n  mutation KitSaveReportPreset($input: SaveReportPresetInput!) { saveReportPreset(input: $input) { id shared } }\n": typeof types.KitSaveReportPresetDocument,
    "\n  mutation KitDeleteReportPreset($id: ID!) { deleteReportPreset(id: $id) { id } }\n": typeof types.KitDeleteReportPresetDocument,
    "\n  mutation KitSaveSharedReportPreset($input: SaveReportPresetInput!) { saveSharedReportPreset(input: $input) { id shared } }\n": typeof types.KitSaveSharedReportPresetDocument,
    "\n  mutation KitDeleteSharedReportPreset($id: ID!) { deleteSharedReportPreset(id: $id) { id } }\n": typeof types.KitDeleteSharedReportPresetDocument,
    "\n  query KitAccountBilling { account { name billing { plan billingEmail monthlyPriceCents } } }\n": typeof types.KitAccountBillingDocument,
    "\n  mutation KitUpdateBilling($input: UpdateBillingInput!) { updateBilling(input: $input) { plan cardLast4 } }\n": typeof types.KitUpdateBillingDocument,
    "\n  mutation KitRunSync { runSync { id startedBy { name } variantCount } }\n": typeof types.KitRunSyncDocument,
    "\n  query KitSyncRuns { syncRuns(first: 5) { totalCount nodes { id } } }\n": typeof types.KitSyncRunsDocument,
    "\n  query KitMyCapability($capability: Capability!) {\n    me { can(capability: $capability) explain(capability: $capability) { allowed reason grantedBy restrictedBy } }\n  }\n": typeof types.KitMyCapabilityDocument,
    "\n  query KitUserCapability($id: ID!, $capability: Capability!) {\n    user(id: $id) { can(capability: $capability) explain(capability: $capability) { allowed reason grantedBy } }\n  }\n": typeof types.KitUserCapabilityDocument,
    "\n  query KitCatalogGuards { permissionCatalog { key guards } }\n": typeof types.KitCatalogGuardsDocument,
};
const documents: Documents = {
    "\n  mutation KitCreateWarehouse($name: String!) { createWarehouse(name: $name) { id name } }\n": types.KitCreateWarehouseDocument,
    "\n  mutation KitCreateVendor($input: CreateVendorInput!) { createVendor(input: $input) { id name } }\n": types.KitCreateVendorDocument,
    "\n  mutation KitCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { id variants { id sku } }\n  }\n": types.KitCreateProductDocument,
    "\n  mutation KitSetStockLevel($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }\n": types.KitSetStockLevelDocument,
    "\n  mutation KitRecordSales($input: RecordSalesInput!) { recordSales(input: $input) { id } }\n": types.KitRecordSalesDocument,
    "\n  mutation KitUpdateVariant($input: UpdateVariantInput!) { updateVariant(input: $input) { id costCents } }\n": types.KitUpdateVariantDocument,
    "\n  mutation KitEnableWholesale { updateAccount(input: { wholesaleEnabled: true }) { wholesaleEnabled } }\n": types.KitEnableWholesaleDocument,
    "\n  mutation KitUpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { name coverDays overstockCoverDays } }\n": types.KitUpdateAccountDocument,
    "\n  query KitProducts { products(first: 10) { totalCount nodes { id name variants { sku costCents marginPercent stock { onHand } } } } }\n": types.KitProductsDocument,
    "\n  query KitVariant($id: ID!) { variant(id: $id) { id sku } }\n": types.KitVariantDocument,
    "\n  query KitReplenishment {\n    replenishment { variant { sku } warehouse { name } onHand onOrder dailyForecast forecastSource daysOfCover suggestedQuantity }\n  }\n": types.KitReplenishmentDocument,
    "\n  query KitCompareWarehouses { compareWarehouses { variant { sku } warehouses { warehouse { name } onHand dailyForecast } } }\n": types.KitCompareWarehousesDocument,
    "\n  mutation KitSetForecast($input: SetForecastInput!) { setForecast(input: $input) { id } }\n": types.KitSetForecastDocument,
    "\n  query KitOverview {\n    overview { stockUnits stockValueCents retailValueCents variantsOutOfStock overstockValueCents unitsSoldLast28Days }\n  }\n": types.KitOverviewDocument,
    "\n  query KitOverstock { overstock { variant { sku } onHand excessUnits excessValueCents } }\n": types.KitOverstockDocument,
    "\n  query KitWarehouses { warehouses { id name } }\n": types.KitWarehousesDocument,
    "\n  query KitVendorNames { vendors { id name leadTimeDays } }\n": types.KitVendorNamesDocument,
    "\n  query KitVendors { vendors { id name email } }\n": types.KitVendorsDocument,
    "\n  mutation KitCreateStockOrder($input: CreateStockOrderInput!) { createStockOrder(input: $input) { id status } }\n": types.KitCreateStockOrderDocument,
    "\n  mutation KitSetStockOrderLine($input: SetStockOrderLineInput!) { setStockOrderLine(input: $input) { id totalCents } }\n": types.KitSetStockOrderLineDocument,
    "\n  mutation KitPlaceStockOrder($id: ID!) { placeStockOrder(id: $id) { id status } }\n": types.KitPlaceStockOrderDocument,
    "\n  mutation KitReceiveStockOrder($id: ID!) { receiveStockOrder(id: $id) { id status } }\n": types.KitReceiveStockOrderDocument,
    "\n  mutation KitSendStockOrder($id: ID!) { sendStockOrder(id: $id) { id emailedAt } }\n": types.KitSendStockOrderDocument,
    "\n  query KitStockOrder($id: ID!) { stockOrder(id: $id) { id status totalCents lines { quantity variant { sku } } } }\n": types.KitStockOrderDocument,
    "\n  query KitStockOrderVariantDetails($id: ID!) {\n    stockOrder(id: $id) {\n      id status totalCents\n      lines { quantity variant { sku costCents marginPercent forecastMonthlyUnits stock { onHand } } }\n    }\n  }\n": types.KitStockOrderVariantDetailsDocument,
    "\n  query KitStockOrders { stockOrders(first: 5) { totalCount nodes { id status } } }\n": types.KitStockOrdersDocument,
    "\n  mutation KitSetVendorEmail($input: SetVendorEmailInput!) { setVendorEmail(input: $input) { id email } }\n": types.KitSetVendorEmailDocument,
    "\n  mutation KitImportStockOrders($csv: String!) { importStockOrders(csv: $csv) { errors { row column message } stockOrders { id } } }\n": types.KitImportStockOrdersDocument,
    "\n  mutation KitCreateWholesaleOrder($input: CreateWholesaleOrderInput!) { createWholesaleOrder(input: $input) { id status } }\n": types.KitCreateWholesaleOrderDocument,
    "\n  mutation KitConfirmWholesaleOrder($id: ID!) { confirmWholesaleOrder(id: $id) { id status } }\n": types.KitConfirmWholesaleOrderDocument,
    "\n  query KitWholesaleOrder($id: ID!) { wholesaleOrder(id: $id) { id status totalCents lines { quantity } } }\n": types.KitWholesaleOrderDocument,
    "\n  query KitWholesaleOrders { wholesaleOrders(first: 5) { totalCount nodes { id } } }\n": types.KitWholesaleOrdersDocument,
    "\n  mutation KitSetBudget($input: SetBudgetInput!) { setBudget(input: $input) { id amountCents } }\n": types.KitSetBudgetDocument,
    "\n  query KitOpenToBuy($from: String!, $to: String!) {\n    openToBuy(from: $from, to: $to) { month category budgetCents committedCents remainingCents }\n  }\n": types.KitOpenToBuyDocument,
    "\n  query KitInventoryKpis { inventoryKpis { category unitsSold sellThroughPercent inventoryTurnover } }\n": types.KitInventoryKpisDocument,
    "\n  query KitReportPresets { reportPresets { id name shared } }\n": types.KitReportPresetsDocument,
    "\n  mutation KitSaveReportPreset($input: SaveReportPresetInput!) { saveReportPreset(input: $input) { id shared } }\n": types.KitSaveReportPresetDocument,
    "\n  mutation KitDeleteReportPreset($id: ID!) { deleteReportPreset(id: $id) { id } }\n": types.KitDeleteReportPresetDocument,
    "\n  mutation KitSaveSharedReportPreset($input: SaveReportPresetInput!) { saveSharedReportPreset(input: $input) { id shared } }\n": types.KitSaveSharedReportPresetDocument,
    "\n  mutation KitDeleteSharedReportPreset($id: ID!) { deleteSharedReportPreset(id: $id) { id } }\n": types.KitDeleteSharedReportPresetDocument,
    "\n  query KitAccountBilling { account { name billing { plan billingEmail monthlyPriceCents } } }\n": types.KitAccountBillingDocument,
    "\n  mutation KitUpdateBilling($input: UpdateBillingInput!) { updateBilling(input: $input) { plan cardLast4 } }\n": types.KitUpdateBillingDocument,
    "\n  mutation KitRunSync { runSync { id startedBy { name } variantCount } }\n": types.KitRunSyncDocument,
    "\n  query KitSyncRuns { syncRuns(first: 5) { totalCount nodes { id } } }\n": types.KitSyncRunsDocument,
    "\n  query KitMyCapability($capability: Capability!) {\n    me { can(capability: $capability) explain(capability: $capability) { allowed reason grantedBy restrictedBy } }\n  }\n": types.KitMyCapabilityDocument,
    "\n  query KitUserCapability($id: ID!, $capability: Capability!) {\n    user(id: $id) { can(capability: $capability) explain(capability: $capability) { allowed reason grantedBy } }\n  }\n": types.KitUserCapabilityDocument,
    "\n  query KitCatalogGuards { permissionCatalog { key guards } }\n": types.KitCatalogGuardsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateWarehouse($name: String!) { createWarehouse(name: $name) { id name } }\n"): (typeof documents)["\n  mutation KitCreateWarehouse($name: String!) { createWarehouse(name: $name) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateVendor($input: CreateVendorInput!) { createVendor(input: $input) { id name } }\n"): (typeof documents)["\n  mutation KitCreateVendor($input: CreateVendorInput!) { createVendor(input: $input) { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { id variants { id sku } }\n  }\n"): (typeof documents)["\n  mutation KitCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { id variants { id sku } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetStockLevel($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }\n"): (typeof documents)["\n  mutation KitSetStockLevel($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRecordSales($input: RecordSalesInput!) { recordSales(input: $input) { id } }\n"): (typeof documents)["\n  mutation KitRecordSales($input: RecordSalesInput!) { recordSales(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUpdateVariant($input: UpdateVariantInput!) { updateVariant(input: $input) { id costCents } }\n"): (typeof documents)["\n  mutation KitUpdateVariant($input: UpdateVariantInput!) { updateVariant(input: $input) { id costCents } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEnableWholesale { updateAccount(input: { wholesaleEnabled: true }) { wholesaleEnabled } }\n"): (typeof documents)["\n  mutation KitEnableWholesale { updateAccount(input: { wholesaleEnabled: true }) { wholesaleEnabled } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { name coverDays overstockCoverDays } }\n"): (typeof documents)["\n  mutation KitUpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { name coverDays overstockCoverDays } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitProducts { products(first: 10) { totalCount nodes { id name variants { sku costCents marginPercent stock { onHand } } } } }\n"): (typeof documents)["\n  query KitProducts { products(first: 10) { totalCount nodes { id name variants { sku costCents marginPercent stock { onHand } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitVariant($id: ID!) { variant(id: $id) { id sku } }\n"): (typeof documents)["\n  query KitVariant($id: ID!) { variant(id: $id) { id sku } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitReplenishment {\n    replenishment { variant { sku } warehouse { name } onHand onOrder dailyForecast forecastSource daysOfCover suggestedQuantity }\n  }\n"): (typeof documents)["\n  query KitReplenishment {\n    replenishment { variant { sku } warehouse { name } onHand onOrder dailyForecast forecastSource daysOfCover suggestedQuantity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitCompareWarehouses { compareWarehouses { variant { sku } warehouses { warehouse { name } onHand dailyForecast } } }\n"): (typeof documents)["\n  query KitCompareWarehouses { compareWarehouses { variant { sku } warehouses { warehouse { name } onHand dailyForecast } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetForecast($input: SetForecastInput!) { setForecast(input: $input) { id } }\n"): (typeof documents)["\n  mutation KitSetForecast($input: SetForecastInput!) { setForecast(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitOverview {\n    overview { stockUnits stockValueCents retailValueCents variantsOutOfStock overstockValueCents unitsSoldLast28Days }\n  }\n"): (typeof documents)["\n  query KitOverview {\n    overview { stockUnits stockValueCents retailValueCents variantsOutOfStock overstockValueCents unitsSoldLast28Days }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitOverstock { overstock { variant { sku } onHand excessUnits excessValueCents } }\n"): (typeof documents)["\n  query KitOverstock { overstock { variant { sku } onHand excessUnits excessValueCents } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitWarehouses { warehouses { id name } }\n"): (typeof documents)["\n  query KitWarehouses { warehouses { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitVendorNames { vendors { id name leadTimeDays } }\n"): (typeof documents)["\n  query KitVendorNames { vendors { id name leadTimeDays } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitVendors { vendors { id name email } }\n"): (typeof documents)["\n  query KitVendors { vendors { id name email } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateStockOrder($input: CreateStockOrderInput!) { createStockOrder(input: $input) { id status } }\n"): (typeof documents)["\n  mutation KitCreateStockOrder($input: CreateStockOrderInput!) { createStockOrder(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetStockOrderLine($input: SetStockOrderLineInput!) { setStockOrderLine(input: $input) { id totalCents } }\n"): (typeof documents)["\n  mutation KitSetStockOrderLine($input: SetStockOrderLineInput!) { setStockOrderLine(input: $input) { id totalCents } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitPlaceStockOrder($id: ID!) { placeStockOrder(id: $id) { id status } }\n"): (typeof documents)["\n  mutation KitPlaceStockOrder($id: ID!) { placeStockOrder(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitReceiveStockOrder($id: ID!) { receiveStockOrder(id: $id) { id status } }\n"): (typeof documents)["\n  mutation KitReceiveStockOrder($id: ID!) { receiveStockOrder(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSendStockOrder($id: ID!) { sendStockOrder(id: $id) { id emailedAt } }\n"): (typeof documents)["\n  mutation KitSendStockOrder($id: ID!) { sendStockOrder(id: $id) { id emailedAt } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitStockOrder($id: ID!) { stockOrder(id: $id) { id status totalCents lines { quantity variant { sku } } } }\n"): (typeof documents)["\n  query KitStockOrder($id: ID!) { stockOrder(id: $id) { id status totalCents lines { quantity variant { sku } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitStockOrderVariantDetails($id: ID!) {\n    stockOrder(id: $id) {\n      id status totalCents\n      lines { quantity variant { sku costCents marginPercent forecastMonthlyUnits stock { onHand } } }\n    }\n  }\n"): (typeof documents)["\n  query KitStockOrderVariantDetails($id: ID!) {\n    stockOrder(id: $id) {\n      id status totalCents\n      lines { quantity variant { sku costCents marginPercent forecastMonthlyUnits stock { onHand } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitStockOrders { stockOrders(first: 5) { totalCount nodes { id status } } }\n"): (typeof documents)["\n  query KitStockOrders { stockOrders(first: 5) { totalCount nodes { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetVendorEmail($input: SetVendorEmailInput!) { setVendorEmail(input: $input) { id email } }\n"): (typeof documents)["\n  mutation KitSetVendorEmail($input: SetVendorEmailInput!) { setVendorEmail(input: $input) { id email } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitImportStockOrders($csv: String!) { importStockOrders(csv: $csv) { errors { row column message } stockOrders { id } } }\n"): (typeof documents)["\n  mutation KitImportStockOrders($csv: String!) { importStockOrders(csv: $csv) { errors { row column message } stockOrders { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateWholesaleOrder($input: CreateWholesaleOrderInput!) { createWholesaleOrder(input: $input) { id status } }\n"): (typeof documents)["\n  mutation KitCreateWholesaleOrder($input: CreateWholesaleOrderInput!) { createWholesaleOrder(input: $input) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitConfirmWholesaleOrder($id: ID!) { confirmWholesaleOrder(id: $id) { id status } }\n"): (typeof documents)["\n  mutation KitConfirmWholesaleOrder($id: ID!) { confirmWholesaleOrder(id: $id) { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitWholesaleOrder($id: ID!) { wholesaleOrder(id: $id) { id status totalCents lines { quantity } } }\n"): (typeof documents)["\n  query KitWholesaleOrder($id: ID!) { wholesaleOrder(id: $id) { id status totalCents lines { quantity } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitWholesaleOrders { wholesaleOrders(first: 5) { totalCount nodes { id } } }\n"): (typeof documents)["\n  query KitWholesaleOrders { wholesaleOrders(first: 5) { totalCount nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetBudget($input: SetBudgetInput!) { setBudget(input: $input) { id amountCents } }\n"): (typeof documents)["\n  mutation KitSetBudget($input: SetBudgetInput!) { setBudget(input: $input) { id amountCents } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitOpenToBuy($from: String!, $to: String!) {\n    openToBuy(from: $from, to: $to) { month category budgetCents committedCents remainingCents }\n  }\n"): (typeof documents)["\n  query KitOpenToBuy($from: String!, $to: String!) {\n    openToBuy(from: $from, to: $to) { month category budgetCents committedCents remainingCents }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitInventoryKpis { inventoryKpis { category unitsSold sellThroughPercent inventoryTurnover } }\n"): (typeof documents)["\n  query KitInventoryKpis { inventoryKpis { category unitsSold sellThroughPercent inventoryTurnover } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitReportPresets { reportPresets { id name shared } }\n"): (typeof documents)["\n  query KitReportPresets { reportPresets { id name shared } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSaveReportPreset($input: SaveReportPresetInput!) { saveReportPreset(input: $input) { id shared } }\n"): (typeof documents)["\n  mutation KitSaveReportPreset($input: SaveReportPresetInput!) { saveReportPreset(input: $input) { id shared } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitDeleteReportPreset($id: ID!) { deleteReportPreset(id: $id) { id } }\n"): (typeof documents)["\n  mutation KitDeleteReportPreset($id: ID!) { deleteReportPreset(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSaveSharedReportPreset($input: SaveReportPresetInput!) { saveSharedReportPreset(input: $input) { id shared } }\n"): (typeof documents)["\n  mutation KitSaveSharedReportPreset($input: SaveReportPresetInput!) { saveSharedReportPreset(input: $input) { id shared } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitDeleteSharedReportPreset($id: ID!) { deleteSharedReportPreset(id: $id) { id } }\n"): (typeof documents)["\n  mutation KitDeleteSharedReportPreset($id: ID!) { deleteSharedReportPreset(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitAccountBilling { account { name billing { plan billingEmail monthlyPriceCents } } }\n"): (typeof documents)["\n  query KitAccountBilling { account { name billing { plan billingEmail monthlyPriceCents } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUpdateBilling($input: UpdateBillingInput!) { updateBilling(input: $input) { plan cardLast4 } }\n"): (typeof documents)["\n  mutation KitUpdateBilling($input: UpdateBillingInput!) { updateBilling(input: $input) { plan cardLast4 } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRunSync { runSync { id startedBy { name } variantCount } }\n"): (typeof documents)["\n  mutation KitRunSync { runSync { id startedBy { name } variantCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitSyncRuns { syncRuns(first: 5) { totalCount nodes { id } } }\n"): (typeof documents)["\n  query KitSyncRuns { syncRuns(first: 5) { totalCount nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitMyCapability($capability: Capability!) {\n    me { can(capability: $capability) explain(capability: $capability) { allowed reason grantedBy restrictedBy } }\n  }\n"): (typeof documents)["\n  query KitMyCapability($capability: Capability!) {\n    me { can(capability: $capability) explain(capability: $capability) { allowed reason grantedBy restrictedBy } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitUserCapability($id: ID!, $capability: Capability!) {\n    user(id: $id) { can(capability: $capability) explain(capability: $capability) { allowed reason grantedBy } }\n  }\n"): (typeof documents)["\n  query KitUserCapability($id: ID!, $capability: Capability!) {\n    user(id: $id) { can(capability: $capability) explain(capability: $capability) { allowed reason grantedBy } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitCatalogGuards { permissionCatalog { key guards } }\n"): (typeof documents)["\n  query KitCatalogGuards { permissionCatalog { key guards } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;