import { graphql } from './gql/index.js';

// The operations the test kit runs, typed by `npm run codegen` (test/kit/gql/ is generated).

// Set-up, run by the admin.
export const CreateWarehouse = graphql(`
  mutation KitCreateWarehouse($name: String!) {
    createWarehouse(name: $name) {
      id
      name
    }
  }
`);
export const CreateVendor = graphql(`
  mutation KitCreateVendor($input: CreateVendorInput!) {
    createVendor(input: $input) {
      id
      name
    }
  }
`);
export const CreateProduct = graphql(`
  mutation KitCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      id
      variants {
        id
        sku
      }
    }
  }
`);
export const SetStockLevel = graphql(`
  mutation KitSetStockLevel($input: SetStockLevelInput!) {
    setStockLevel(input: $input) {
      id
    }
  }
`);
export const RecordSales = graphql(`
  mutation KitRecordSales($input: RecordSalesInput!) {
    recordSales(input: $input) {
      id
    }
  }
`);
export const UpdateVariant = graphql(`
  mutation KitUpdateVariant($input: UpdateVariantInput!) {
    updateVariant(input: $input) {
      id
      costCents
    }
  }
`);
export const EnableWholesale = graphql(`
  mutation KitEnableWholesale {
    updateAccount(input: { wholesaleEnabled: true }) {
      wholesaleEnabled
    }
  }
`);
export const UpdateAccount = graphql(`
  mutation KitUpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      name
      coverDays
      overstockCoverDays
    }
  }
`);

// Catalog and replenishment.
export const Products = graphql(`
  query KitProducts {
    products(first: 10) {
      totalCount
      nodes {
        id
        name
        category
        variants {
          id
          sku
          title
          priceCents
        }
      }
    }
  }
`);
export const Variant = graphql(`
  query KitVariant($id: ID!) {
    variant(id: $id) {
      id
      sku
    }
  }
`);
export const Replenishment = graphql(`
  query KitReplenishment {
    replenishment {
      variant {
        sku
      }
      warehouse {
        name
      }
      onHand
      onOrder
      dailyForecast
      forecastSource
      daysOfCover
      suggestedQuantity
    }
  }
`);
export const CompareWarehouses = graphql(`
  query KitCompareWarehouses {
    compareWarehouses {
      variant {
        sku
      }
      warehouses {
        warehouse {
          name
        }
        onHand
        dailyForecast
      }
    }
  }
`);
export const SetForecast = graphql(`
  mutation KitSetForecast($input: SetForecastInput!) {
    setForecast(input: $input) {
      id
    }
  }
`);
export const Overview = graphql(`
  query KitOverview {
    overview {
      stockUnits
      stockValueCents
      retailValueCents
      variantsOutOfStock
      overstockValueCents
      unitsSoldLast28Days
    }
  }
`);
export const Overstock = graphql(`
  query KitOverstock {
    overstock {
      variant {
        sku
      }
      onHand
      excessUnits
      excessValueCents
    }
  }
`);
export const Warehouses = graphql(`
  query KitWarehouses {
    warehouses {
      id
      name
    }
  }
`);
export const VendorNames = graphql(`
  query KitVendorNames {
    vendors {
      id
      name
      leadTimeDays
    }
  }
`);
export const Vendors = graphql(`
  query KitVendors {
    vendors {
      id
      name
      email
    }
  }
`);

// Purchase orders and wholesale.
export const CreateStockOrder = graphql(`
  mutation KitCreateStockOrder($input: CreateStockOrderInput!) {
    createStockOrder(input: $input) {
      id
      status
    }
  }
`);
export const SetStockOrderLine = graphql(`
  mutation KitSetStockOrderLine($input: SetStockOrderLineInput!) {
    setStockOrderLine(input: $input) {
      id
      totalCents
    }
  }
`);
export const PlaceStockOrder = graphql(`
  mutation KitPlaceStockOrder($id: ID!) {
    placeStockOrder(id: $id) {
      id
      status
    }
  }
`);
export const ReceiveStockOrder = graphql(`
  mutation KitReceiveStockOrder($id: ID!) {
    receiveStockOrder(id: $id) {
      id
      status
    }
  }
`);
export const SendStockOrder = graphql(`
  mutation KitSendStockOrder($id: ID!) {
    sendStockOrder(id: $id) {
      id
      emailedAt
    }
  }
`);
export const StockOrder = graphql(`
  query KitStockOrder($id: ID!) {
    stockOrder(id: $id) {
      id
      status
      totalCents
      lines {
        quantity
        variant {
          sku
        }
      }
    }
  }
`);
export const VariantDetails = graphql(`
  query KitVariantDetails($id: ID!) {
    variant(id: $id) {
      sku
      costCents
      marginPercent
      forecastMonthlyUnits
      stock {
        onHand
      }
    }
  }
`);
export const StockOrders = graphql(`
  query KitStockOrders {
    stockOrders(first: 5) {
      totalCount
      nodes {
        id
        status
      }
    }
  }
`);
export const SetVendorEmail = graphql(`
  mutation KitSetVendorEmail($input: SetVendorEmailInput!) {
    setVendorEmail(input: $input) {
      id
      email
    }
  }
`);
export const ImportStockOrders = graphql(`
  mutation KitImportStockOrders($csv: String!) {
    importStockOrders(csv: $csv) {
      errors {
        row
        column
        message
      }
      stockOrders {
        id
      }
    }
  }
`);
export const CreateWholesaleOrder = graphql(`
  mutation KitCreateWholesaleOrder($input: CreateWholesaleOrderInput!) {
    createWholesaleOrder(input: $input) {
      id
      status
    }
  }
`);
export const ConfirmWholesaleOrder = graphql(`
  mutation KitConfirmWholesaleOrder($id: ID!) {
    confirmWholesaleOrder(id: $id) {
      id
      status
    }
  }
`);
export const WholesaleOrder = graphql(`
  query KitWholesaleOrder($id: ID!) {
    wholesaleOrder(id: $id) {
      id
      status
      totalCents
      lines {
        quantity
      }
    }
  }
`);
export const WholesaleOrders = graphql(`
  query KitWholesaleOrders {
    wholesaleOrders(first: 5) {
      totalCount
      nodes {
        id
      }
    }
  }
`);

// Open-to-Buy, reports, billing, sync.
export const SetBudget = graphql(`
  mutation KitSetBudget($input: SetBudgetInput!) {
    setBudget(input: $input) {
      id
      amountCents
    }
  }
`);
export const OpenToBuy = graphql(`
  query KitOpenToBuy($from: String!, $to: String!) {
    openToBuy(from: $from, to: $to) {
      month
      category
      budgetCents
      committedCents
      remainingCents
    }
  }
`);
export const InventoryKpis = graphql(`
  query KitInventoryKpis {
    inventoryKpis {
      category
      unitsSold
      sellThroughPercent
      inventoryTurnover
    }
  }
`);
export const ReportPresets = graphql(`
  query KitReportPresets {
    reportPresets {
      id
      name
      shared
    }
  }
`);
export const SaveReportPreset = graphql(`
  mutation KitSaveReportPreset($input: SaveReportPresetInput!) {
    saveReportPreset(input: $input) {
      id
      shared
    }
  }
`);
export const DeleteReportPreset = graphql(`
  mutation KitDeleteReportPreset($id: ID!) {
    deleteReportPreset(id: $id) {
      id
    }
  }
`);
export const SaveSharedReportPreset = graphql(`
  mutation KitSaveSharedReportPreset($input: SaveReportPresetInput!) {
    saveSharedReportPreset(input: $input) {
      id
      shared
    }
  }
`);
export const DeleteSharedReportPreset = graphql(`
  mutation KitDeleteSharedReportPreset($id: ID!) {
    deleteSharedReportPreset(id: $id) {
      id
    }
  }
`);
export const AccountBilling = graphql(`
  query KitAccountBilling {
    account {
      name
      billing {
        plan
        billingEmail
        monthlyPriceCents
      }
    }
  }
`);
export const UpdateBilling = graphql(`
  mutation KitUpdateBilling($input: UpdateBillingInput!) {
    updateBilling(input: $input) {
      plan
      cardLast4
    }
  }
`);
export const RunSync = graphql(`
  mutation KitRunSync {
    runSync {
      id
      startedBy {
        name
      }
      variantCount
    }
  }
`);
export const SyncRuns = graphql(`
  query KitSyncRuns {
    syncRuns(first: 5) {
      totalCount
      nodes {
        id
      }
    }
  }
`);

// Asking before acting.
export const MyCapability = graphql(`
  query KitMyCapability($capability: Capability!) {
    me {
      can(capability: $capability)
      explain(capability: $capability) {
        allowed
        reason
        grantedBy
        restrictedBy
      }
    }
  }
`);
export const UserCapability = graphql(`
  query KitUserCapability($id: ID!, $capability: Capability!) {
    user(id: $id) {
      can(capability: $capability)
      explain(capability: $capability) {
        allowed
        reason
        grantedBy
      }
    }
  }
`);
export const CatalogGuards = graphql(`
  query KitCatalogGuards {
    permissionCatalog {
      key
      guards
    }
  }
`);
