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
    "mutation AuthLogin($input: LoginInput!) { login(input: $input) { token me { personId name account { id name } } } }": typeof types.AuthLoginDocument,
    "query AuthMe { me { name email account { id name wholesaleEnabled } user { status } permissions { fullAccess permissions } accounts { name } } }": typeof types.AuthMeDocument,
    "mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { email } }": typeof types.AuthSignUpDocument,
    "mutation AuthVerifyEmail($input: VerifyEmailInput!) { verifyEmail(input: $input) { token me { user { permissions { fullAccess } } } } }": typeof types.AuthVerifyEmailDocument,
    "mutation AuthLogout { logout }": typeof types.AuthLogoutDocument,
    "query AuthMe2 { me { name } }": typeof types.AuthMe2Document,
    "mutation AuthInviteUser($email: String!) { inviteUser(input: { email: $email }) { id } }": typeof types.AuthInviteUserDocument,
    "query AuthInvitation($t: String!) { invitation(token: $t) { hasLogin } }": typeof types.AuthInvitationDocument,
    "mutation AuthAcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { token } }": typeof types.AuthAcceptInviteDocument,
    "query AuthMe3 { me { accounts { id name } permissions { fullAccess } } }": typeof types.AuthMe3Document,
    "mutation AuthSwitchAccount($id: ID!) { switchAccount(accountId: $id) { account { name } permissions { fullAccess } } }": typeof types.AuthSwitchAccountDocument,
    "query AuthAccount { account { name } }": typeof types.AuthAccountDocument,
    "mutation AtCommitInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }": typeof types.AtCommitInviteDocument,
    "mutation AtCommitAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { permissions { fullAccess permissions } } } }": typeof types.AtCommitAcceptDocument,
    "mutation AtCommitSet($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }": typeof types.AtCommitSetDocument,
    "mutation AtCommitDelete($id: ID!) { deleteUser(userId: $id) { id } }": typeof types.AtCommitDeleteDocument,
    "query AtCommitAudit { auditLog(first: 100) { nodes { action actor { id } target { id } invite { id status } after } } }": typeof types.AtCommitAuditDocument,
    "mutation AtCommitDeleteUser($me: ID!, $email: String!) {\n        leave: deleteUser(userId: $me) { status }\n        invite: inviteUser(input: { email: $email }) { id }\n      }": typeof types.AtCommitDeleteUserDocument,
    "query AtCommitUser($id: ID!) { user(id: $id) { status } }": typeof types.AtCommitUserDocument,
    "query AtCommitInvites { invites { nodes { email } } }": typeof types.AtCommitInvitesDocument,
    "query AtCommitInvites2 { invites(status: REVOKED) { nodes { id revokedBy { id } } } }": typeof types.AtCommitInvites2Document,
    "mutation AtCommitResendInvite($id: ID!) { resendInvite(inviteId: $id) { id } }": typeof types.AtCommitResendInviteDocument,
    "query AtCommitInvitation($t: String!) { invitation(token: $t) { invitedByName } }": typeof types.AtCommitInvitationDocument,
    "query BackupSnapshot {\n  users { nodes { id name email status permissions { permissions } } }\n  invites { nodes { email status } }\n  auditLog(first: 100) { nodes { action subjectId } }\n}": typeof types.BackupSnapshotDocument,
    "mutation BackupInviteUser($email: String!) { inviteUser(input: { email: $email }) { id } }": typeof types.BackupInviteUserDocument,
    "mutation BackupUpdateAccount { updateAccount(input: { name: \"Backed Up Co\" }) { name } }": typeof types.BackupUpdateAccountDocument,
    "query CatalogPermissionCatalog {\n      permissionCatalog { key name description seedDescription category kind grants removes narrows source }\n      __type(name: \"PermissionKey\") { enumValues { name } }\n    }": typeof types.CatalogPermissionCatalogDocument,
    "mutation CliLogin($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token me { permissions { permissions } can(capability: MANAGE_USERS) } } }": typeof types.CliLoginDocument,
    "query CliMe { me { name } }": typeof types.CliMeDocument,
    "mutation CrashUpdate($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }": typeof types.CrashUpdateDocument,
    "mutation CrashInviteMember($email: String!) { inviteUser(input: { email: $email, permissions: [OVERVIEW] }) { id } }": typeof types.CrashInviteMemberDocument,
    "mutation CrashInvite($email: String!) { inviteUser(input: { email: $email }) { id } }": typeof types.CrashInviteDocument,
    "mutation CrashDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }": typeof types.CrashDeleteUserDocument,
    "query CrashUserCount { users { totalCount } }": typeof types.CrashUserCountDocument,
    "query CrashMe { me { email } }": typeof types.CrashMeDocument,
    "query CrashUsers { users { nodes { id permissions { permissions } } } }": typeof types.CrashUsersDocument,
    "mutation HarnessSignUp($input: SignUpInput!) { signUp(input: $input) { email } }": typeof types.HarnessSignUpDocument,
    "mutation HarnessVerifyEmail($input: VerifyEmailInput!) { verifyEmail(input: $input) { token me { account { id } user { id } } } }": typeof types.HarnessVerifyEmailDocument,
    "mutation HarnessInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { id } }": typeof types.HarnessInviteUserDocument,
    "mutation HarnessAcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { account { id } user { id } } } }": typeof types.HarnessAcceptInviteDocument,
    "mutation IdentitySignUp($input: SignUpInput!) { signUp(input: $input) { email message } }": typeof types.IdentitySignUpDocument,
    "mutation IdentityVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { token me { name email account { name } } } }": typeof types.IdentityVerifyDocument,
    "mutation IdentityLogin($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }": typeof types.IdentityLoginDocument,
    "mutation IdentityResetRequest($email: String!) { requestPasswordReset(email: $email) { email message } }": typeof types.IdentityResetRequestDocument,
    "mutation IdentityReset($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) }": typeof types.IdentityResetDocument,
    "mutation IdentityAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { email account { id } } } }": typeof types.IdentityAcceptDocument,
    "mutation IdentityInviteUser($email: String!) { inviteUser(input: { email: $email, name: \"Bob\" }) { id } }": typeof types.IdentityInviteUserDocument,
    "query IdentityInvitation($token: String!) { invitation(token: $token) { hasLogin } }": typeof types.IdentityInvitationDocument,
    "mutation IdentityInviteUser2($email: String!) { inviteUser(input: { email: $email }) { id } }": typeof types.IdentityInviteUser2Document,
    "query IdentityMe { me { name } }": typeof types.IdentityMeDocument,
    "query IdentityAuditLog { auditLog(first: 5) { nodes { action after } } }": typeof types.IdentityAuditLogDocument,
    "query IdentityAuditLog2 { auditLog(first: 1) { nodes { action target { email } after } } }": typeof types.IdentityAuditLog2Document,
    "mutation IdentityChangePassword($current: String!, $new: String!) { changePassword(input: { currentPassword: $current, newPassword: $new }) }": typeof types.IdentityChangePasswordDocument,
    "mutation IdentityChangeEmail($email: String!, $password: String!) { changeEmail(input: { newEmail: $email, password: $password }) { email message } }": typeof types.IdentityChangeEmailDocument,
    "mutation IdentityConfirm($token: String!) { confirmEmailChange(token: $token) }": typeof types.IdentityConfirmDocument,
    "query IdentityAuditLog3 { auditLog(first: 1) { nodes { action before after } } }": typeof types.IdentityAuditLog3Document,
    "query IdentitySessions { me { sessions { id userAgent current lastSeenAt account { name } } } }": typeof types.IdentitySessionsDocument,
    "mutation IdentityEndSession($id: ID!) { endSession(id: $id) }": typeof types.IdentityEndSessionDocument,
    "mutation IdentityEndOtherSessions { endOtherSessions }": typeof types.IdentityEndOtherSessionsDocument,
    "query IdentityAuditLog4 { auditLog(first: 1) { nodes { action after } } }": typeof types.IdentityAuditLog4Document,
    "mutation IdentityCreate($name: String!) { createAccount(name: $name) { account { id name } permissions { fullAccess } accounts { name } } }": typeof types.IdentityCreateDocument,
    "query IdentityMe2 { me { account { id } } }": typeof types.IdentityMe2Document,
    "query IdentityAuditLog5 { auditLog(first: 1) { nodes { action } } }": typeof types.IdentityAuditLog5Document,
    "mutation InstancesSet($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }": typeof types.InstancesSetDocument,
    "query InstancesUsers { users { nodes { id permissions { fullAccess } } } }": typeof types.InstancesUsersDocument,
    "mutation InstancesSignUp($input: SignUpInput!) { signUp(input: $input) { email } }": typeof types.InstancesSignUpDocument,
    "mutation InstancesVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { token } }": typeof types.InstancesVerifyDocument,
    "mutation InstancesInviteUser($email: String!) { inviteUser(input: { email: $email }) { id } }": typeof types.InstancesInviteUserDocument,
    "query InstancesAuditLog { auditLog { nodes { action } } }": typeof types.InstancesAuditLogDocument,
    "mutation InstancesLogout { logout }": typeof types.InstancesLogoutDocument,
    "query InstancesMe { me { name } }": typeof types.InstancesMeDocument,
    "mutation InstancesLogin($input: LoginInput!) { login(input: $input) { token } }": typeof types.InstancesLoginDocument,
    "query InventoryAuditLog($subjectType: AuditSubjectType) {\n  auditLog(first: 20, subjectType: $subjectType) { nodes { action subjectType subjectId actor { name } before after } }\n}": typeof types.InventoryAuditLogDocument,
    "query BillingSyncBilling { account { id name createdAt billing { plan billingEmail cardLast4 monthlyPriceCents renewsAt } } }": typeof types.BillingSyncBillingDocument,
    "mutation BillingSyncUpdateBilling($input: UpdateBillingInput!) {\n  updateBilling(input: $input) { plan billingEmail cardLast4 monthlyPriceCents renewsAt }\n}": typeof types.BillingSyncUpdateBillingDocument,
    "mutation BillingSyncRunSync { runSync { id startedBy { id name } variantCount warehouseCount startedAt finishedAt } }": typeof types.BillingSyncRunSyncDocument,
    "query BillingSyncSyncRuns($first: Int, $after: String) {\n  syncRuns(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id startedBy { id } } }\n}": typeof types.BillingSyncSyncRunsDocument,
    "query BillingSyncAuditLog($type: AuditSubjectType) { auditLog(subjectType: $type) { totalCount nodes { action actor { id } subjectId before after } } }": typeof types.BillingSyncAuditLogDocument,
    "query BillingSyncAccount { account { name billing { plan } } }": typeof types.BillingSyncAccountDocument,
    "mutation BillingSyncCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { id } }": typeof types.BillingSyncCreateProductDocument,
    "mutation BillingSyncCreateWarehouse { createWarehouse(name: \"Main\") { id } }": typeof types.BillingSyncCreateWarehouseDocument,
    "mutation InventoryCatalogCreate($input: CreateProductInput!) {\n  createProduct(input: $input) { id name category variants { id sku costCents priceCents marginPercent } }\n}": typeof types.InventoryCatalogCreateDocument,
    "query InventoryCatalogUser($id: ID!) { user(id: $id) { id } }": typeof types.InventoryCatalogUserDocument,
    "query InventoryCatalogProducts { products { totalCount } }": typeof types.InventoryCatalogProductsDocument,
    "query InventoryCatalogFind($category: String) { products(category: $category) { totalCount nodes { id name category variants { id sku title priceCents product { name } } } } }": typeof types.InventoryCatalogFindDocument,
    "query InventoryCatalogVariant($id: ID!) { variant(id: $id) { sku } }": typeof types.InventoryCatalogVariantDocument,
    "query InventoryCatalogVariant2($id: ID!) { variant(id: $id) { sku costCents marginPercent stock { onHand } forecastMonthlyUnits } }": typeof types.InventoryCatalogVariant2Document,
    "mutation OpenToBuySetBudget($input: SetBudgetInput!) { setBudget(input: $input) { id month category amountCents } }": typeof types.OpenToBuySetBudgetDocument,
    "query OpenToBuyOpenToBuy($from: String!, $to: String!) {\n  openToBuy(from: $from, to: $to) { month category budgetCents committedCents remainingCents }\n}": typeof types.OpenToBuyOpenToBuyDocument,
    "query OpenToBuyAudit { auditLog(subjectType: Budget) { totalCount nodes { action subjectId before after } } }": typeof types.OpenToBuyAuditDocument,
    "mutation OpenToBuyCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }": typeof types.OpenToBuyCreateProductDocument,
    "mutation OpenToBuyCreateVendor { createVendor(input: { name: \"Mill\", leadTimeDays: 14 }) { id } }": typeof types.OpenToBuyCreateVendorDocument,
    "mutation OpenToBuyCreateWarehouse($name: String!) { createWarehouse(name: $name) { id } }": typeof types.OpenToBuyCreateWarehouseDocument,
    "mutation PurchasingCreateWarehouse { createWarehouse(name: \"Main\") { id } }": typeof types.PurchasingCreateWarehouseDocument,
    "mutation PurchasingCreateVendor($input: CreateVendorInput!) { createVendor(input: $input) { id } }": typeof types.PurchasingCreateVendorDocument,
    "mutation PurchasingCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }": typeof types.PurchasingCreateProductDocument,
    "fragment PurchasingOrder on StockOrder {\n  id status expectedMonth totalCents placedAt receivedAt emailedAt\n  vendor { id } warehouse { id } createdBy { id }\n  lines { variant { id sku } quantity unitCostCents totalCents }\n}": typeof types.PurchasingOrderFragmentDoc,
    "mutation PurchasingCreate($input: CreateStockOrderInput!) { createStockOrder(input: $input) { ...PurchasingOrder } }": typeof types.PurchasingCreateDocument,
    "mutation PurchasingSetLine($input: SetStockOrderLineInput!) { setStockOrderLine(input: $input) { ...PurchasingOrder } }": typeof types.PurchasingSetLineDocument,
    "mutation PurchasingPlace($id: ID!) { placeStockOrder(id: $id) { ...PurchasingOrder } }": typeof types.PurchasingPlaceDocument,
    "mutation PurchasingReceive($id: ID!) { receiveStockOrder(id: $id) { ...PurchasingOrder } }": typeof types.PurchasingReceiveDocument,
    "mutation PurchasingSend($id: ID!) { sendStockOrder(id: $id) { ...PurchasingOrder } }": typeof types.PurchasingSendDocument,
    "mutation PurchasingSetEmail($input: SetVendorEmailInput!) { setVendorEmail(input: $input) { id email } }": typeof types.PurchasingSetEmailDocument,
    "mutation PurchasingImport($csv: String!) {\n  importStockOrders(csv: $csv) { stockOrders { ...PurchasingOrder } stockOrderCount errors { row column message } }\n}": typeof types.PurchasingImportDocument,
    "query PurchasingOrderById($id: ID!) { stockOrder(id: $id) { ...PurchasingOrder } }": typeof types.PurchasingOrderByIdDocument,
    "query PurchasingCount { stockOrders { totalCount } }": typeof types.PurchasingCountDocument,
    "query PurchasingVariant($id: ID!) { variant(id: $id) { stock { warehouse { id } onHand } } }": typeof types.PurchasingVariantDocument,
    "query PurchasingAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action after } } }": typeof types.PurchasingAuditLogDocument,
    "mutation PurchasingSetStockLevel($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }": typeof types.PurchasingSetStockLevelDocument,
    "query PurchasingStockOrders { stockOrders(status: DRAFT) { totalCount nodes { id status } } }": typeof types.PurchasingStockOrdersDocument,
    "mutation PurchasingImportStockOrders($csv: String!) { importStockOrders(csv: $csv) { stockOrders { id } errors { row } } }": typeof types.PurchasingImportStockOrdersDocument,
    "mutation PurchasingPlaceId($id: ID!) { placeStockOrder(id: $id) { id } }": typeof types.PurchasingPlaceIdDocument,
    "mutation PurchasingReceiveId($id: ID!) { receiveStockOrder(id: $id) { id } }": typeof types.PurchasingReceiveIdDocument,
    "mutation PurchasingSendId($id: ID!) { sendStockOrder(id: $id) { id } }": typeof types.PurchasingSendIdDocument,
    "mutation PurchasingCreateVendor2 { createVendor(input: { name: \"Threadco\", leadTimeDays: 10 }) { id } }": typeof types.PurchasingCreateVendor2Document,
    "query PurchasingVendors { vendors { id email } }": typeof types.PurchasingVendorsDocument,
    "query PurchasingAuditLog2($id: ID!) { auditLog(subjectId: $id) { nodes { action subjectType after } } }": typeof types.PurchasingAuditLog2Document,
    "query PurchasingAuditLog3($id: ID!) { auditLog(subjectId: $id, first: 1) { nodes { action after } } }": typeof types.PurchasingAuditLog3Document,
    "mutation PurchasingImportStockOrders2($csv: String!) { importStockOrders(csv: $csv) { stockOrderCount errors { row } } }": typeof types.PurchasingImportStockOrders2Document,
    "query PurchasingAuditLog4 { auditLog(subjectType: StockOrder, first: 100) { totalCount nodes { action } } }": typeof types.PurchasingAuditLog4Document,
    "query ReportsKpis($days: Int, $categories: [String!], $warehouseIds: [ID!]) {\n  inventoryKpis(days: $days, categories: $categories, warehouseIds: $warehouseIds) {\n    category unitsSold unitsOnHand sellThroughPercent inventoryTurnover stockValueCents\n  }\n}": typeof types.ReportsKpisDocument,
    "fragment ReportsPresetFields on ReportPreset {\n  id name shared filters { categories warehouseIds days } owner { id name }\n}": typeof types.ReportsPresetFieldsFragmentDoc,
    "query ReportsPresets { reportPresets { ...ReportsPresetFields } }": typeof types.ReportsPresetsDocument,
    "mutation ReportsSave($input: SaveReportPresetInput!) { saveReportPreset(input: $input) { ...ReportsPresetFields } }": typeof types.ReportsSaveDocument,
    "mutation ReportsSaveShared($input: SaveReportPresetInput!) { saveSharedReportPreset(input: $input) { ...ReportsPresetFields } }": typeof types.ReportsSaveSharedDocument,
    "mutation ReportsDelete($id: ID!) { deleteReportPreset(id: $id) { id } }": typeof types.ReportsDeleteDocument,
    "mutation ReportsDeleteShared($id: ID!) { deleteSharedReportPreset(id: $id) { id } }": typeof types.ReportsDeleteSharedDocument,
    "query ReportsAudit { auditLog(subjectType: ReportPreset) { totalCount nodes { action subjectId before after } } }": typeof types.ReportsAuditDocument,
    "mutation ReportsSetStock($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }": typeof types.ReportsSetStockDocument,
    "mutation ReportsRecordSales($input: RecordSalesInput!) { recordSales(input: $input) { id } }": typeof types.ReportsRecordSalesDocument,
    "mutation ReportsCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }": typeof types.ReportsCreateProductDocument,
    "mutation ReportsCreateWarehouse($name: String!) { createWarehouse(name: $name) { id } }": typeof types.ReportsCreateWarehouseDocument,
    "mutation ReportsCreateWarehouse2 { createWarehouse(name: \"Theirs\") { id } }": typeof types.ReportsCreateWarehouse2Document,
    "mutation WholesaleCreateWarehouse { createWarehouse(name: \"Main\") { id } }": typeof types.WholesaleCreateWarehouseDocument,
    "mutation WholesaleCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }": typeof types.WholesaleCreateProductDocument,
    "fragment WholesaleOrderFields on WholesaleOrder {\n  id customerName status totalCents confirmedAt warehouse { id } createdBy { id }\n  lines { variant { sku } quantity unitPriceCents totalCents }\n}": typeof types.WholesaleOrderFieldsFragmentDoc,
    "mutation WholesaleCreate($input: CreateWholesaleOrderInput!) { createWholesaleOrder(input: $input) { ...WholesaleOrderFields } }": typeof types.WholesaleCreateDocument,
    "mutation WholesaleConfirm($id: ID!) { confirmWholesaleOrder(id: $id) { ...WholesaleOrderFields } }": typeof types.WholesaleConfirmDocument,
    "query WholesaleList { wholesaleOrders { totalCount nodes { ...WholesaleOrderFields } } }": typeof types.WholesaleListDocument,
    "mutation WholesaleUpdateAccount($on: Boolean!) { updateAccount(input: { wholesaleEnabled: $on }) { wholesaleEnabled } }": typeof types.WholesaleUpdateAccountDocument,
    "mutation WholesaleSetStockLevel($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }": typeof types.WholesaleSetStockLevelDocument,
    "query WholesaleVariant($id: ID!) { variant(id: $id) { stock { onHand } } }": typeof types.WholesaleVariantDocument,
    "query WholesaleAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action } } }": typeof types.WholesaleAuditLogDocument,
    "query WholesaleWholesaleOrder($id: ID!) { wholesaleOrder(id: $id) { status } }": typeof types.WholesaleWholesaleOrderDocument,
    "mutation WholesaleUpdateAccount2 { updateAccount(input: { wholesaleEnabled: true }) { id } }": typeof types.WholesaleUpdateAccount2Document,
    "query WholesaleWholesaleOrder2($id: ID!) { wholesaleOrder(id: $id) { id } }": typeof types.WholesaleWholesaleOrder2Document,
    "mutation WholesaleCreateProduct2 { createProduct(input: { name: \"Theirs\", category: \"Shirts\", variants: [{ sku: \"WH-A\", title: \"A\", costCents: 1, priceCents: 2 }] }) { variants { id } } }": typeof types.WholesaleCreateProduct2Document,
    "mutation WholesaleCreateWholesaleOrder($input: CreateWholesaleOrderInput!) { createWholesaleOrder(input: $input) { id } }": typeof types.WholesaleCreateWholesaleOrderDocument,
    "mutation WholesaleConfirmWholesaleOrder($id: ID!) { confirmWholesaleOrder(id: $id) { id } }": typeof types.WholesaleConfirmWholesaleOrderDocument,
    "mutation InvitesInvite($input: InviteUserInput!) { inviteUser(input: $input) { id status expiresAt sentCount } }": typeof types.InvitesInviteDocument,
    "query InvitesList($status: InviteStatus) {\n  invites(status: $status) { totalCount nodes { id email status sentCount acceptedBy { name } revokedBy { name } } }\n}": typeof types.InvitesListDocument,
    "mutation InvitesAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { user { id } permissions { permissions } } } }": typeof types.InvitesAcceptDocument,
    "mutation InvitesResend($id: ID!) { resendInvite(inviteId: $id) { status sentCount expiresAt } }": typeof types.InvitesResendDocument,
    "mutation InvitesRevoke($id: ID!) { revokeInvite(inviteId: $id) { status } }": typeof types.InvitesRevokeDocument,
    "mutation InvitesDeleteUser($id: ID!) { deleteUser(userId: $id) { status } }": typeof types.InvitesDeleteUserDocument,
    "query InvitesUser($id: ID!) { user(id: $id) { status deletedAt } }": typeof types.InvitesUserDocument,
    "query InvitesActiveUsers($after: String) { users(first: 2, status: ACTIVE, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id status } } }": typeof types.InvitesActiveUsersDocument,
    "query InvitesDeletedUsers { users(status: DELETED) { nodes { status } } }": typeof types.InvitesDeletedUsersDocument,
    "fragment BrandSettingsFields on BrandSettings {\n  legalName website contactEmail about multipleDivisionsPerOrder inventoryVisibility inventoryDisplay\n}": typeof types.BrandSettingsFieldsFragmentDoc,
    "query BrandSettings { brandSettings { ...BrandSettingsFields paymentAccount } }": typeof types.BrandSettingsDocument,
    "mutation BrandUpdateInfo($input: BrandInformationInput!) { updateBrandInformation(input: $input) { ...BrandSettingsFields } }": typeof types.BrandUpdateInfoDocument,
    "mutation BrandUpdateDivisions($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { ...BrandSettingsFields } }": typeof types.BrandUpdateDivisionsDocument,
    "mutation BrandUpdateInventory($input: InventorySettingsInput!) { updateInventorySettings(input: $input) { ...BrandSettingsFields } }": typeof types.BrandUpdateInventoryDocument,
    "mutation BrandConnect($id: String) { connectPaymentAccount(stripeAccountId: $id) { paymentAccount } }": typeof types.BrandConnectDocument,
    "query BrandAuditLog($id: ID!) { auditLog(subjectId: $id, first: 100) { nodes { action before after } } }": typeof types.BrandAuditLogDocument,
    "query BrandAuditLog2 { auditLog { totalCount } }": typeof types.BrandAuditLog2Document,
    "query BrandAuditLog3($id: ID!) { auditLog(subjectId: $id) { nodes { action before after } } }": typeof types.BrandAuditLog3Document,
    "query BrandEverything { brandSettings { ...BrandSettingsFields } companyNumbers { id } customerGroups { id } discountOptions { id } divisions { id } }": typeof types.BrandEverythingDocument,
    "mutation ConnectionsConnect($name: String!, $regionId: ID) { connectRetailer(retailerName: $name, regionId: $regionId) { id } }": typeof types.ConnectionsConnectDocument,
    "query ConnectionsList { connections(first: 50) { totalCount nodes { retailerName } } }": typeof types.ConnectionsListDocument,
    "query ConnectionsOne($id: ID!) { connection(id: $id) { retailerName buyers } }": typeof types.ConnectionsOneDocument,
    "mutation ConnectionsBuyers($id: ID!, $buyers: [String!]!) { editConnectionBuyers(connectionId: $id, buyers: $buyers) { buyers } }": typeof types.ConnectionsBuyersDocument,
    "mutation ConnectionsBudget($id: ID!, $cents: Cents) { editConnectionBudget(connectionId: $id, budgetCents: $cents) { budgetCents } }": typeof types.ConnectionsBudgetDocument,
    "mutation ConnectionsRemove($id: ID!) { removeConnection(id: $id) { status } }": typeof types.ConnectionsRemoveDocument,
    "mutation ConnectionsSetRegions($userId: ID!, $regionIds: [ID!]!) { setUserRegions(userId: $userId, regionIds: $regionIds) { regions { name } } }": typeof types.ConnectionsSetRegionsDocument,
    "mutation ConnectionsPermissions($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }": typeof types.ConnectionsPermissionsDocument,
    "mutation ConnectionsCreateRegion($name: String!) { createRegion(name: $name) { id } }": typeof types.ConnectionsCreateRegionDocument,
    "mutation ConnectionsEditConnectionCurrencies($id: ID!) { editConnectionCurrencies(connectionId: $id, currencies: [\"euro\"]) { id } }": typeof types.ConnectionsEditConnectionCurrenciesDocument,
    "mutation ConnectionsEditConnectionDoors($id: ID!, $doors: [String!]!) { editConnectionDoors(connectionId: $id, doors: $doors) { id } }": typeof types.ConnectionsEditConnectionDoorsDocument,
    "query ConnectionsLog($id: ID) { auditLog(first: 100, subjectId: $id) { nodes { action subjectId after } } }": typeof types.ConnectionsLogDocument,
    "mutation ConnectionsMove($id: ID!, $regionId: ID) { setConnectionRegion(connectionId: $id, regionId: $regionId) { region { name } } }": typeof types.ConnectionsMoveDocument,
    "mutation ConnectionsDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }": typeof types.ConnectionsDeleteUserDocument,
    "query ConnectionsUsers { users(first: 100) { nodes { name regions { name } } } }": typeof types.ConnectionsUsersDocument,
    "mutation LinesheetsAddStyle($input: AddStyleInput!) { addStyle(input: $input) { id } }": typeof types.LinesheetsAddStyleDocument,
    "fragment LinesheetsSheet on Linesheet {\n  id kind name owner { id } startShip deliveryDates private syncToIpad sharedAt archivedAt\n  styles { style { id } badge { id name } }\n}": typeof types.LinesheetsSheetFragmentDoc,
    "mutation LinesheetsCreate($input: CreateLinesheetInput!) { createLinesheet(input: $input) { ...LinesheetsSheet } }": typeof types.LinesheetsCreateDocument,
    "mutation LinesheetsUpdate($input: UpdateLinesheetInput!) { updateLinesheet(input: $input) { ...LinesheetsSheet } }": typeof types.LinesheetsUpdateDocument,
    "mutation LinesheetsArchive($id: ID!) { archiveLinesheet(id: $id) { ...LinesheetsSheet } }": typeof types.LinesheetsArchiveDocument,
    "mutation LinesheetsDelete($id: ID!) { deleteLinesheet(id: $id) { id } }": typeof types.LinesheetsDeleteDocument,
    "mutation LinesheetsPrivacy($id: ID!, $private: Boolean!) { setLinesheetPrivacy(id: $id, private: $private) { ...LinesheetsSheet } }": typeof types.LinesheetsPrivacyDocument,
    "mutation LinesheetsShare($id: ID!) { shareLinesheet(id: $id) { ...LinesheetsSheet } }": typeof types.LinesheetsShareDocument,
    "mutation LinesheetsSync($id: ID!, $syncToIpad: Boolean!) { setLinesheetIpadSync(id: $id, syncToIpad: $syncToIpad) { ...LinesheetsSheet } }": typeof types.LinesheetsSyncDocument,
    "mutation LinesheetsBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n  setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) { ...LinesheetsSheet }\n}": typeof types.LinesheetsBadgeDocument,
    "mutation LinesheetsCreateBadge($name: String!) { createStyleBadge(name: $name) { id name } }": typeof types.LinesheetsCreateBadgeDocument,
    "query LinesheetsById($id: ID!) { linesheet(id: $id) { ...LinesheetsSheet } }": typeof types.LinesheetsByIdDocument,
    "query LinesheetsList($includeArchived: Boolean) { linesheets(first: 100, includeArchived: $includeArchived) { totalCount nodes { id } } }": typeof types.LinesheetsListDocument,
    "query LinesheetsAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action } } }": typeof types.LinesheetsAuditLogDocument,
    "mutation LinesheetsDeleteStyle($id: ID!) { deleteStyle(id: $id) { id } }": typeof types.LinesheetsDeleteStyleDocument,
    "query LinesheetsLinesheets { linesheets(first: 100) { nodes { ...LinesheetsSheet owner { name } styles { style { styleNumber } } } } }": typeof types.LinesheetsLinesheetsDocument,
    "fragment OrderDiscountsMoney on Order {\n  status subtotalCents retailerDiscountPercent retailerDiscountCents discountPercent orderDiscountCents totalCents\n}": typeof types.OrderDiscountsMoneyFragmentDoc,
    "query OrderDiscountsRead($id: ID!) { order(id: $id) { ...OrderDiscountsMoney } }": typeof types.OrderDiscountsReadDocument,
    "mutation OrderDiscountsRetailerDiscount($id: ID!, $percent: Int) { editConnectionDiscount(connectionId: $id, discountPercent: $percent) { discountPercent } }": typeof types.OrderDiscountsRetailerDiscountDocument,
    "mutation OrderDiscountsSetDiscount($orderId: ID!, $percent: Int, $optionId: ID) {\n  setOrderDiscount(orderId: $orderId, percent: $percent, discountOptionId: $optionId) { ...OrderDiscountsMoney }\n}": typeof types.OrderDiscountsSetDiscountDocument,
    "mutation OrderDiscountsOption($input: SaveDiscountOptionInput!) { saveDiscountOption(input: $input) { id percent } }": typeof types.OrderDiscountsOptionDocument,
    "mutation OrderDiscountsInvoice($orderId: ID!) { invoiceOrder(orderId: $orderId) { amountCents } }": typeof types.OrderDiscountsInvoiceDocument,
    "query OrderDiscountsAudit($id: ID!) { auditLog(subjectId: $id) { nodes { action after } } }": typeof types.OrderDiscountsAuditDocument,
    "mutation OrderDiscountsLine($input: SetOrderLineInput!) { setOrderLine(input: $input) { id } }": typeof types.OrderDiscountsLineDocument,
    "mutation OrderDiscountsTotals($orderId: ID!) { setOrderDiscount(orderId: $orderId, percent: 50) { retailerDiscountCents orderDiscountCents totalCents } }": typeof types.OrderDiscountsTotalsDocument,
    "mutation OrderDivisionsSetting($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { multipleDivisionsPerOrder } }": typeof types.OrderDivisionsSettingDocument,
    "fragment OrderFixturesOrder on Order {\n  id status poNumber generatedPoNumber startShip deliveryDate discountPercent subtotalCents retailerDiscountPercent retailerDiscountCents orderDiscountCents totalCents\n  mergedIntoId exportRequestedAt exportedAt submittedAt createdBy { id name }\n  connection { id retailerName } linesheet { id name startShip deliveryDates }\n  lines { id style { id styleNumber name } size colour quantity unitPriceCents discountPercent totalCents cancelled }\n}": typeof types.OrderFixturesOrderFragmentDoc,
    "query OrderFixturesOrderById($id: ID!) { order(id: $id) { ...OrderFixturesOrder } }": typeof types.OrderFixturesOrderByIdDocument,
    "mutation OrderFixturesCreate($input: CreateOrderInput!) { createOrder(input: $input) { ...OrderFixturesOrder } }": typeof types.OrderFixturesCreateDocument,
    "mutation OrderFixturesSetLine($input: SetOrderLineInput!) { setOrderLine(input: $input) { ...OrderFixturesOrder } }": typeof types.OrderFixturesSetLineDocument,
    "mutation OrderFixturesSetDates($input: SetOrderDatesInput!) { setOrderDates(input: $input) { ...OrderFixturesOrder } }": typeof types.OrderFixturesSetDatesDocument,
    "mutation OrderFixturesSetDiscount($orderId: ID!, $percent: Int!) { setOrderDiscount(orderId: $orderId, percent: $percent) { ...OrderFixturesOrder } }": typeof types.OrderFixturesSetDiscountDocument,
    "mutation OrderFixturesSetPo($orderId: ID!, $poNumber: String!) { setOrderPoNumber(orderId: $orderId, poNumber: $poNumber) { ...OrderFixturesOrder } }": typeof types.OrderFixturesSetPoDocument,
    "mutation OrderFixturesCancelStyle($input: CancelOrderStyleInput!) { cancelOrderStyle(input: $input) { ...OrderFixturesOrder } }": typeof types.OrderFixturesCancelStyleDocument,
    "mutation OrderFixturesMerge($target: ID!, $source: ID!) { mergeOrders(targetOrderId: $target, sourceOrderId: $source) { ...OrderFixturesOrder } }": typeof types.OrderFixturesMergeDocument,
    "mutation OrderFixturesSubmitOrder($id: ID!) { submitOrder(id: $id) { ...OrderFixturesOrder } }": typeof types.OrderFixturesSubmitOrderDocument,
    "mutation OrderFixturesApproveOrder($id: ID!) { approveOrder(id: $id) { ...OrderFixturesOrder } }": typeof types.OrderFixturesApproveOrderDocument,
    "mutation OrderFixturesShipOrder($id: ID!) { shipOrder(id: $id) { ...OrderFixturesOrder } }": typeof types.OrderFixturesShipOrderDocument,
    "mutation OrderFixturesForceExportOrder($id: ID!) { forceExportOrder(id: $id) { ...OrderFixturesOrder } }": typeof types.OrderFixturesForceExportOrderDocument,
    "mutation OrderFixturesMarkOrderExported($id: ID!) { markOrderExported(id: $id) { ...OrderFixturesOrder } }": typeof types.OrderFixturesMarkOrderExportedDocument,
    "mutation OrderPathsTestRemoveConnection($id: ID!) { removeConnection(id: $id) { id } }": typeof types.OrderPathsTestRemoveConnectionDocument,
    "mutation OrderPathsTestArchiveLinesheet($id: ID!) { archiveLinesheet(id: $id) { id } }": typeof types.OrderPathsTestArchiveLinesheetDocument,
    "mutation OrderPathsDivisionSettings($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { multipleDivisionsPerOrder } }": typeof types.OrderPathsDivisionSettingsDocument,
    "mutation OrderPathsDeleteStyle($id: ID!) { deleteStyle(id: $id) { id } }": typeof types.OrderPathsDeleteStyleDocument,
    "mutation OrderPathsRemoveConnection($id: ID!) { removeConnection(id: $id) { id } }": typeof types.OrderPathsRemoveConnectionDocument,
    "mutation OrderPathsArchiveLinesheet($id: ID!) { archiveLinesheet(id: $id) { id } }": typeof types.OrderPathsArchiveLinesheetDocument,
    "mutation OrderPathsAssignToNewRetailer($id: ID!) { assignOrderToNewRetailer(orderId: $id, retailerName: \"Newcomer\") { id minimumOrderCents } }": typeof types.OrderPathsAssignToNewRetailerDocument,
    "mutation OrderPathsInvoice($id: ID!) { invoiceOrder(orderId: $id) { amountCents } }": typeof types.OrderPathsInvoiceDocument,
    "mutation OrderRulesAdd($name: String!) { addClient(retailerName: $name) { id status } }": typeof types.OrderRulesAddDocument,
    "mutation OrderRulesConnect($name: String!) { connectRetailer(retailerName: $name) { id status } }": typeof types.OrderRulesConnectDocument,
    "mutation OrderRulesAssign($id: ID!, $name: String!) { assignOrderToNewRetailer(orderId: $id, retailerName: $name) { id status } }": typeof types.OrderRulesAssignDocument,
    "mutation OrderRulesSave($input: SaveEventInput!) { saveEvent(input: $input) { id name } }": typeof types.OrderRulesSaveDocument,
    "query OrderRulesEvents { events { id name } }": typeof types.OrderRulesEventsDocument,
    "query OrdersAudit($id: ID!) { auditLog(subjectId: $id) { nodes { action before after } } }": typeof types.OrdersAuditDocument,
    "mutation OrdersDates($input: SetOrderDatesInput!) { setOrderDates(input: $input) { id } }": typeof types.OrdersDatesDocument,
    "mutation OrdersLine($input: SetOrderLineInput!) { setOrderLine(input: $input) { lines { totalCents } } }": typeof types.OrdersLineDocument,
    "mutation OrdersTotal($orderId: ID!) { setOrderDiscount(orderId: $orderId, percent: 50) { totalCents lines { totalCents } } }": typeof types.OrdersTotalDocument,
    "query OrdersList($status: OrderStatus) { orders(first: 100, status: $status) { totalCount nodes { id status } } }": typeof types.OrdersListDocument,
    "mutation OrdersSet($input: SetRetailerOrderRestrictionsInput!) {\n      setRetailerOrderRestrictions(input: $input) { id minimumOrderCents retailerMayEditOrders }\n    }": typeof types.OrdersSetDocument,
    "mutation OrdersAdd($name: String!) { addClient(retailerName: $name) { id retailerName status } }": typeof types.OrdersAddDocument,
    "mutation OrdersInvoice($orderId: ID!) { invoiceOrder(orderId: $orderId) { id number amountCents order { id } connection { id } issuedBy { id } } }": typeof types.OrdersInvoiceDocument,
    "query OrdersInvoices { invoices(first: 100) { totalCount nodes { id number amountCents order { id } } } }": typeof types.OrdersInvoicesDocument,
    "mutation OrdersSave($input: SaveEventInput!) { saveEvent(input: $input) { id name startsOn endsOn location } }": typeof types.OrdersSaveDocument,
    "query OrdersEvents { events { id name } }": typeof types.OrdersEventsDocument,
    "query OrdersOrder($id: ID!) { order(id: $id) { id } }": typeof types.OrdersOrderDocument,
    "mutation OrdersInvoiceOrder($id: ID!) { invoiceOrder(orderId: $id) { id } }": typeof types.OrdersInvoiceOrderDocument,
    "mutation OrdersCreate($input: CreateOrderInput!) { createOrder(input: $input) { id } }": typeof types.OrdersCreateDocument,
    "query OrdersOrders { orders(first: 100) { nodes { id } } }": typeof types.OrdersOrdersDocument,
    "mutation OrdersCreate2($input: CreateOrderInput!) { createOrder(input: $input) { id linesheet { name } } }": typeof types.OrdersCreate2Document,
    "query OrdersOrders2 { orders(first: 100) { nodes { id } } invoices(first: 100) { nodes { order { id } } } }": typeof types.OrdersOrders2Document,
    "query OrdersTypename { __typename }": typeof types.OrdersTypenameDocument,
    "mutation OrdersSubmitId($id: ID!) { submitOrder(id: $id) { id } }": typeof types.OrdersSubmitIdDocument,
    "mutation OrdersMergeId($target: ID!, $source: ID!) { mergeOrders(targetOrderId: $target, sourceOrderId: $source) { id } }": typeof types.OrdersMergeIdDocument,
    "query OrdersList2($first: Int) {\n      orders(first: $first) {\n        nodes { id status poNumber subtotalCents retailerDiscountPercent retailerDiscountCents orderDiscountCents totalCents\n          createdBy { name } connection { id retailerName } linesheet { id name }\n          lines { id quantity totalCents style { id styleNumber name } } }\n      }\n    }": typeof types.OrdersList2Document,
    "fragment StylesStyle on Style {\n  id styleNumber name description wholesalePriceCents upc deletedAt\n  division { id name } images { id url contentType } badges { id name } inventory { size colour available }\n}": typeof types.StylesStyleFragmentDoc,
    "mutation StylesAdd($input: AddStyleInput!) { addStyle(input: $input) { ...StylesStyle } }": typeof types.StylesAddDocument,
    "mutation StylesCopy($styleId: ID!, $styleNumber: String!) { copyStyle(styleId: $styleId, styleNumber: $styleNumber) { ...StylesStyle } }": typeof types.StylesCopyDocument,
    "mutation StylesDelete($id: ID!) { deleteStyle(id: $id) { ...StylesStyle } }": typeof types.StylesDeleteDocument,
    "mutation StylesEdit($input: EditStyleInput!) { editStyle(input: $input) { ...StylesStyle } }": typeof types.StylesEditDocument,
    "mutation StylesSetUpc($styleId: ID!, $upc: String) { setStyleUpc(styleId: $styleId, upc: $upc) { ...StylesStyle } }": typeof types.StylesSetUpcDocument,
    "mutation StylesSetDivision($styleId: ID!, $divisionId: ID) { setStyleDivision(styleId: $styleId, divisionId: $divisionId) { ...StylesStyle } }": typeof types.StylesSetDivisionDocument,
    "mutation StylesUpload($styleId: ID!, $contentType: String!, $dataBase64: String!) {\n  uploadStyleImage(styleId: $styleId, contentType: $contentType, dataBase64: $dataBase64) { id url contentType }\n}": typeof types.StylesUploadDocument,
    "mutation StylesRemoveImage($imageId: ID!) { removeStyleImage(imageId: $imageId) { ...StylesStyle } }": typeof types.StylesRemoveImageDocument,
    "mutation StylesCreateBadge($name: String!) { createStyleBadge(name: $name) { id name } }": typeof types.StylesCreateBadgeDocument,
    "mutation StylesAddBadge($styleId: ID!, $badgeId: ID!) { addStyleBadge(styleId: $styleId, badgeId: $badgeId) { ...StylesStyle } }": typeof types.StylesAddBadgeDocument,
    "mutation StylesRemoveBadge($styleId: ID!, $badgeId: ID!) { removeStyleBadge(styleId: $styleId, badgeId: $badgeId) { ...StylesStyle } }": typeof types.StylesRemoveBadgeDocument,
    "mutation StylesSetInventory($input: SetStyleInventoryInput!) { setStyleInventory(input: $input) { ...StylesStyle } }": typeof types.StylesSetInventoryDocument,
    "query StylesById($id: ID!) { style(id: $id) { ...StylesStyle } }": typeof types.StylesByIdDocument,
    "query StylesStyles($includeDeleted: Boolean) { styles(first: 100, includeDeleted: $includeDeleted) { totalCount nodes { id styleNumber } } }": typeof types.StylesStylesDocument,
    "query StylesAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action } } }": typeof types.StylesAuditLogDocument,
    "query StylesStyleBadges { styleBadges { id name } }": typeof types.StylesStyleBadgesDocument,
    "query StylesStyleBadges2 { styleBadges { id } }": typeof types.StylesStyleBadges2Document,
    "query StylesStylesRead { styles(first: 100) { nodes { ...StylesStyle } } }": typeof types.StylesStylesReadDocument,
    "mutation JourneyInviteUser($email: String!) { inviteUser(input: { email: $email, name: \"Bob Buyer\" }) { id status permissions expiresAt } }": typeof types.JourneyInviteUserDocument,
    "query JourneyInvitation($token: String!) { invitation(token: $token) { email name invitedByName hasLogin accountName } }": typeof types.JourneyInvitationDocument,
    "mutation JourneyAcceptInvite($token: String!, $password: String!) {\n        acceptInvite(input: { token: $token, password: $password }) { token me { name user { id } permissions { fullAccess } } }\n      }": typeof types.JourneyAcceptInviteDocument,
    "mutation JourneyUpdateUserPermissions($id: ID!) {\n        updateUserPermissions(input: { userId: $id, permissions: [REPLENISHMENT, RESTRICT_DELETE_STYLES] }) {\n          permissions { fullAccess permissions capabilities }\n        }\n      }": typeof types.JourneyUpdateUserPermissionsDocument,
    "query JourneyMe { me { permissions { permissions } } }": typeof types.JourneyMeDocument,
    "query JourneyAuditLog { auditLog(first: 1) { nodes { action actor { name } target { name } before after at } } }": typeof types.JourneyAuditLogDocument,
    "mutation JourneyDeleteUser($id: ID!) { deleteUser(userId: $id) { status deletedAt deletedBy { name } } }": typeof types.JourneyDeleteUserDocument,
    "query JourneyMe2 { me { name } }": typeof types.JourneyMe2Document,
    "mutation JourneyLogin($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }": typeof types.JourneyLoginDocument,
    "query JourneyAuditLog2 { auditLog { nodes { action actor { name email status } target { name email status } } } }": typeof types.JourneyAuditLog2Document,
    "\n  mutation KitCreateWarehouse($name: String!) { createWarehouse(name: $name) { id name } }\n": typeof types.KitCreateWarehouseDocument,
    "\n  mutation KitCreateVendor($input: CreateVendorInput!) { createVendor(input: $input) { id name } }\n": typeof types.KitCreateVendorDocument,
    "\n  mutation KitCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { id variants { id sku } }\n  }\n": typeof types.KitCreateProductDocument,
    "\n  mutation KitSetStockLevel($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }\n": typeof types.KitSetStockLevelDocument,
    "\n  mutation KitRecordSales($input: RecordSalesInput!) { recordSales(input: $input) { id } }\n": typeof types.KitRecordSalesDocument,
    "\n  mutation KitUpdateVariant($input: UpdateVariantInput!) { updateVariant(input: $input) { id costCents } }\n": typeof types.KitUpdateVariantDocument,
    "\n  mutation KitEnableWholesale { updateAccount(input: { wholesaleEnabled: true }) { wholesaleEnabled } }\n": typeof types.KitEnableWholesaleDocument,
    "\n  mutation KitUpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { name coverDays overstockCoverDays } }\n": typeof types.KitUpdateAccountDocument,
    "\n  query KitProducts { products(first: 10) { totalCount nodes { id name category variants { id sku title priceCents } } } }\n": typeof types.KitProductsDocument,
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
    "\n  query KitVariantDetails($id: ID!) { variant(id: $id) { sku costCents marginPercent forecastMonthlyUnits stock { onHand } } }\n": typeof types.KitVariantDetailsDocument,
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
    "\n  mutation KitInviteNobody($email: String!) { inviteUser(input: { email: $email, permissions: [] }) { id } }\n": typeof types.KitInviteNobodyDocument,
    "\n  mutation KitResendInvite($id: ID!) { resendInvite(inviteId: $id) { id } }\n": typeof types.KitResendInviteDocument,
    "\n  mutation KitRevokeInvite($id: ID!) { revokeInvite(inviteId: $id) { id } }\n": typeof types.KitRevokeInviteDocument,
    "\n  mutation KitRestrictUser($id: ID!) { updateUserPermissions(input: { userId: $id, permissions: [RESTRICT_DELETE_STYLES] }) { id } }\n": typeof types.KitRestrictUserDocument,
    "\n  mutation KitDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }\n": typeof types.KitDeleteUserDocument,
    "\n  query KitInvites { invites(first: 5) { nodes { id email } } }\n": typeof types.KitInvitesDocument,
    "\n  query KitAuditLog { auditLog(first: 5) { nodes { action } } }\n": typeof types.KitAuditLogDocument,
    "\n  query KitUserDetails($id: ID!) {\n    user(id: $id) { name permissions { fullAccess } can(capability: OVERVIEW) explain(capability: OVERVIEW) { allowed } regions { name } }\n  }\n": typeof types.KitUserDetailsDocument,
    "\n  mutation KitCreateRegion($name: String!) { createRegion(name: $name) { id } }\n": typeof types.KitCreateRegionDocument,
    "\n  mutation KitSetUserRegions($userId: ID!, $regionIds: [ID!]!) { setUserRegions(userId: $userId, regionIds: $regionIds) { id } }\n": typeof types.KitSetUserRegionsDocument,
    "\n  mutation KitSetConnectionRegion($connectionId: ID!, $regionId: ID) { setConnectionRegion(connectionId: $connectionId, regionId: $regionId) { id } }\n": typeof types.KitSetConnectionRegionDocument,
    "\n  mutation KitConnectRetailer($name: String!) { connectRetailer(retailerName: $name) { id } }\n": typeof types.KitConnectRetailerDocument,
    "\n  mutation KitRemoveConnection($id: ID!) { removeConnection(id: $id) { status } }\n": typeof types.KitRemoveConnectionDocument,
    "\n  mutation KitAssignCompanyNumber($connectionId: ID!, $id: ID) { assignCompanyNumber(connectionId: $connectionId, companyNumberId: $id) { companyNumber } }\n": typeof types.KitAssignCompanyNumberDocument,
    "\n  mutation KitAssignCustomerGroup($connectionId: ID!, $id: ID) { assignCustomerGroup(connectionId: $connectionId, customerGroupId: $id) { customerGroup } }\n": typeof types.KitAssignCustomerGroupDocument,
    "\n  mutation KitEditBillingShipping($id: ID!) { editConnectionBillingShipping(connectionId: $id, billingAddress: \"1 Main St\", shippingAddress: \"2 Dock Rd\") { id } }\n": typeof types.KitEditBillingShippingDocument,
    "\n  mutation KitEditBudget($id: ID!) { editConnectionBudget(connectionId: $id, budgetCents: 100000) { id } }\n": typeof types.KitEditBudgetDocument,
    "\n  mutation KitEditBuyers($id: ID!) { editConnectionBuyers(connectionId: $id, buyers: [\"Bea\"]) { id } }\n": typeof types.KitEditBuyersDocument,
    "\n  mutation KitEditCurrencies($id: ID!) { editConnectionCurrencies(connectionId: $id, currencies: [\"EUR\"]) { id } }\n": typeof types.KitEditCurrenciesDocument,
    "\n  mutation KitEditCustomerCode($id: ID!) { editConnectionCustomerCode(connectionId: $id, customerCode: \"C-1\") { id } }\n": typeof types.KitEditCustomerCodeDocument,
    "\n  mutation KitEditDiscount($id: ID!) { editConnectionDiscount(connectionId: $id, discountPercent: 5) { id } }\n": typeof types.KitEditDiscountDocument,
    "\n  mutation KitEditDoors($id: ID!) { editConnectionDoors(connectionId: $id, doors: [\"Main door\"]) { id } }\n": typeof types.KitEditDoorsDocument,
    "\n  mutation KitEditPaymentMethods($id: ID!) { editConnectionPaymentMethods(connectionId: $id, paymentMethods: [\"Card\"]) { id } }\n": typeof types.KitEditPaymentMethodsDocument,
    "\n  mutation KitEditSalesReps($id: ID!) { editConnectionSalesReps(connectionId: $id, salesReps: [\"Sam\"]) { id } }\n": typeof types.KitEditSalesRepsDocument,
    "\n  mutation KitEditShippingMethods($id: ID!) { editConnectionShippingMethods(connectionId: $id, shippingMethods: [\"Ground\"]) { id } }\n": typeof types.KitEditShippingMethodsDocument,
    "\n  mutation KitEditWarehouses($id: ID!) { editConnectionWarehouses(connectionId: $id, warehouses: [\"NJ\"]) { id } }\n": typeof types.KitEditWarehousesDocument,
    "\n  query KitBrandSettings { brandSettings { legalName paymentAccount } }\n": typeof types.KitBrandSettingsDocument,
    "\n  mutation KitUpdateBrandInformation($about: String!) { updateBrandInformation(input: { about: $about }) { legalName } }\n": typeof types.KitUpdateBrandInformationDocument,
    "\n  mutation KitUpdateDivisionSettings($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { legalName } }\n": typeof types.KitUpdateDivisionSettingsDocument,
    "\n  mutation KitUpdateInventorySettings($visibility: InventoryVisibility!) { updateInventorySettings(input: { visibility: $visibility }) { legalName } }\n": typeof types.KitUpdateInventorySettingsDocument,
    "\n  mutation KitConnectPaymentAccount($id: String) { connectPaymentAccount(stripeAccountId: $id) { legalName } }\n": typeof types.KitConnectPaymentAccountDocument,
    "\n  mutation KitSaveCompanyNumber($number: String!) { saveCompanyNumber(input: { label: \"VAT\", number: $number }) { id } }\n": typeof types.KitSaveCompanyNumberDocument,
    "\n  mutation KitSaveCustomerGroup($name: String!) { saveCustomerGroup(input: { name: $name }) { id } }\n": typeof types.KitSaveCustomerGroupDocument,
    "\n  mutation KitSaveDiscountOption($name: String!) { saveDiscountOption(input: { name: $name, percent: 10 }) { id } }\n": typeof types.KitSaveDiscountOptionDocument,
    "\n  mutation KitSaveDivision($name: String!) { saveDivision(input: { name: $name }) { id } }\n": typeof types.KitSaveDivisionDocument,
    "\n  query KitConnections { connections(first: 10) { totalCount nodes { id } } }\n": typeof types.KitConnectionsDocument,
    "\n  query KitConnection($id: ID!) { connection(id: $id) { id retailerName } }\n": typeof types.KitConnectionDocument,
    "mutation KitCreateOrder($connectionId: ID!, $linesheetId: ID!) { createOrder(input: { connectionId: $connectionId, linesheetId: $linesheetId }) { id } }": typeof types.KitCreateOrderDocument,
    "mutation KitSetOrderLine($orderId: ID!, $styleId: ID!) { setOrderLine(input: { orderId: $orderId, styleId: $styleId, size: \"M\", colour: \"Red\", quantity: 2 }) { id } }": typeof types.KitSetOrderLineDocument,
    "mutation KitSubmitOrder($id: ID!) { submitOrder(id: $id) { id } }": typeof types.KitSubmitOrderDocument,
    "mutation KitApproveOrder($id: ID!) { approveOrder(id: $id) { id } }": typeof types.KitApproveOrderDocument,
    "mutation KitShipOrder($id: ID!) { shipOrder(id: $id) { id } }": typeof types.KitShipOrderDocument,
    "mutation KitForceExportOrder($id: ID!) { forceExportOrder(id: $id) { id } }": typeof types.KitForceExportOrderDocument,
    "mutation KitMarkOrderExported($id: ID!) { markOrderExported(id: $id) { id } }": typeof types.KitMarkOrderExportedDocument,
    "mutation KitMergeOrders($target: ID!, $source: ID!) { mergeOrders(targetOrderId: $target, sourceOrderId: $source) { id } }": typeof types.KitMergeOrdersDocument,
    "mutation KitSetRetailerOrderRestrictions($id: ID!, $minimum: Cents) { setRetailerOrderRestrictions(input: { connectionId: $id, minimumOrderCents: $minimum }) { id } }": typeof types.KitSetRetailerOrderRestrictionsDocument,
    "mutation KitAddClient($name: String!) { addClient(retailerName: $name) { id } }": typeof types.KitAddClientDocument,
    "mutation KitSaveEvent($name: String!) { saveEvent(input: { name: $name, startsOn: \"2031-03-01\", endsOn: \"2031-03-02\" }) { id } }": typeof types.KitSaveEventDocument,
    "mutation KitInvoiceOrder($id: ID!) { invoiceOrder(orderId: $id) { id number } }": typeof types.KitInvoiceOrderDocument,
    "query KitInvoices { invoices(first: 10) { nodes { id number amountCents } } }": typeof types.KitInvoicesDocument,
    "mutation KitAssignOrderToNewRetailer($id: ID!, $name: String!) { assignOrderToNewRetailer(orderId: $id, retailerName: $name) { id } }": typeof types.KitAssignOrderToNewRetailerDocument,
    "mutation KitSetOrderDiscount($id: ID!, $percent: Int!) { setOrderDiscount(orderId: $id, percent: $percent) { id } }": typeof types.KitSetOrderDiscountDocument,
    "mutation KitSetOrderPoNumber($id: ID!, $po: String!) { setOrderPoNumber(orderId: $id, poNumber: $po) { id } }": typeof types.KitSetOrderPoNumberDocument,
    "mutation KitCancelOrderStyle($id: ID!, $styleId: ID!) { cancelOrderStyle(input: { orderId: $id, styleId: $styleId }) { id } }": typeof types.KitCancelOrderStyleDocument,
    "query KitOrders { orders(first: 10) { totalCount nodes { id } } }": typeof types.KitOrdersDocument,
    "query KitOrder($id: ID!) { order(id: $id) { id status } }": typeof types.KitOrderDocument,
    "mutation KitSetOrderDates($id: ID!) { setOrderDates(input: { orderId: $id, startShip: \"2031-02-03\" }) { id } }": typeof types.KitSetOrderDatesDocument,
    "\n  mutation KitAddStyle($number: String!) { addStyle(input: { styleNumber: $number, name: \"Tee\", wholesalePriceCents: 1500 }) { id } }\n": typeof types.KitAddStyleDocument,
    "\n  mutation KitCopyStyle($id: ID!, $number: String!) { copyStyle(styleId: $id, styleNumber: $number) { id } }\n": typeof types.KitCopyStyleDocument,
    "\n  mutation KitDeleteStyle($id: ID!) { deleteStyle(id: $id) { id } }\n": typeof types.KitDeleteStyleDocument,
    "\n  mutation KitEditStyle($id: ID!, $name: String!) { editStyle(input: { styleId: $id, name: $name }) { id } }\n": typeof types.KitEditStyleDocument,
    "\n  mutation KitSetStyleUpc($id: ID!, $upc: String) { setStyleUpc(styleId: $id, upc: $upc) { id } }\n": typeof types.KitSetStyleUpcDocument,
    "\n  mutation KitSetStyleDivision($id: ID!, $divisionId: ID) { setStyleDivision(styleId: $id, divisionId: $divisionId) { id } }\n": typeof types.KitSetStyleDivisionDocument,
    "\n  mutation KitUploadStyleImage($id: ID!, $data: String!) { uploadStyleImage(styleId: $id, contentType: \"image/png\", dataBase64: $data) { id } }\n": typeof types.KitUploadStyleImageDocument,
    "\n  mutation KitRemoveStyleImage($id: ID!) { removeStyleImage(imageId: $id) { id } }\n": typeof types.KitRemoveStyleImageDocument,
    "\n  query KitStyleImages($id: ID!) { style(id: $id) { images { id } } }\n": typeof types.KitStyleImagesDocument,
    "\n  mutation KitCreateStyleBadge($name: String!) { createStyleBadge(name: $name) { id } }\n": typeof types.KitCreateStyleBadgeDocument,
    "\n  mutation KitAddStyleBadge($styleId: ID!, $badgeId: ID!) { addStyleBadge(styleId: $styleId, badgeId: $badgeId) { id } }\n": typeof types.KitAddStyleBadgeDocument,
    "\n  mutation KitRemoveStyleBadge($styleId: ID!, $badgeId: ID!) { removeStyleBadge(styleId: $styleId, badgeId: $badgeId) { id } }\n": typeof types.KitRemoveStyleBadgeDocument,
    "\n  mutation KitSetStyleInventory($id: ID!, $available: Int!) { setStyleInventory(input: { styleId: $id, size: \"M\", colour: \"Black\", available: $available }) { id } }\n": typeof types.KitSetStyleInventoryDocument,
    "\n  mutation KitCreateLinesheet($kind: LinesheetKind!, $styleIds: [ID!]!) {\n    createLinesheet(input: { kind: $kind, name: \"Spring\", startShip: \"2031-02-01\", deliveryDates: [\"2031-02-15\"], styleIds: $styleIds }) { id }\n  }\n": typeof types.KitCreateLinesheetDocument,
    "\n  mutation KitSetLinesheetPrivacy($id: ID!, $private: Boolean!) { setLinesheetPrivacy(id: $id, private: $private) { id } }\n": typeof types.KitSetLinesheetPrivacyDocument,
    "\n  mutation KitShareLinesheet($id: ID!) { shareLinesheet(id: $id) { id } }\n": typeof types.KitShareLinesheetDocument,
    "\n  mutation KitSetLinesheetIpadSync($id: ID!, $on: Boolean!) { setLinesheetIpadSync(id: $id, syncToIpad: $on) { id } }\n": typeof types.KitSetLinesheetIpadSyncDocument,
    "\n  mutation KitSetLinesheetStyleBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n    setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) { id }\n  }\n": typeof types.KitSetLinesheetStyleBadgeDocument,
    "mutation LiveSetPermissions($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }": typeof types.LiveSetPermissionsDocument,
    "mutation LiveInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }": typeof types.LiveInviteDocument,
    "mutation LiveResend($id: ID!) { resendInvite(inviteId: $id) { id } }": typeof types.LiveResendDocument,
    "mutation LiveRevoke($id: ID!) { revokeInvite(inviteId: $id) { id } }": typeof types.LiveRevokeDocument,
    "mutation LiveAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { account { id } user { id } } } }": typeof types.LiveAcceptDocument,
    "mutation LiveDelete($id: ID!) { deleteUser(userId: $id) { id } }": typeof types.LiveDeleteDocument,
    "mutation LiveLogout { logout }": typeof types.LiveLogoutDocument,
    "mutation LiveUpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { id wholesaleEnabled } }": typeof types.LiveUpdateAccountDocument,
    "mutation LiveSwitch($id: ID!) { switchAccount(accountId: $id) { account { id } } }": typeof types.LiveSwitchDocument,
    "query LiveUserCapabilities($id: ID!) { user(id: $id) { permissions { capabilities permissions } } }": typeof types.LiveUserCapabilitiesDocument,
    "query LiveMyCapabilities { me { permissions { capabilities permissions } } }": typeof types.LiveMyCapabilitiesDocument,
    "query LiveAuditLog { auditLog(first: 1) { nodes { id action } } }": typeof types.LiveAuditLogDocument,
    "mutation LiveLogin($input: LoginInput!) { login(input: $input) { token } }": typeof types.LiveLoginDocument,
    "mutation MailInvite($email: String!) { inviteUser(input: { email: $email }) { id } }": typeof types.MailInviteDocument,
    "mutation MailUpdateAccount($name: String!) { updateAccount(input: { name: $name }) { name } }": typeof types.MailUpdateAccountDocument,
    "mutation PermissionRulesInviteUser($input: InviteUserInput!) {\n  inviteUser(input: $input) { id email status permissions sentCount expiresAt }\n}": typeof types.PermissionRulesInviteUserDocument,
    "mutation PermissionRulesResendInvite($id: ID!) { resendInvite(inviteId: $id) { id status sentCount expiresAt } }": typeof types.PermissionRulesResendInviteDocument,
    "mutation PermissionRulesRevokeInvite($id: ID!) { revokeInvite(inviteId: $id) { id status } }": typeof types.PermissionRulesRevokeInviteDocument,
    "mutation PermissionRulesUpdatePermissions($id: ID!, $permissions: [PermissionKey!]!) {\n  updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n    id permissions { fullAccess permissions capabilities }\n  }\n}": typeof types.PermissionRulesUpdatePermissionsDocument,
    "mutation PermissionRulesDeleteUser($id: ID!) { deleteUser(userId: $id) { id status } }": typeof types.PermissionRulesDeleteUserDocument,
    "query PermissionRulesInvites { invites { totalCount nodes { id email status permissions sentCount expiresAt } } }": typeof types.PermissionRulesInvitesDocument,
    "query PermissionRulesAuditLog($first: Int) {\n  auditLog(first: $first) { totalCount nodes { action actor { id } target { id } invite { id } before after at } }\n}": typeof types.PermissionRulesAuditLogDocument,
    "query PermissionRulesMyPermissions {\n  me { permissions {\n    fullAccess permissions capabilities\n    decisions { capability allowed reason grantedBy restrictedBy feature requires }\n  } }\n}": typeof types.PermissionRulesMyPermissionsDocument,
    "mutation PermissionRulesAcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { user { id } } } }": typeof types.PermissionRulesAcceptInviteDocument,
    "query PermissionRulesUser($id: ID!) { user(id: $id) { id status permissions { fullAccess permissions narrowings } } }": typeof types.PermissionRulesUserDocument,
    "query PermissionRulesMe { me { name } }": typeof types.PermissionRulesMeDocument,
    "mutation PermissionRulesUpdateAccount { updateAccount(input: { wholesaleEnabled: false }) { wholesaleEnabled } }": typeof types.PermissionRulesUpdateAccountDocument,
    "mutation PermissionRulesUpdateAccount2 { updateAccount(input: { wholesaleEnabled: true }) { wholesaleEnabled } }": typeof types.PermissionRulesUpdateAccount2Document,
    "mutation PermissionRulesUpdateAccount3 { updateAccount(input: {}) { name wholesaleEnabled } }": typeof types.PermissionRulesUpdateAccount3Document,
    "query PermissionRulesPermissionCatalog { permissionCatalog { key kind } }": typeof types.PermissionRulesPermissionCatalogDocument,
    "query PermissionRulesAuditLog2($id: ID!) { auditLog(targetId: $id) { nodes { action } } }": typeof types.PermissionRulesAuditLog2Document,
    "mutation SmtpInvite($email: String!) { inviteUser(input: { email: $email, name: \"Eve Email\" }) { id } }": typeof types.SmtpInviteDocument,
    "query SmtpDelivery { invites { nodes { email delivery { status attempts lastError nextAttemptAt sentAt } } } }": typeof types.SmtpDeliveryDocument,
    "query StatementsUsers {\n    users(first: 100) {\n      totalCount\n      nodes { id name email status joinedAt deletedBy { name } permissions { fullAccess permissions capabilities } }\n    }\n  }": typeof types.StatementsUsersDocument,
    "query StatementsAudit { auditLog(first: 100) { nodes { action actor { name email } target { name } invite { email invitedBy { name } } } } }": typeof types.StatementsAuditDocument,
    "query StatementsAuditFive { auditLog(first: 5) { nodes { action actor { name email } target { name } invite { email invitedBy { name } } } } }": typeof types.StatementsAuditFiveDocument,
    "query StatementsUsers2 { users { totalCount } }": typeof types.StatementsUsers2Document,
    "query StatementsOrders($first: Int) {\n    stockOrders(first: $first) {\n      nodes {\n        status totalCents createdBy { name email } vendor { name email } warehouse { name }\n        lines { quantity variant { sku costCents product { name category vendor { name } } stock { onHand warehouse { name } } } }\n      }\n    }\n  }": typeof types.StatementsOrdersDocument,
    "mutation SweepsAddStyle { addStyle(input: { name: \"Victim Tee\", styleNumber: \"V-1\", wholesalePriceCents: 1000 }) { id } }": typeof types.SweepsAddStyleDocument,
    "mutation SweepsCreateLinesheet($styleIds: [ID!]!) { createLinesheet(input: { kind: ADMIN, name: \"Victim Spring\", startShip: \"2030-01-01\", deliveryDates: [\"2030-01-01\"], styleIds: $styleIds }) { id } }": typeof types.SweepsCreateLinesheetDocument,
    "mutation SweepsUpdateAccount { updateAccount(input: { wholesaleEnabled: true }) { id } }": typeof types.SweepsUpdateAccountDocument,
    "mutation SweepsCreateAccount { createAccount(name: \"Sam's Own\") { account { id } } }": typeof types.SweepsCreateAccountDocument,
    "mutation SweepsLogin($email: String!) { login(input: { email: $email, password: \"correct horse battery\" }) { token } }": typeof types.SweepsLoginDocument,
    "mutation SweepsLogout { logout }": typeof types.SweepsLogoutDocument,
    "mutation SweepsDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }": typeof types.SweepsDeleteUserDocument,
    "mutation SweepsUpdateUserPermissions($id: ID!, $to: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $to }) { permissions { permissions } } }": typeof types.SweepsUpdateUserPermissionsDocument,
    "mutation SweepsDeleteUser2($id: ID!) { deleteUser(userId: $id) { status } }": typeof types.SweepsDeleteUser2Document,
    "mutation TenancyLogin($input: LoginInput!) { login(input: $input) { token me { account { id } } } }": typeof types.TenancyLoginDocument,
    "mutation TenancyInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }": typeof types.TenancyInviteDocument,
    "mutation TenancyAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { personId account { id } } } }": typeof types.TenancyAcceptDocument,
    "mutation TenancySwitch($id: ID!) { switchAccount(accountId: $id) { account { id } permissions { fullAccess permissions } } }": typeof types.TenancySwitchDocument,
    "mutation TenancyDelete($id: ID!) { deleteUser(userId: $id) { id status } }": typeof types.TenancyDeleteDocument,
    "query TenancyMe { me { personId account { id } accounts { id } permissions { fullAccess permissions } } }": typeof types.TenancyMeDocument,
    "query TenancyAccountState {\n  account { id name wholesaleEnabled }\n  users(first: 100) { totalCount nodes { id name email status deletedAt permissions { fullAccess permissions } } }\n  invites(first: 100) { totalCount nodes { id email name status permissions sentCount expiresAt lastSentAt revokedAt acceptedAt } }\n  auditLog(first: 100) {\n    totalCount\n    nodes { id action before after at actor { id name email } target { id name email } invite { id email } }\n  }\n}": typeof types.TenancyAccountStateDocument,
    "query TenancyQuery($id: ID!) { user(id: $id) { id name email status } }": typeof types.TenancyQueryDocument,
    "query TenancyUser($id: ID!) { user(id: $id) { name } }": typeof types.TenancyUserDocument,
    "mutation TenancyMutation($input: UpdateUserPermissionsInput!) { updateUserPermissions(input: $input) { id permissions { permissions } } }": typeof types.TenancyMutationDocument,
    "mutation TenancyMutation2($id: ID!) { resendInvite(inviteId: $id) { id email status } }": typeof types.TenancyMutation2Document,
    "mutation TenancyMutation3($id: ID!) { revokeInvite(inviteId: $id) { id email status } }": typeof types.TenancyMutation3Document,
    "query TenancyAuditLog($targetId: ID!) { auditLog(targetId: $targetId) { totalCount nodes { id } } }": typeof types.TenancyAuditLogDocument,
    "query TenancyUsers { users(first: 1) { nodes { id } pageInfo { endCursor hasNextPage } } }": typeof types.TenancyUsersDocument,
    "query TenancyUsers2($after: String) { users(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage } } }": typeof types.TenancyUsers2Document,
    "query TenancyInvitation($token: String!) { invitation(token: $token) { email name } }": typeof types.TenancyInvitationDocument,
    "query TenancyInvitation2($token: String!) { invitation(token: $token) { email hasLogin } }": typeof types.TenancyInvitation2Document,
    "query TenancyMe2 { me { user { id name email } } }": typeof types.TenancyMe2Document,
    "mutation TenancySignUp($input: SignUpInput!) { signUp(input: $input) { email } }": typeof types.TenancySignUpDocument,
    "query TenancyInvites { invites { totalCount } }": typeof types.TenancyInvitesDocument,
    "query TenancyUsers3 { users { nodes { id } } }": typeof types.TenancyUsers3Document,
    "mutation TenancyUpdateUserPermissions($input: UpdateUserPermissionsInput!) { updateUserPermissions(input: $input) { id } }": typeof types.TenancyUpdateUserPermissionsDocument,
    "mutation VocabularyInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }": typeof types.VocabularyInviteDocument,
    "query VocabularyInvites { invites { totalCount } }": typeof types.VocabularyInvitesDocument,
    "mutation VocabularyUpdateAccount { updateAccount(input: { name: \"X\" }) { id } }": typeof types.VocabularyUpdateAccountDocument,
    "mutation VocabularySelfEdit($id: ID!) { updateUserPermissions(input: { userId: $id, permissions: [OVERVIEW] }) { id } }": typeof types.VocabularySelfEditDocument,
    "mutation VocabularyDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }": typeof types.VocabularyDeleteUserDocument,
};
const documents: Documents = {
    "mutation AuthLogin($input: LoginInput!) { login(input: $input) { token me { personId name account { id name } } } }": types.AuthLoginDocument,
    "query AuthMe { me { name email account { id name wholesaleEnabled } user { status } permissions { fullAccess permissions } accounts { name } } }": types.AuthMeDocument,
    "mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { email } }": types.AuthSignUpDocument,
    "mutation AuthVerifyEmail($input: VerifyEmailInput!) { verifyEmail(input: $input) { token me { user { permissions { fullAccess } } } } }": types.AuthVerifyEmailDocument,
    "mutation AuthLogout { logout }": types.AuthLogoutDocument,
    "query AuthMe2 { me { name } }": types.AuthMe2Document,
    "mutation AuthInviteUser($email: String!) { inviteUser(input: { email: $email }) { id } }": types.AuthInviteUserDocument,
    "query AuthInvitation($t: String!) { invitation(token: $t) { hasLogin } }": types.AuthInvitationDocument,
    "mutation AuthAcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { token } }": types.AuthAcceptInviteDocument,
    "query AuthMe3 { me { accounts { id name } permissions { fullAccess } } }": types.AuthMe3Document,
    "mutation AuthSwitchAccount($id: ID!) { switchAccount(accountId: $id) { account { name } permissions { fullAccess } } }": types.AuthSwitchAccountDocument,
    "query AuthAccount { account { name } }": types.AuthAccountDocument,
    "mutation AtCommitInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }": types.AtCommitInviteDocument,
    "mutation AtCommitAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { permissions { fullAccess permissions } } } }": types.AtCommitAcceptDocument,
    "mutation AtCommitSet($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }": types.AtCommitSetDocument,
    "mutation AtCommitDelete($id: ID!) { deleteUser(userId: $id) { id } }": types.AtCommitDeleteDocument,
    "query AtCommitAudit { auditLog(first: 100) { nodes { action actor { id } target { id } invite { id status } after } } }": types.AtCommitAuditDocument,
    "mutation AtCommitDeleteUser($me: ID!, $email: String!) {\n        leave: deleteUser(userId: $me) { status }\n        invite: inviteUser(input: { email: $email }) { id }\n      }": types.AtCommitDeleteUserDocument,
    "query AtCommitUser($id: ID!) { user(id: $id) { status } }": types.AtCommitUserDocument,
    "query AtCommitInvites { invites { nodes { email } } }": types.AtCommitInvitesDocument,
    "query AtCommitInvites2 { invites(status: REVOKED) { nodes { id revokedBy { id } } } }": types.AtCommitInvites2Document,
    "mutation AtCommitResendInvite($id: ID!) { resendInvite(inviteId: $id) { id } }": types.AtCommitResendInviteDocument,
    "query AtCommitInvitation($t: String!) { invitation(token: $t) { invitedByName } }": types.AtCommitInvitationDocument,
    "query BackupSnapshot {\n  users { nodes { id name email status permissions { permissions } } }\n  invites { nodes { email status } }\n  auditLog(first: 100) { nodes { action subjectId } }\n}": types.BackupSnapshotDocument,
    "mutation BackupInviteUser($email: String!) { inviteUser(input: { email: $email }) { id } }": types.BackupInviteUserDocument,
    "mutation BackupUpdateAccount { updateAccount(input: { name: \"Backed Up Co\" }) { name } }": types.BackupUpdateAccountDocument,
    "query CatalogPermissionCatalog {\n      permissionCatalog { key name description seedDescription category kind grants removes narrows source }\n      __type(name: \"PermissionKey\") { enumValues { name } }\n    }": types.CatalogPermissionCatalogDocument,
    "mutation CliLogin($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token me { permissions { permissions } can(capability: MANAGE_USERS) } } }": types.CliLoginDocument,
    "query CliMe { me { name } }": types.CliMeDocument,
    "mutation CrashUpdate($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }": types.CrashUpdateDocument,
    "mutation CrashInviteMember($email: String!) { inviteUser(input: { email: $email, permissions: [OVERVIEW] }) { id } }": types.CrashInviteMemberDocument,
    "mutation CrashInvite($email: String!) { inviteUser(input: { email: $email }) { id } }": types.CrashInviteDocument,
    "mutation CrashDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }": types.CrashDeleteUserDocument,
    "query CrashUserCount { users { totalCount } }": types.CrashUserCountDocument,
    "query CrashMe { me { email } }": types.CrashMeDocument,
    "query CrashUsers { users { nodes { id permissions { permissions } } } }": types.CrashUsersDocument,
    "mutation HarnessSignUp($input: SignUpInput!) { signUp(input: $input) { email } }": types.HarnessSignUpDocument,
    "mutation HarnessVerifyEmail($input: VerifyEmailInput!) { verifyEmail(input: $input) { token me { account { id } user { id } } } }": types.HarnessVerifyEmailDocument,
    "mutation HarnessInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { id } }": types.HarnessInviteUserDocument,
    "mutation HarnessAcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { account { id } user { id } } } }": types.HarnessAcceptInviteDocument,
    "mutation IdentitySignUp($input: SignUpInput!) { signUp(input: $input) { email message } }": types.IdentitySignUpDocument,
    "mutation IdentityVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { token me { name email account { name } } } }": types.IdentityVerifyDocument,
    "mutation IdentityLogin($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }": types.IdentityLoginDocument,
    "mutation IdentityResetRequest($email: String!) { requestPasswordReset(email: $email) { email message } }": types.IdentityResetRequestDocument,
    "mutation IdentityReset($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) }": types.IdentityResetDocument,
    "mutation IdentityAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { email account { id } } } }": types.IdentityAcceptDocument,
    "mutation IdentityInviteUser($email: String!) { inviteUser(input: { email: $email, name: \"Bob\" }) { id } }": types.IdentityInviteUserDocument,
    "query IdentityInvitation($token: String!) { invitation(token: $token) { hasLogin } }": types.IdentityInvitationDocument,
    "mutation IdentityInviteUser2($email: String!) { inviteUser(input: { email: $email }) { id } }": types.IdentityInviteUser2Document,
    "query IdentityMe { me { name } }": types.IdentityMeDocument,
    "query IdentityAuditLog { auditLog(first: 5) { nodes { action after } } }": types.IdentityAuditLogDocument,
    "query IdentityAuditLog2 { auditLog(first: 1) { nodes { action target { email } after } } }": types.IdentityAuditLog2Document,
    "mutation IdentityChangePassword($current: String!, $new: String!) { changePassword(input: { currentPassword: $current, newPassword: $new }) }": types.IdentityChangePasswordDocument,
    "mutation IdentityChangeEmail($email: String!, $password: String!) { changeEmail(input: { newEmail: $email, password: $password }) { email message } }": types.IdentityChangeEmailDocument,
    "mutation IdentityConfirm($token: String!) { confirmEmailChange(token: $token) }": types.IdentityConfirmDocument,
    "query IdentityAuditLog3 { auditLog(first: 1) { nodes { action before after } } }": types.IdentityAuditLog3Document,
    "query IdentitySessions { me { sessions { id userAgent current lastSeenAt account { name } } } }": types.IdentitySessionsDocument,
    "mutation IdentityEndSession($id: ID!) { endSession(id: $id) }": types.IdentityEndSessionDocument,
    "mutation IdentityEndOtherSessions { endOtherSessions }": types.IdentityEndOtherSessionsDocument,
    "query IdentityAuditLog4 { auditLog(first: 1) { nodes { action after } } }": types.IdentityAuditLog4Document,
    "mutation IdentityCreate($name: String!) { createAccount(name: $name) { account { id name } permissions { fullAccess } accounts { name } } }": types.IdentityCreateDocument,
    "query IdentityMe2 { me { account { id } } }": types.IdentityMe2Document,
    "query IdentityAuditLog5 { auditLog(first: 1) { nodes { action } } }": types.IdentityAuditLog5Document,
    "mutation InstancesSet($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }": types.InstancesSetDocument,
    "query InstancesUsers { users { nodes { id permissions { fullAccess } } } }": types.InstancesUsersDocument,
    "mutation InstancesSignUp($input: SignUpInput!) { signUp(input: $input) { email } }": types.InstancesSignUpDocument,
    "mutation InstancesVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { token } }": types.InstancesVerifyDocument,
    "mutation InstancesInviteUser($email: String!) { inviteUser(input: { email: $email }) { id } }": types.InstancesInviteUserDocument,
    "query InstancesAuditLog { auditLog { nodes { action } } }": types.InstancesAuditLogDocument,
    "mutation InstancesLogout { logout }": types.InstancesLogoutDocument,
    "query InstancesMe { me { name } }": types.InstancesMeDocument,
    "mutation InstancesLogin($input: LoginInput!) { login(input: $input) { token } }": types.InstancesLoginDocument,
    "query InventoryAuditLog($subjectType: AuditSubjectType) {\n  auditLog(first: 20, subjectType: $subjectType) { nodes { action subjectType subjectId actor { name } before after } }\n}": types.InventoryAuditLogDocument,
    "query BillingSyncBilling { account { id name createdAt billing { plan billingEmail cardLast4 monthlyPriceCents renewsAt } } }": types.BillingSyncBillingDocument,
    "mutation BillingSyncUpdateBilling($input: UpdateBillingInput!) {\n  updateBilling(input: $input) { plan billingEmail cardLast4 monthlyPriceCents renewsAt }\n}": types.BillingSyncUpdateBillingDocument,
    "mutation BillingSyncRunSync { runSync { id startedBy { id name } variantCount warehouseCount startedAt finishedAt } }": types.BillingSyncRunSyncDocument,
    "query BillingSyncSyncRuns($first: Int, $after: String) {\n  syncRuns(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id startedBy { id } } }\n}": types.BillingSyncSyncRunsDocument,
    "query BillingSyncAuditLog($type: AuditSubjectType) { auditLog(subjectType: $type) { totalCount nodes { action actor { id } subjectId before after } } }": types.BillingSyncAuditLogDocument,
    "query BillingSyncAccount { account { name billing { plan } } }": types.BillingSyncAccountDocument,
    "mutation BillingSyncCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { id } }": types.BillingSyncCreateProductDocument,
    "mutation BillingSyncCreateWarehouse { createWarehouse(name: \"Main\") { id } }": types.BillingSyncCreateWarehouseDocument,
    "mutation InventoryCatalogCreate($input: CreateProductInput!) {\n  createProduct(input: $input) { id name category variants { id sku costCents priceCents marginPercent } }\n}": types.InventoryCatalogCreateDocument,
    "query InventoryCatalogUser($id: ID!) { user(id: $id) { id } }": types.InventoryCatalogUserDocument,
    "query InventoryCatalogProducts { products { totalCount } }": types.InventoryCatalogProductsDocument,
    "query InventoryCatalogFind($category: String) { products(category: $category) { totalCount nodes { id name category variants { id sku title priceCents product { name } } } } }": types.InventoryCatalogFindDocument,
    "query InventoryCatalogVariant($id: ID!) { variant(id: $id) { sku } }": types.InventoryCatalogVariantDocument,
    "query InventoryCatalogVariant2($id: ID!) { variant(id: $id) { sku costCents marginPercent stock { onHand } forecastMonthlyUnits } }": types.InventoryCatalogVariant2Document,
    "mutation OpenToBuySetBudget($input: SetBudgetInput!) { setBudget(input: $input) { id month category amountCents } }": types.OpenToBuySetBudgetDocument,
    "query OpenToBuyOpenToBuy($from: String!, $to: String!) {\n  openToBuy(from: $from, to: $to) { month category budgetCents committedCents remainingCents }\n}": types.OpenToBuyOpenToBuyDocument,
    "query OpenToBuyAudit { auditLog(subjectType: Budget) { totalCount nodes { action subjectId before after } } }": types.OpenToBuyAuditDocument,
    "mutation OpenToBuyCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }": types.OpenToBuyCreateProductDocument,
    "mutation OpenToBuyCreateVendor { createVendor(input: { name: \"Mill\", leadTimeDays: 14 }) { id } }": types.OpenToBuyCreateVendorDocument,
    "mutation OpenToBuyCreateWarehouse($name: String!) { createWarehouse(name: $name) { id } }": types.OpenToBuyCreateWarehouseDocument,
    "mutation PurchasingCreateWarehouse { createWarehouse(name: \"Main\") { id } }": types.PurchasingCreateWarehouseDocument,
    "mutation PurchasingCreateVendor($input: CreateVendorInput!) { createVendor(input: $input) { id } }": types.PurchasingCreateVendorDocument,
    "mutation PurchasingCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }": types.PurchasingCreateProductDocument,
    "fragment PurchasingOrder on StockOrder {\n  id status expectedMonth totalCents placedAt receivedAt emailedAt\n  vendor { id } warehouse { id } createdBy { id }\n  lines { variant { id sku } quantity unitCostCents totalCents }\n}": types.PurchasingOrderFragmentDoc,
    "mutation PurchasingCreate($input: CreateStockOrderInput!) { createStockOrder(input: $input) { ...PurchasingOrder } }": types.PurchasingCreateDocument,
    "mutation PurchasingSetLine($input: SetStockOrderLineInput!) { setStockOrderLine(input: $input) { ...PurchasingOrder } }": types.PurchasingSetLineDocument,
    "mutation PurchasingPlace($id: ID!) { placeStockOrder(id: $id) { ...PurchasingOrder } }": types.PurchasingPlaceDocument,
    "mutation PurchasingReceive($id: ID!) { receiveStockOrder(id: $id) { ...PurchasingOrder } }": types.PurchasingReceiveDocument,
    "mutation PurchasingSend($id: ID!) { sendStockOrder(id: $id) { ...PurchasingOrder } }": types.PurchasingSendDocument,
    "mutation PurchasingSetEmail($input: SetVendorEmailInput!) { setVendorEmail(input: $input) { id email } }": types.PurchasingSetEmailDocument,
    "mutation PurchasingImport($csv: String!) {\n  importStockOrders(csv: $csv) { stockOrders { ...PurchasingOrder } stockOrderCount errors { row column message } }\n}": types.PurchasingImportDocument,
    "query PurchasingOrderById($id: ID!) { stockOrder(id: $id) { ...PurchasingOrder } }": types.PurchasingOrderByIdDocument,
    "query PurchasingCount { stockOrders { totalCount } }": types.PurchasingCountDocument,
    "query PurchasingVariant($id: ID!) { variant(id: $id) { stock { warehouse { id } onHand } } }": types.PurchasingVariantDocument,
    "query PurchasingAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action after } } }": types.PurchasingAuditLogDocument,
    "mutation PurchasingSetStockLevel($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }": types.PurchasingSetStockLevelDocument,
    "query PurchasingStockOrders { stockOrders(status: DRAFT) { totalCount nodes { id status } } }": types.PurchasingStockOrdersDocument,
    "mutation PurchasingImportStockOrders($csv: String!) { importStockOrders(csv: $csv) { stockOrders { id } errors { row } } }": types.PurchasingImportStockOrdersDocument,
    "mutation PurchasingPlaceId($id: ID!) { placeStockOrder(id: $id) { id } }": types.PurchasingPlaceIdDocument,
    "mutation PurchasingReceiveId($id: ID!) { receiveStockOrder(id: $id) { id } }": types.PurchasingReceiveIdDocument,
    "mutation PurchasingSendId($id: ID!) { sendStockOrder(id: $id) { id } }": types.PurchasingSendIdDocument,
    "mutation PurchasingCreateVendor2 { createVendor(input: { name: \"Threadco\", leadTimeDays: 10 }) { id } }": types.PurchasingCreateVendor2Document,
    "query PurchasingVendors { vendors { id email } }": types.PurchasingVendorsDocument,
    "query PurchasingAuditLog2($id: ID!) { auditLog(subjectId: $id) { nodes { action subjectType after } } }": types.PurchasingAuditLog2Document,
    "query PurchasingAuditLog3($id: ID!) { auditLog(subjectId: $id, first: 1) { nodes { action after } } }": types.PurchasingAuditLog3Document,
    "mutation PurchasingImportStockOrders2($csv: String!) { importStockOrders(csv: $csv) { stockOrderCount errors { row } } }": types.PurchasingImportStockOrders2Document,
    "query PurchasingAuditLog4 { auditLog(subjectType: StockOrder, first: 100) { totalCount nodes { action } } }": types.PurchasingAuditLog4Document,
    "query ReportsKpis($days: Int, $categories: [String!], $warehouseIds: [ID!]) {\n  inventoryKpis(days: $days, categories: $categories, warehouseIds: $warehouseIds) {\n    category unitsSold unitsOnHand sellThroughPercent inventoryTurnover stockValueCents\n  }\n}": types.ReportsKpisDocument,
    "fragment ReportsPresetFields on ReportPreset {\n  id name shared filters { categories warehouseIds days } owner { id name }\n}": types.ReportsPresetFieldsFragmentDoc,
    "query ReportsPresets { reportPresets { ...ReportsPresetFields } }": types.ReportsPresetsDocument,
    "mutation ReportsSave($input: SaveReportPresetInput!) { saveReportPreset(input: $input) { ...ReportsPresetFields } }": types.ReportsSaveDocument,
    "mutation ReportsSaveShared($input: SaveReportPresetInput!) { saveSharedReportPreset(input: $input) { ...ReportsPresetFields } }": types.ReportsSaveSharedDocument,
    "mutation ReportsDelete($id: ID!) { deleteReportPreset(id: $id) { id } }": types.ReportsDeleteDocument,
    "mutation ReportsDeleteShared($id: ID!) { deleteSharedReportPreset(id: $id) { id } }": types.ReportsDeleteSharedDocument,
    "query ReportsAudit { auditLog(subjectType: ReportPreset) { totalCount nodes { action subjectId before after } } }": types.ReportsAuditDocument,
    "mutation ReportsSetStock($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }": types.ReportsSetStockDocument,
    "mutation ReportsRecordSales($input: RecordSalesInput!) { recordSales(input: $input) { id } }": types.ReportsRecordSalesDocument,
    "mutation ReportsCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }": types.ReportsCreateProductDocument,
    "mutation ReportsCreateWarehouse($name: String!) { createWarehouse(name: $name) { id } }": types.ReportsCreateWarehouseDocument,
    "mutation ReportsCreateWarehouse2 { createWarehouse(name: \"Theirs\") { id } }": types.ReportsCreateWarehouse2Document,
    "mutation WholesaleCreateWarehouse { createWarehouse(name: \"Main\") { id } }": types.WholesaleCreateWarehouseDocument,
    "mutation WholesaleCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }": types.WholesaleCreateProductDocument,
    "fragment WholesaleOrderFields on WholesaleOrder {\n  id customerName status totalCents confirmedAt warehouse { id } createdBy { id }\n  lines { variant { sku } quantity unitPriceCents totalCents }\n}": types.WholesaleOrderFieldsFragmentDoc,
    "mutation WholesaleCreate($input: CreateWholesaleOrderInput!) { createWholesaleOrder(input: $input) { ...WholesaleOrderFields } }": types.WholesaleCreateDocument,
    "mutation WholesaleConfirm($id: ID!) { confirmWholesaleOrder(id: $id) { ...WholesaleOrderFields } }": types.WholesaleConfirmDocument,
    "query WholesaleList { wholesaleOrders { totalCount nodes { ...WholesaleOrderFields } } }": types.WholesaleListDocument,
    "mutation WholesaleUpdateAccount($on: Boolean!) { updateAccount(input: { wholesaleEnabled: $on }) { wholesaleEnabled } }": types.WholesaleUpdateAccountDocument,
    "mutation WholesaleSetStockLevel($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }": types.WholesaleSetStockLevelDocument,
    "query WholesaleVariant($id: ID!) { variant(id: $id) { stock { onHand } } }": types.WholesaleVariantDocument,
    "query WholesaleAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action } } }": types.WholesaleAuditLogDocument,
    "query WholesaleWholesaleOrder($id: ID!) { wholesaleOrder(id: $id) { status } }": types.WholesaleWholesaleOrderDocument,
    "mutation WholesaleUpdateAccount2 { updateAccount(input: { wholesaleEnabled: true }) { id } }": types.WholesaleUpdateAccount2Document,
    "query WholesaleWholesaleOrder2($id: ID!) { wholesaleOrder(id: $id) { id } }": types.WholesaleWholesaleOrder2Document,
    "mutation WholesaleCreateProduct2 { createProduct(input: { name: \"Theirs\", category: \"Shirts\", variants: [{ sku: \"WH-A\", title: \"A\", costCents: 1, priceCents: 2 }] }) { variants { id } } }": types.WholesaleCreateProduct2Document,
    "mutation WholesaleCreateWholesaleOrder($input: CreateWholesaleOrderInput!) { createWholesaleOrder(input: $input) { id } }": types.WholesaleCreateWholesaleOrderDocument,
    "mutation WholesaleConfirmWholesaleOrder($id: ID!) { confirmWholesaleOrder(id: $id) { id } }": types.WholesaleConfirmWholesaleOrderDocument,
    "mutation InvitesInvite($input: InviteUserInput!) { inviteUser(input: $input) { id status expiresAt sentCount } }": types.InvitesInviteDocument,
    "query InvitesList($status: InviteStatus) {\n  invites(status: $status) { totalCount nodes { id email status sentCount acceptedBy { name } revokedBy { name } } }\n}": types.InvitesListDocument,
    "mutation InvitesAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { user { id } permissions { permissions } } } }": types.InvitesAcceptDocument,
    "mutation InvitesResend($id: ID!) { resendInvite(inviteId: $id) { status sentCount expiresAt } }": types.InvitesResendDocument,
    "mutation InvitesRevoke($id: ID!) { revokeInvite(inviteId: $id) { status } }": types.InvitesRevokeDocument,
    "mutation InvitesDeleteUser($id: ID!) { deleteUser(userId: $id) { status } }": types.InvitesDeleteUserDocument,
    "query InvitesUser($id: ID!) { user(id: $id) { status deletedAt } }": types.InvitesUserDocument,
    "query InvitesActiveUsers($after: String) { users(first: 2, status: ACTIVE, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id status } } }": types.InvitesActiveUsersDocument,
    "query InvitesDeletedUsers { users(status: DELETED) { nodes { status } } }": types.InvitesDeletedUsersDocument,
    "fragment BrandSettingsFields on BrandSettings {\n  legalName website contactEmail about multipleDivisionsPerOrder inventoryVisibility inventoryDisplay\n}": types.BrandSettingsFieldsFragmentDoc,
    "query BrandSettings { brandSettings { ...BrandSettingsFields paymentAccount } }": types.BrandSettingsDocument,
    "mutation BrandUpdateInfo($input: BrandInformationInput!) { updateBrandInformation(input: $input) { ...BrandSettingsFields } }": types.BrandUpdateInfoDocument,
    "mutation BrandUpdateDivisions($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { ...BrandSettingsFields } }": types.BrandUpdateDivisionsDocument,
    "mutation BrandUpdateInventory($input: InventorySettingsInput!) { updateInventorySettings(input: $input) { ...BrandSettingsFields } }": types.BrandUpdateInventoryDocument,
    "mutation BrandConnect($id: String) { connectPaymentAccount(stripeAccountId: $id) { paymentAccount } }": types.BrandConnectDocument,
    "query BrandAuditLog($id: ID!) { auditLog(subjectId: $id, first: 100) { nodes { action before after } } }": types.BrandAuditLogDocument,
    "query BrandAuditLog2 { auditLog { totalCount } }": types.BrandAuditLog2Document,
    "query BrandAuditLog3($id: ID!) { auditLog(subjectId: $id) { nodes { action before after } } }": types.BrandAuditLog3Document,
    "query BrandEverything { brandSettings { ...BrandSettingsFields } companyNumbers { id } customerGroups { id } discountOptions { id } divisions { id } }": types.BrandEverythingDocument,
    "mutation ConnectionsConnect($name: String!, $regionId: ID) { connectRetailer(retailerName: $name, regionId: $regionId) { id } }": types.ConnectionsConnectDocument,
    "query ConnectionsList { connections(first: 50) { totalCount nodes { retailerName } } }": types.ConnectionsListDocument,
    "query ConnectionsOne($id: ID!) { connection(id: $id) { retailerName buyers } }": types.ConnectionsOneDocument,
    "mutation ConnectionsBuyers($id: ID!, $buyers: [String!]!) { editConnectionBuyers(connectionId: $id, buyers: $buyers) { buyers } }": types.ConnectionsBuyersDocument,
    "mutation ConnectionsBudget($id: ID!, $cents: Cents) { editConnectionBudget(connectionId: $id, budgetCents: $cents) { budgetCents } }": types.ConnectionsBudgetDocument,
    "mutation ConnectionsRemove($id: ID!) { removeConnection(id: $id) { status } }": types.ConnectionsRemoveDocument,
    "mutation ConnectionsSetRegions($userId: ID!, $regionIds: [ID!]!) { setUserRegions(userId: $userId, regionIds: $regionIds) { regions { name } } }": types.ConnectionsSetRegionsDocument,
    "mutation ConnectionsPermissions($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }": types.ConnectionsPermissionsDocument,
    "mutation ConnectionsCreateRegion($name: String!) { createRegion(name: $name) { id } }": types.ConnectionsCreateRegionDocument,
    "mutation ConnectionsEditConnectionCurrencies($id: ID!) { editConnectionCurrencies(connectionId: $id, currencies: [\"euro\"]) { id } }": types.ConnectionsEditConnectionCurrenciesDocument,
    "mutation ConnectionsEditConnectionDoors($id: ID!, $doors: [String!]!) { editConnectionDoors(connectionId: $id, doors: $doors) { id } }": types.ConnectionsEditConnectionDoorsDocument,
    "query ConnectionsLog($id: ID) { auditLog(first: 100, subjectId: $id) { nodes { action subjectId after } } }": types.ConnectionsLogDocument,
    "mutation ConnectionsMove($id: ID!, $regionId: ID) { setConnectionRegion(connectionId: $id, regionId: $regionId) { region { name } } }": types.ConnectionsMoveDocument,
    "mutation ConnectionsDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }": types.ConnectionsDeleteUserDocument,
    "query ConnectionsUsers { users(first: 100) { nodes { name regions { name } } } }": types.ConnectionsUsersDocument,
    "mutation LinesheetsAddStyle($input: AddStyleInput!) { addStyle(input: $input) { id } }": types.LinesheetsAddStyleDocument,
    "fragment LinesheetsSheet on Linesheet {\n  id kind name owner { id } startShip deliveryDates private syncToIpad sharedAt archivedAt\n  styles { style { id } badge { id name } }\n}": types.LinesheetsSheetFragmentDoc,
    "mutation LinesheetsCreate($input: CreateLinesheetInput!) { createLinesheet(input: $input) { ...LinesheetsSheet } }": types.LinesheetsCreateDocument,
    "mutation LinesheetsUpdate($input: UpdateLinesheetInput!) { updateLinesheet(input: $input) { ...LinesheetsSheet } }": types.LinesheetsUpdateDocument,
    "mutation LinesheetsArchive($id: ID!) { archiveLinesheet(id: $id) { ...LinesheetsSheet } }": types.LinesheetsArchiveDocument,
    "mutation LinesheetsDelete($id: ID!) { deleteLinesheet(id: $id) { id } }": types.LinesheetsDeleteDocument,
    "mutation LinesheetsPrivacy($id: ID!, $private: Boolean!) { setLinesheetPrivacy(id: $id, private: $private) { ...LinesheetsSheet } }": types.LinesheetsPrivacyDocument,
    "mutation LinesheetsShare($id: ID!) { shareLinesheet(id: $id) { ...LinesheetsSheet } }": types.LinesheetsShareDocument,
    "mutation LinesheetsSync($id: ID!, $syncToIpad: Boolean!) { setLinesheetIpadSync(id: $id, syncToIpad: $syncToIpad) { ...LinesheetsSheet } }": types.LinesheetsSyncDocument,
    "mutation LinesheetsBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n  setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) { ...LinesheetsSheet }\n}": types.LinesheetsBadgeDocument,
    "mutation LinesheetsCreateBadge($name: String!) { createStyleBadge(name: $name) { id name } }": types.LinesheetsCreateBadgeDocument,
    "query LinesheetsById($id: ID!) { linesheet(id: $id) { ...LinesheetsSheet } }": types.LinesheetsByIdDocument,
    "query LinesheetsList($includeArchived: Boolean) { linesheets(first: 100, includeArchived: $includeArchived) { totalCount nodes { id } } }": types.LinesheetsListDocument,
    "query LinesheetsAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action } } }": types.LinesheetsAuditLogDocument,
    "mutation LinesheetsDeleteStyle($id: ID!) { deleteStyle(id: $id) { id } }": types.LinesheetsDeleteStyleDocument,
    "query LinesheetsLinesheets { linesheets(first: 100) { nodes { ...LinesheetsSheet owner { name } styles { style { styleNumber } } } } }": types.LinesheetsLinesheetsDocument,
    "fragment OrderDiscountsMoney on Order {\n  status subtotalCents retailerDiscountPercent retailerDiscountCents discountPercent orderDiscountCents totalCents\n}": types.OrderDiscountsMoneyFragmentDoc,
    "query OrderDiscountsRead($id: ID!) { order(id: $id) { ...OrderDiscountsMoney } }": types.OrderDiscountsReadDocument,
    "mutation OrderDiscountsRetailerDiscount($id: ID!, $percent: Int) { editConnectionDiscount(connectionId: $id, discountPercent: $percent) { discountPercent } }": types.OrderDiscountsRetailerDiscountDocument,
    "mutation OrderDiscountsSetDiscount($orderId: ID!, $percent: Int, $optionId: ID) {\n  setOrderDiscount(orderId: $orderId, percent: $percent, discountOptionId: $optionId) { ...OrderDiscountsMoney }\n}": types.OrderDiscountsSetDiscountDocument,
    "mutation OrderDiscountsOption($input: SaveDiscountOptionInput!) { saveDiscountOption(input: $input) { id percent } }": types.OrderDiscountsOptionDocument,
    "mutation OrderDiscountsInvoice($orderId: ID!) { invoiceOrder(orderId: $orderId) { amountCents } }": types.OrderDiscountsInvoiceDocument,
    "query OrderDiscountsAudit($id: ID!) { auditLog(subjectId: $id) { nodes { action after } } }": types.OrderDiscountsAuditDocument,
    "mutation OrderDiscountsLine($input: SetOrderLineInput!) { setOrderLine(input: $input) { id } }": types.OrderDiscountsLineDocument,
    "mutation OrderDiscountsTotals($orderId: ID!) { setOrderDiscount(orderId: $orderId, percent: 50) { retailerDiscountCents orderDiscountCents totalCents } }": types.OrderDiscountsTotalsDocument,
    "mutation OrderDivisionsSetting($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { multipleDivisionsPerOrder } }": types.OrderDivisionsSettingDocument,
    "fragment OrderFixturesOrder on Order {\n  id status poNumber generatedPoNumber startShip deliveryDate discountPercent subtotalCents retailerDiscountPercent retailerDiscountCents orderDiscountCents totalCents\n  mergedIntoId exportRequestedAt exportedAt submittedAt createdBy { id name }\n  connection { id retailerName } linesheet { id name startShip deliveryDates }\n  lines { id style { id styleNumber name } size colour quantity unitPriceCents discountPercent totalCents cancelled }\n}": types.OrderFixturesOrderFragmentDoc,
    "query OrderFixturesOrderById($id: ID!) { order(id: $id) { ...OrderFixturesOrder } }": types.OrderFixturesOrderByIdDocument,
    "mutation OrderFixturesCreate($input: CreateOrderInput!) { createOrder(input: $input) { ...OrderFixturesOrder } }": types.OrderFixturesCreateDocument,
    "mutation OrderFixturesSetLine($input: SetOrderLineInput!) { setOrderLine(input: $input) { ...OrderFixturesOrder } }": types.OrderFixturesSetLineDocument,
    "mutation OrderFixturesSetDates($input: SetOrderDatesInput!) { setOrderDates(input: $input) { ...OrderFixturesOrder } }": types.OrderFixturesSetDatesDocument,
    "mutation OrderFixturesSetDiscount($orderId: ID!, $percent: Int!) { setOrderDiscount(orderId: $orderId, percent: $percent) { ...OrderFixturesOrder } }": types.OrderFixturesSetDiscountDocument,
    "mutation OrderFixturesSetPo($orderId: ID!, $poNumber: String!) { setOrderPoNumber(orderId: $orderId, poNumber: $poNumber) { ...OrderFixturesOrder } }": types.OrderFixturesSetPoDocument,
    "mutation OrderFixturesCancelStyle($input: CancelOrderStyleInput!) { cancelOrderStyle(input: $input) { ...OrderFixturesOrder } }": types.OrderFixturesCancelStyleDocument,
    "mutation OrderFixturesMerge($target: ID!, $source: ID!) { mergeOrders(targetOrderId: $target, sourceOrderId: $source) { ...OrderFixturesOrder } }": types.OrderFixturesMergeDocument,
    "mutation OrderFixturesSubmitOrder($id: ID!) { submitOrder(id: $id) { ...OrderFixturesOrder } }": types.OrderFixturesSubmitOrderDocument,
    "mutation OrderFixturesApproveOrder($id: ID!) { approveOrder(id: $id) { ...OrderFixturesOrder } }": types.OrderFixturesApproveOrderDocument,
    "mutation OrderFixturesShipOrder($id: ID!) { shipOrder(id: $id) { ...OrderFixturesOrder } }": types.OrderFixturesShipOrderDocument,
    "mutation OrderFixturesForceExportOrder($id: ID!) { forceExportOrder(id: $id) { ...OrderFixturesOrder } }": types.OrderFixturesForceExportOrderDocument,
    "mutation OrderFixturesMarkOrderExported($id: ID!) { markOrderExported(id: $id) { ...OrderFixturesOrder } }": types.OrderFixturesMarkOrderExportedDocument,
    "mutation OrderPathsTestRemoveConnection($id: ID!) { removeConnection(id: $id) { id } }": types.OrderPathsTestRemoveConnectionDocument,
    "mutation OrderPathsTestArchiveLinesheet($id: ID!) { archiveLinesheet(id: $id) { id } }": types.OrderPathsTestArchiveLinesheetDocument,
    "mutation OrderPathsDivisionSettings($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { multipleDivisionsPerOrder } }": types.OrderPathsDivisionSettingsDocument,
    "mutation OrderPathsDeleteStyle($id: ID!) { deleteStyle(id: $id) { id } }": types.OrderPathsDeleteStyleDocument,
    "mutation OrderPathsRemoveConnection($id: ID!) { removeConnection(id: $id) { id } }": types.OrderPathsRemoveConnectionDocument,
    "mutation OrderPathsArchiveLinesheet($id: ID!) { archiveLinesheet(id: $id) { id } }": types.OrderPathsArchiveLinesheetDocument,
    "mutation OrderPathsAssignToNewRetailer($id: ID!) { assignOrderToNewRetailer(orderId: $id, retailerName: \"Newcomer\") { id minimumOrderCents } }": types.OrderPathsAssignToNewRetailerDocument,
    "mutation OrderPathsInvoice($id: ID!) { invoiceOrder(orderId: $id) { amountCents } }": types.OrderPathsInvoiceDocument,
    "mutation OrderRulesAdd($name: String!) { addClient(retailerName: $name) { id status } }": types.OrderRulesAddDocument,
    "mutation OrderRulesConnect($name: String!) { connectRetailer(retailerName: $name) { id status } }": types.OrderRulesConnectDocument,
    "mutation OrderRulesAssign($id: ID!, $name: String!) { assignOrderToNewRetailer(orderId: $id, retailerName: $name) { id status } }": types.OrderRulesAssignDocument,
    "mutation OrderRulesSave($input: SaveEventInput!) { saveEvent(input: $input) { id name } }": types.OrderRulesSaveDocument,
    "query OrderRulesEvents { events { id name } }": types.OrderRulesEventsDocument,
    "query OrdersAudit($id: ID!) { auditLog(subjectId: $id) { nodes { action before after } } }": types.OrdersAuditDocument,
    "mutation OrdersDates($input: SetOrderDatesInput!) { setOrderDates(input: $input) { id } }": types.OrdersDatesDocument,
    "mutation OrdersLine($input: SetOrderLineInput!) { setOrderLine(input: $input) { lines { totalCents } } }": types.OrdersLineDocument,
    "mutation OrdersTotal($orderId: ID!) { setOrderDiscount(orderId: $orderId, percent: 50) { totalCents lines { totalCents } } }": types.OrdersTotalDocument,
    "query OrdersList($status: OrderStatus) { orders(first: 100, status: $status) { totalCount nodes { id status } } }": types.OrdersListDocument,
    "mutation OrdersSet($input: SetRetailerOrderRestrictionsInput!) {\n      setRetailerOrderRestrictions(input: $input) { id minimumOrderCents retailerMayEditOrders }\n    }": types.OrdersSetDocument,
    "mutation OrdersAdd($name: String!) { addClient(retailerName: $name) { id retailerName status } }": types.OrdersAddDocument,
    "mutation OrdersInvoice($orderId: ID!) { invoiceOrder(orderId: $orderId) { id number amountCents order { id } connection { id } issuedBy { id } } }": types.OrdersInvoiceDocument,
    "query OrdersInvoices { invoices(first: 100) { totalCount nodes { id number amountCents order { id } } } }": types.OrdersInvoicesDocument,
    "mutation OrdersSave($input: SaveEventInput!) { saveEvent(input: $input) { id name startsOn endsOn location } }": types.OrdersSaveDocument,
    "query OrdersEvents { events { id name } }": types.OrdersEventsDocument,
    "query OrdersOrder($id: ID!) { order(id: $id) { id } }": types.OrdersOrderDocument,
    "mutation OrdersInvoiceOrder($id: ID!) { invoiceOrder(orderId: $id) { id } }": types.OrdersInvoiceOrderDocument,
    "mutation OrdersCreate($input: CreateOrderInput!) { createOrder(input: $input) { id } }": types.OrdersCreateDocument,
    "query OrdersOrders { orders(first: 100) { nodes { id } } }": types.OrdersOrdersDocument,
    "mutation OrdersCreate2($input: CreateOrderInput!) { createOrder(input: $input) { id linesheet { name } } }": types.OrdersCreate2Document,
    "query OrdersOrders2 { orders(first: 100) { nodes { id } } invoices(first: 100) { nodes { order { id } } } }": types.OrdersOrders2Document,
    "query OrdersTypename { __typename }": types.OrdersTypenameDocument,
    "mutation OrdersSubmitId($id: ID!) { submitOrder(id: $id) { id } }": types.OrdersSubmitIdDocument,
    "mutation OrdersMergeId($target: ID!, $source: ID!) { mergeOrders(targetOrderId: $target, sourceOrderId: $source) { id } }": types.OrdersMergeIdDocument,
    "query OrdersList2($first: Int) {\n      orders(first: $first) {\n        nodes { id status poNumber subtotalCents retailerDiscountPercent retailerDiscountCents orderDiscountCents totalCents\n          createdBy { name } connection { id retailerName } linesheet { id name }\n          lines { id quantity totalCents style { id styleNumber name } } }\n      }\n    }": types.OrdersList2Document,
    "fragment StylesStyle on Style {\n  id styleNumber name description wholesalePriceCents upc deletedAt\n  division { id name } images { id url contentType } badges { id name } inventory { size colour available }\n}": types.StylesStyleFragmentDoc,
    "mutation StylesAdd($input: AddStyleInput!) { addStyle(input: $input) { ...StylesStyle } }": types.StylesAddDocument,
    "mutation StylesCopy($styleId: ID!, $styleNumber: String!) { copyStyle(styleId: $styleId, styleNumber: $styleNumber) { ...StylesStyle } }": types.StylesCopyDocument,
    "mutation StylesDelete($id: ID!) { deleteStyle(id: $id) { ...StylesStyle } }": types.StylesDeleteDocument,
    "mutation StylesEdit($input: EditStyleInput!) { editStyle(input: $input) { ...StylesStyle } }": types.StylesEditDocument,
    "mutation StylesSetUpc($styleId: ID!, $upc: String) { setStyleUpc(styleId: $styleId, upc: $upc) { ...StylesStyle } }": types.StylesSetUpcDocument,
    "mutation StylesSetDivision($styleId: ID!, $divisionId: ID) { setStyleDivision(styleId: $styleId, divisionId: $divisionId) { ...StylesStyle } }": types.StylesSetDivisionDocument,
    "mutation StylesUpload($styleId: ID!, $contentType: String!, $dataBase64: String!) {\n  uploadStyleImage(styleId: $styleId, contentType: $contentType, dataBase64: $dataBase64) { id url contentType }\n}": types.StylesUploadDocument,
    "mutation StylesRemoveImage($imageId: ID!) { removeStyleImage(imageId: $imageId) { ...StylesStyle } }": types.StylesRemoveImageDocument,
    "mutation StylesCreateBadge($name: String!) { createStyleBadge(name: $name) { id name } }": types.StylesCreateBadgeDocument,
    "mutation StylesAddBadge($styleId: ID!, $badgeId: ID!) { addStyleBadge(styleId: $styleId, badgeId: $badgeId) { ...StylesStyle } }": types.StylesAddBadgeDocument,
    "mutation StylesRemoveBadge($styleId: ID!, $badgeId: ID!) { removeStyleBadge(styleId: $styleId, badgeId: $badgeId) { ...StylesStyle } }": types.StylesRemoveBadgeDocument,
    "mutation StylesSetInventory($input: SetStyleInventoryInput!) { setStyleInventory(input: $input) { ...StylesStyle } }": types.StylesSetInventoryDocument,
    "query StylesById($id: ID!) { style(id: $id) { ...StylesStyle } }": types.StylesByIdDocument,
    "query StylesStyles($includeDeleted: Boolean) { styles(first: 100, includeDeleted: $includeDeleted) { totalCount nodes { id styleNumber } } }": types.StylesStylesDocument,
    "query StylesAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action } } }": types.StylesAuditLogDocument,
    "query StylesStyleBadges { styleBadges { id name } }": types.StylesStyleBadgesDocument,
    "query StylesStyleBadges2 { styleBadges { id } }": types.StylesStyleBadges2Document,
    "query StylesStylesRead { styles(first: 100) { nodes { ...StylesStyle } } }": types.StylesStylesReadDocument,
    "mutation JourneyInviteUser($email: String!) { inviteUser(input: { email: $email, name: \"Bob Buyer\" }) { id status permissions expiresAt } }": types.JourneyInviteUserDocument,
    "query JourneyInvitation($token: String!) { invitation(token: $token) { email name invitedByName hasLogin accountName } }": types.JourneyInvitationDocument,
    "mutation JourneyAcceptInvite($token: String!, $password: String!) {\n        acceptInvite(input: { token: $token, password: $password }) { token me { name user { id } permissions { fullAccess } } }\n      }": types.JourneyAcceptInviteDocument,
    "mutation JourneyUpdateUserPermissions($id: ID!) {\n        updateUserPermissions(input: { userId: $id, permissions: [REPLENISHMENT, RESTRICT_DELETE_STYLES] }) {\n          permissions { fullAccess permissions capabilities }\n        }\n      }": types.JourneyUpdateUserPermissionsDocument,
    "query JourneyMe { me { permissions { permissions } } }": types.JourneyMeDocument,
    "query JourneyAuditLog { auditLog(first: 1) { nodes { action actor { name } target { name } before after at } } }": types.JourneyAuditLogDocument,
    "mutation JourneyDeleteUser($id: ID!) { deleteUser(userId: $id) { status deletedAt deletedBy { name } } }": types.JourneyDeleteUserDocument,
    "query JourneyMe2 { me { name } }": types.JourneyMe2Document,
    "mutation JourneyLogin($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }": types.JourneyLoginDocument,
    "query JourneyAuditLog2 { auditLog { nodes { action actor { name email status } target { name email status } } } }": types.JourneyAuditLog2Document,
    "\n  mutation KitCreateWarehouse($name: String!) { createWarehouse(name: $name) { id name } }\n": types.KitCreateWarehouseDocument,
    "\n  mutation KitCreateVendor($input: CreateVendorInput!) { createVendor(input: $input) { id name } }\n": types.KitCreateVendorDocument,
    "\n  mutation KitCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { id variants { id sku } }\n  }\n": types.KitCreateProductDocument,
    "\n  mutation KitSetStockLevel($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }\n": types.KitSetStockLevelDocument,
    "\n  mutation KitRecordSales($input: RecordSalesInput!) { recordSales(input: $input) { id } }\n": types.KitRecordSalesDocument,
    "\n  mutation KitUpdateVariant($input: UpdateVariantInput!) { updateVariant(input: $input) { id costCents } }\n": types.KitUpdateVariantDocument,
    "\n  mutation KitEnableWholesale { updateAccount(input: { wholesaleEnabled: true }) { wholesaleEnabled } }\n": types.KitEnableWholesaleDocument,
    "\n  mutation KitUpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { name coverDays overstockCoverDays } }\n": types.KitUpdateAccountDocument,
    "\n  query KitProducts { products(first: 10) { totalCount nodes { id name category variants { id sku title priceCents } } } }\n": types.KitProductsDocument,
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
    "\n  query KitVariantDetails($id: ID!) { variant(id: $id) { sku costCents marginPercent forecastMonthlyUnits stock { onHand } } }\n": types.KitVariantDetailsDocument,
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
    "\n  mutation KitInviteNobody($email: String!) { inviteUser(input: { email: $email, permissions: [] }) { id } }\n": types.KitInviteNobodyDocument,
    "\n  mutation KitResendInvite($id: ID!) { resendInvite(inviteId: $id) { id } }\n": types.KitResendInviteDocument,
    "\n  mutation KitRevokeInvite($id: ID!) { revokeInvite(inviteId: $id) { id } }\n": types.KitRevokeInviteDocument,
    "\n  mutation KitRestrictUser($id: ID!) { updateUserPermissions(input: { userId: $id, permissions: [RESTRICT_DELETE_STYLES] }) { id } }\n": types.KitRestrictUserDocument,
    "\n  mutation KitDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }\n": types.KitDeleteUserDocument,
    "\n  query KitInvites { invites(first: 5) { nodes { id email } } }\n": types.KitInvitesDocument,
    "\n  query KitAuditLog { auditLog(first: 5) { nodes { action } } }\n": types.KitAuditLogDocument,
    "\n  query KitUserDetails($id: ID!) {\n    user(id: $id) { name permissions { fullAccess } can(capability: OVERVIEW) explain(capability: OVERVIEW) { allowed } regions { name } }\n  }\n": types.KitUserDetailsDocument,
    "\n  mutation KitCreateRegion($name: String!) { createRegion(name: $name) { id } }\n": types.KitCreateRegionDocument,
    "\n  mutation KitSetUserRegions($userId: ID!, $regionIds: [ID!]!) { setUserRegions(userId: $userId, regionIds: $regionIds) { id } }\n": types.KitSetUserRegionsDocument,
    "\n  mutation KitSetConnectionRegion($connectionId: ID!, $regionId: ID) { setConnectionRegion(connectionId: $connectionId, regionId: $regionId) { id } }\n": types.KitSetConnectionRegionDocument,
    "\n  mutation KitConnectRetailer($name: String!) { connectRetailer(retailerName: $name) { id } }\n": types.KitConnectRetailerDocument,
    "\n  mutation KitRemoveConnection($id: ID!) { removeConnection(id: $id) { status } }\n": types.KitRemoveConnectionDocument,
    "\n  mutation KitAssignCompanyNumber($connectionId: ID!, $id: ID) { assignCompanyNumber(connectionId: $connectionId, companyNumberId: $id) { companyNumber } }\n": types.KitAssignCompanyNumberDocument,
    "\n  mutation KitAssignCustomerGroup($connectionId: ID!, $id: ID) { assignCustomerGroup(connectionId: $connectionId, customerGroupId: $id) { customerGroup } }\n": types.KitAssignCustomerGroupDocument,
    "\n  mutation KitEditBillingShipping($id: ID!) { editConnectionBillingShipping(connectionId: $id, billingAddress: \"1 Main St\", shippingAddress: \"2 Dock Rd\") { id } }\n": types.KitEditBillingShippingDocument,
    "\n  mutation KitEditBudget($id: ID!) { editConnectionBudget(connectionId: $id, budgetCents: 100000) { id } }\n": types.KitEditBudgetDocument,
    "\n  mutation KitEditBuyers($id: ID!) { editConnectionBuyers(connectionId: $id, buyers: [\"Bea\"]) { id } }\n": types.KitEditBuyersDocument,
    "\n  mutation KitEditCurrencies($id: ID!) { editConnectionCurrencies(connectionId: $id, currencies: [\"EUR\"]) { id } }\n": types.KitEditCurrenciesDocument,
    "\n  mutation KitEditCustomerCode($id: ID!) { editConnectionCustomerCode(connectionId: $id, customerCode: \"C-1\") { id } }\n": types.KitEditCustomerCodeDocument,
    "\n  mutation KitEditDiscount($id: ID!) { editConnectionDiscount(connectionId: $id, discountPercent: 5) { id } }\n": types.KitEditDiscountDocument,
    "\n  mutation KitEditDoors($id: ID!) { editConnectionDoors(connectionId: $id, doors: [\"Main door\"]) { id } }\n": types.KitEditDoorsDocument,
    "\n  mutation KitEditPaymentMethods($id: ID!) { editConnectionPaymentMethods(connectionId: $id, paymentMethods: [\"Card\"]) { id } }\n": types.KitEditPaymentMethodsDocument,
    "\n  mutation KitEditSalesReps($id: ID!) { editConnectionSalesReps(connectionId: $id, salesReps: [\"Sam\"]) { id } }\n": types.KitEditSalesRepsDocument,
    "\n  mutation KitEditShippingMethods($id: ID!) { editConnectionShippingMethods(connectionId: $id, shippingMethods: [\"Ground\"]) { id } }\n": types.KitEditShippingMethodsDocument,
    "\n  mutation KitEditWarehouses($id: ID!) { editConnectionWarehouses(connectionId: $id, warehouses: [\"NJ\"]) { id } }\n": types.KitEditWarehousesDocument,
    "\n  query KitBrandSettings { brandSettings { legalName paymentAccount } }\n": types.KitBrandSettingsDocument,
    "\n  mutation KitUpdateBrandInformation($about: String!) { updateBrandInformation(input: { about: $about }) { legalName } }\n": types.KitUpdateBrandInformationDocument,
    "\n  mutation KitUpdateDivisionSettings($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { legalName } }\n": types.KitUpdateDivisionSettingsDocument,
    "\n  mutation KitUpdateInventorySettings($visibility: InventoryVisibility!) { updateInventorySettings(input: { visibility: $visibility }) { legalName } }\n": types.KitUpdateInventorySettingsDocument,
    "\n  mutation KitConnectPaymentAccount($id: String) { connectPaymentAccount(stripeAccountId: $id) { legalName } }\n": types.KitConnectPaymentAccountDocument,
    "\n  mutation KitSaveCompanyNumber($number: String!) { saveCompanyNumber(input: { label: \"VAT\", number: $number }) { id } }\n": types.KitSaveCompanyNumberDocument,
    "\n  mutation KitSaveCustomerGroup($name: String!) { saveCustomerGroup(input: { name: $name }) { id } }\n": types.KitSaveCustomerGroupDocument,
    "\n  mutation KitSaveDiscountOption($name: String!) { saveDiscountOption(input: { name: $name, percent: 10 }) { id } }\n": types.KitSaveDiscountOptionDocument,
    "\n  mutation KitSaveDivision($name: String!) { saveDivision(input: { name: $name }) { id } }\n": types.KitSaveDivisionDocument,
    "\n  query KitConnections { connections(first: 10) { totalCount nodes { id } } }\n": types.KitConnectionsDocument,
    "\n  query KitConnection($id: ID!) { connection(id: $id) { id retailerName } }\n": types.KitConnectionDocument,
    "mutation KitCreateOrder($connectionId: ID!, $linesheetId: ID!) { createOrder(input: { connectionId: $connectionId, linesheetId: $linesheetId }) { id } }": types.KitCreateOrderDocument,
    "mutation KitSetOrderLine($orderId: ID!, $styleId: ID!) { setOrderLine(input: { orderId: $orderId, styleId: $styleId, size: \"M\", colour: \"Red\", quantity: 2 }) { id } }": types.KitSetOrderLineDocument,
    "mutation KitSubmitOrder($id: ID!) { submitOrder(id: $id) { id } }": types.KitSubmitOrderDocument,
    "mutation KitApproveOrder($id: ID!) { approveOrder(id: $id) { id } }": types.KitApproveOrderDocument,
    "mutation KitShipOrder($id: ID!) { shipOrder(id: $id) { id } }": types.KitShipOrderDocument,
    "mutation KitForceExportOrder($id: ID!) { forceExportOrder(id: $id) { id } }": types.KitForceExportOrderDocument,
    "mutation KitMarkOrderExported($id: ID!) { markOrderExported(id: $id) { id } }": types.KitMarkOrderExportedDocument,
    "mutation KitMergeOrders($target: ID!, $source: ID!) { mergeOrders(targetOrderId: $target, sourceOrderId: $source) { id } }": types.KitMergeOrdersDocument,
    "mutation KitSetRetailerOrderRestrictions($id: ID!, $minimum: Cents) { setRetailerOrderRestrictions(input: { connectionId: $id, minimumOrderCents: $minimum }) { id } }": types.KitSetRetailerOrderRestrictionsDocument,
    "mutation KitAddClient($name: String!) { addClient(retailerName: $name) { id } }": types.KitAddClientDocument,
    "mutation KitSaveEvent($name: String!) { saveEvent(input: { name: $name, startsOn: \"2031-03-01\", endsOn: \"2031-03-02\" }) { id } }": types.KitSaveEventDocument,
    "mutation KitInvoiceOrder($id: ID!) { invoiceOrder(orderId: $id) { id number } }": types.KitInvoiceOrderDocument,
    "query KitInvoices { invoices(first: 10) { nodes { id number amountCents } } }": types.KitInvoicesDocument,
    "mutation KitAssignOrderToNewRetailer($id: ID!, $name: String!) { assignOrderToNewRetailer(orderId: $id, retailerName: $name) { id } }": types.KitAssignOrderToNewRetailerDocument,
    "mutation KitSetOrderDiscount($id: ID!, $percent: Int!) { setOrderDiscount(orderId: $id, percent: $percent) { id } }": types.KitSetOrderDiscountDocument,
    "mutation KitSetOrderPoNumber($id: ID!, $po: String!) { setOrderPoNumber(orderId: $id, poNumber: $po) { id } }": types.KitSetOrderPoNumberDocument,
    "mutation KitCancelOrderStyle($id: ID!, $styleId: ID!) { cancelOrderStyle(input: { orderId: $id, styleId: $styleId }) { id } }": types.KitCancelOrderStyleDocument,
    "query KitOrders { orders(first: 10) { totalCount nodes { id } } }": types.KitOrdersDocument,
    "query KitOrder($id: ID!) { order(id: $id) { id status } }": types.KitOrderDocument,
    "mutation KitSetOrderDates($id: ID!) { setOrderDates(input: { orderId: $id, startShip: \"2031-02-03\" }) { id } }": types.KitSetOrderDatesDocument,
    "\n  mutation KitAddStyle($number: String!) { addStyle(input: { styleNumber: $number, name: \"Tee\", wholesalePriceCents: 1500 }) { id } }\n": types.KitAddStyleDocument,
    "\n  mutation KitCopyStyle($id: ID!, $number: String!) { copyStyle(styleId: $id, styleNumber: $number) { id } }\n": types.KitCopyStyleDocument,
    "\n  mutation KitDeleteStyle($id: ID!) { deleteStyle(id: $id) { id } }\n": types.KitDeleteStyleDocument,
    "\n  mutation KitEditStyle($id: ID!, $name: String!) { editStyle(input: { styleId: $id, name: $name }) { id } }\n": types.KitEditStyleDocument,
    "\n  mutation KitSetStyleUpc($id: ID!, $upc: String) { setStyleUpc(styleId: $id, upc: $upc) { id } }\n": types.KitSetStyleUpcDocument,
    "\n  mutation KitSetStyleDivision($id: ID!, $divisionId: ID) { setStyleDivision(styleId: $id, divisionId: $divisionId) { id } }\n": types.KitSetStyleDivisionDocument,
    "\n  mutation KitUploadStyleImage($id: ID!, $data: String!) { uploadStyleImage(styleId: $id, contentType: \"image/png\", dataBase64: $data) { id } }\n": types.KitUploadStyleImageDocument,
    "\n  mutation KitRemoveStyleImage($id: ID!) { removeStyleImage(imageId: $id) { id } }\n": types.KitRemoveStyleImageDocument,
    "\n  query KitStyleImages($id: ID!) { style(id: $id) { images { id } } }\n": types.KitStyleImagesDocument,
    "\n  mutation KitCreateStyleBadge($name: String!) { createStyleBadge(name: $name) { id } }\n": types.KitCreateStyleBadgeDocument,
    "\n  mutation KitAddStyleBadge($styleId: ID!, $badgeId: ID!) { addStyleBadge(styleId: $styleId, badgeId: $badgeId) { id } }\n": types.KitAddStyleBadgeDocument,
    "\n  mutation KitRemoveStyleBadge($styleId: ID!, $badgeId: ID!) { removeStyleBadge(styleId: $styleId, badgeId: $badgeId) { id } }\n": types.KitRemoveStyleBadgeDocument,
    "\n  mutation KitSetStyleInventory($id: ID!, $available: Int!) { setStyleInventory(input: { styleId: $id, size: \"M\", colour: \"Black\", available: $available }) { id } }\n": types.KitSetStyleInventoryDocument,
    "\n  mutation KitCreateLinesheet($kind: LinesheetKind!, $styleIds: [ID!]!) {\n    createLinesheet(input: { kind: $kind, name: \"Spring\", startShip: \"2031-02-01\", deliveryDates: [\"2031-02-15\"], styleIds: $styleIds }) { id }\n  }\n": types.KitCreateLinesheetDocument,
    "\n  mutation KitSetLinesheetPrivacy($id: ID!, $private: Boolean!) { setLinesheetPrivacy(id: $id, private: $private) { id } }\n": types.KitSetLinesheetPrivacyDocument,
    "\n  mutation KitShareLinesheet($id: ID!) { shareLinesheet(id: $id) { id } }\n": types.KitShareLinesheetDocument,
    "\n  mutation KitSetLinesheetIpadSync($id: ID!, $on: Boolean!) { setLinesheetIpadSync(id: $id, syncToIpad: $on) { id } }\n": types.KitSetLinesheetIpadSyncDocument,
    "\n  mutation KitSetLinesheetStyleBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n    setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) { id }\n  }\n": types.KitSetLinesheetStyleBadgeDocument,
    "mutation LiveSetPermissions($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }": types.LiveSetPermissionsDocument,
    "mutation LiveInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }": types.LiveInviteDocument,
    "mutation LiveResend($id: ID!) { resendInvite(inviteId: $id) { id } }": types.LiveResendDocument,
    "mutation LiveRevoke($id: ID!) { revokeInvite(inviteId: $id) { id } }": types.LiveRevokeDocument,
    "mutation LiveAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { account { id } user { id } } } }": types.LiveAcceptDocument,
    "mutation LiveDelete($id: ID!) { deleteUser(userId: $id) { id } }": types.LiveDeleteDocument,
    "mutation LiveLogout { logout }": types.LiveLogoutDocument,
    "mutation LiveUpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { id wholesaleEnabled } }": types.LiveUpdateAccountDocument,
    "mutation LiveSwitch($id: ID!) { switchAccount(accountId: $id) { account { id } } }": types.LiveSwitchDocument,
    "query LiveUserCapabilities($id: ID!) { user(id: $id) { permissions { capabilities permissions } } }": types.LiveUserCapabilitiesDocument,
    "query LiveMyCapabilities { me { permissions { capabilities permissions } } }": types.LiveMyCapabilitiesDocument,
    "query LiveAuditLog { auditLog(first: 1) { nodes { id action } } }": types.LiveAuditLogDocument,
    "mutation LiveLogin($input: LoginInput!) { login(input: $input) { token } }": types.LiveLoginDocument,
    "mutation MailInvite($email: String!) { inviteUser(input: { email: $email }) { id } }": types.MailInviteDocument,
    "mutation MailUpdateAccount($name: String!) { updateAccount(input: { name: $name }) { name } }": types.MailUpdateAccountDocument,
    "mutation PermissionRulesInviteUser($input: InviteUserInput!) {\n  inviteUser(input: $input) { id email status permissions sentCount expiresAt }\n}": types.PermissionRulesInviteUserDocument,
    "mutation PermissionRulesResendInvite($id: ID!) { resendInvite(inviteId: $id) { id status sentCount expiresAt } }": types.PermissionRulesResendInviteDocument,
    "mutation PermissionRulesRevokeInvite($id: ID!) { revokeInvite(inviteId: $id) { id status } }": types.PermissionRulesRevokeInviteDocument,
    "mutation PermissionRulesUpdatePermissions($id: ID!, $permissions: [PermissionKey!]!) {\n  updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n    id permissions { fullAccess permissions capabilities }\n  }\n}": types.PermissionRulesUpdatePermissionsDocument,
    "mutation PermissionRulesDeleteUser($id: ID!) { deleteUser(userId: $id) { id status } }": types.PermissionRulesDeleteUserDocument,
    "query PermissionRulesInvites { invites { totalCount nodes { id email status permissions sentCount expiresAt } } }": types.PermissionRulesInvitesDocument,
    "query PermissionRulesAuditLog($first: Int) {\n  auditLog(first: $first) { totalCount nodes { action actor { id } target { id } invite { id } before after at } }\n}": types.PermissionRulesAuditLogDocument,
    "query PermissionRulesMyPermissions {\n  me { permissions {\n    fullAccess permissions capabilities\n    decisions { capability allowed reason grantedBy restrictedBy feature requires }\n  } }\n}": types.PermissionRulesMyPermissionsDocument,
    "mutation PermissionRulesAcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { user { id } } } }": types.PermissionRulesAcceptInviteDocument,
    "query PermissionRulesUser($id: ID!) { user(id: $id) { id status permissions { fullAccess permissions narrowings } } }": types.PermissionRulesUserDocument,
    "query PermissionRulesMe { me { name } }": types.PermissionRulesMeDocument,
    "mutation PermissionRulesUpdateAccount { updateAccount(input: { wholesaleEnabled: false }) { wholesaleEnabled } }": types.PermissionRulesUpdateAccountDocument,
    "mutation PermissionRulesUpdateAccount2 { updateAccount(input: { wholesaleEnabled: true }) { wholesaleEnabled } }": types.PermissionRulesUpdateAccount2Document,
    "mutation PermissionRulesUpdateAccount3 { updateAccount(input: {}) { name wholesaleEnabled } }": types.PermissionRulesUpdateAccount3Document,
    "query PermissionRulesPermissionCatalog { permissionCatalog { key kind } }": types.PermissionRulesPermissionCatalogDocument,
    "query PermissionRulesAuditLog2($id: ID!) { auditLog(targetId: $id) { nodes { action } } }": types.PermissionRulesAuditLog2Document,
    "mutation SmtpInvite($email: String!) { inviteUser(input: { email: $email, name: \"Eve Email\" }) { id } }": types.SmtpInviteDocument,
    "query SmtpDelivery { invites { nodes { email delivery { status attempts lastError nextAttemptAt sentAt } } } }": types.SmtpDeliveryDocument,
    "query StatementsUsers {\n    users(first: 100) {\n      totalCount\n      nodes { id name email status joinedAt deletedBy { name } permissions { fullAccess permissions capabilities } }\n    }\n  }": types.StatementsUsersDocument,
    "query StatementsAudit { auditLog(first: 100) { nodes { action actor { name email } target { name } invite { email invitedBy { name } } } } }": types.StatementsAuditDocument,
    "query StatementsAuditFive { auditLog(first: 5) { nodes { action actor { name email } target { name } invite { email invitedBy { name } } } } }": types.StatementsAuditFiveDocument,
    "query StatementsUsers2 { users { totalCount } }": types.StatementsUsers2Document,
    "query StatementsOrders($first: Int) {\n    stockOrders(first: $first) {\n      nodes {\n        status totalCents createdBy { name email } vendor { name email } warehouse { name }\n        lines { quantity variant { sku costCents product { name category vendor { name } } stock { onHand warehouse { name } } } }\n      }\n    }\n  }": types.StatementsOrdersDocument,
    "mutation SweepsAddStyle { addStyle(input: { name: \"Victim Tee\", styleNumber: \"V-1\", wholesalePriceCents: 1000 }) { id } }": types.SweepsAddStyleDocument,
    "mutation SweepsCreateLinesheet($styleIds: [ID!]!) { createLinesheet(input: { kind: ADMIN, name: \"Victim Spring\", startShip: \"2030-01-01\", deliveryDates: [\"2030-01-01\"], styleIds: $styleIds }) { id } }": types.SweepsCreateLinesheetDocument,
    "mutation SweepsUpdateAccount { updateAccount(input: { wholesaleEnabled: true }) { id } }": types.SweepsUpdateAccountDocument,
    "mutation SweepsCreateAccount { createAccount(name: \"Sam's Own\") { account { id } } }": types.SweepsCreateAccountDocument,
    "mutation SweepsLogin($email: String!) { login(input: { email: $email, password: \"correct horse battery\" }) { token } }": types.SweepsLoginDocument,
    "mutation SweepsLogout { logout }": types.SweepsLogoutDocument,
    "mutation SweepsDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }": types.SweepsDeleteUserDocument,
    "mutation SweepsUpdateUserPermissions($id: ID!, $to: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $to }) { permissions { permissions } } }": types.SweepsUpdateUserPermissionsDocument,
    "mutation SweepsDeleteUser2($id: ID!) { deleteUser(userId: $id) { status } }": types.SweepsDeleteUser2Document,
    "mutation TenancyLogin($input: LoginInput!) { login(input: $input) { token me { account { id } } } }": types.TenancyLoginDocument,
    "mutation TenancyInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }": types.TenancyInviteDocument,
    "mutation TenancyAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { personId account { id } } } }": types.TenancyAcceptDocument,
    "mutation TenancySwitch($id: ID!) { switchAccount(accountId: $id) { account { id } permissions { fullAccess permissions } } }": types.TenancySwitchDocument,
    "mutation TenancyDelete($id: ID!) { deleteUser(userId: $id) { id status } }": types.TenancyDeleteDocument,
    "query TenancyMe { me { personId account { id } accounts { id } permissions { fullAccess permissions } } }": types.TenancyMeDocument,
    "query TenancyAccountState {\n  account { id name wholesaleEnabled }\n  users(first: 100) { totalCount nodes { id name email status deletedAt permissions { fullAccess permissions } } }\n  invites(first: 100) { totalCount nodes { id email name status permissions sentCount expiresAt lastSentAt revokedAt acceptedAt } }\n  auditLog(first: 100) {\n    totalCount\n    nodes { id action before after at actor { id name email } target { id name email } invite { id email } }\n  }\n}": types.TenancyAccountStateDocument,
    "query TenancyQuery($id: ID!) { user(id: $id) { id name email status } }": types.TenancyQueryDocument,
    "query TenancyUser($id: ID!) { user(id: $id) { name } }": types.TenancyUserDocument,
    "mutation TenancyMutation($input: UpdateUserPermissionsInput!) { updateUserPermissions(input: $input) { id permissions { permissions } } }": types.TenancyMutationDocument,
    "mutation TenancyMutation2($id: ID!) { resendInvite(inviteId: $id) { id email status } }": types.TenancyMutation2Document,
    "mutation TenancyMutation3($id: ID!) { revokeInvite(inviteId: $id) { id email status } }": types.TenancyMutation3Document,
    "query TenancyAuditLog($targetId: ID!) { auditLog(targetId: $targetId) { totalCount nodes { id } } }": types.TenancyAuditLogDocument,
    "query TenancyUsers { users(first: 1) { nodes { id } pageInfo { endCursor hasNextPage } } }": types.TenancyUsersDocument,
    "query TenancyUsers2($after: String) { users(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage } } }": types.TenancyUsers2Document,
    "query TenancyInvitation($token: String!) { invitation(token: $token) { email name } }": types.TenancyInvitationDocument,
    "query TenancyInvitation2($token: String!) { invitation(token: $token) { email hasLogin } }": types.TenancyInvitation2Document,
    "query TenancyMe2 { me { user { id name email } } }": types.TenancyMe2Document,
    "mutation TenancySignUp($input: SignUpInput!) { signUp(input: $input) { email } }": types.TenancySignUpDocument,
    "query TenancyInvites { invites { totalCount } }": types.TenancyInvitesDocument,
    "query TenancyUsers3 { users { nodes { id } } }": types.TenancyUsers3Document,
    "mutation TenancyUpdateUserPermissions($input: UpdateUserPermissionsInput!) { updateUserPermissions(input: $input) { id } }": types.TenancyUpdateUserPermissionsDocument,
    "mutation VocabularyInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }": types.VocabularyInviteDocument,
    "query VocabularyInvites { invites { totalCount } }": types.VocabularyInvitesDocument,
    "mutation VocabularyUpdateAccount { updateAccount(input: { name: \"X\" }) { id } }": types.VocabularyUpdateAccountDocument,
    "mutation VocabularySelfEdit($id: ID!) { updateUserPermissions(input: { userId: $id, permissions: [OVERVIEW] }) { id } }": types.VocabularySelfEditDocument,
    "mutation VocabularyDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }": types.VocabularyDeleteUserDocument,
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
export function graphql(source: "mutation AuthLogin($input: LoginInput!) { login(input: $input) { token me { personId name account { id name } } } }"): (typeof documents)["mutation AuthLogin($input: LoginInput!) { login(input: $input) { token me { personId name account { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMe { me { name email account { id name wholesaleEnabled } user { status } permissions { fullAccess permissions } accounts { name } } }"): (typeof documents)["query AuthMe { me { name email account { id name wholesaleEnabled } user { status } permissions { fullAccess permissions } accounts { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { email } }"): (typeof documents)["mutation AuthSignUp($input: SignUpInput!) { signUp(input: $input) { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthVerifyEmail($input: VerifyEmailInput!) { verifyEmail(input: $input) { token me { user { permissions { fullAccess } } } } }"): (typeof documents)["mutation AuthVerifyEmail($input: VerifyEmailInput!) { verifyEmail(input: $input) { token me { user { permissions { fullAccess } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthLogout { logout }"): (typeof documents)["mutation AuthLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMe2 { me { name } }"): (typeof documents)["query AuthMe2 { me { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthInviteUser($email: String!) { inviteUser(input: { email: $email }) { id } }"): (typeof documents)["mutation AuthInviteUser($email: String!) { inviteUser(input: { email: $email }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthInvitation($t: String!) { invitation(token: $t) { hasLogin } }"): (typeof documents)["query AuthInvitation($t: String!) { invitation(token: $t) { hasLogin } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthAcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { token } }"): (typeof documents)["mutation AuthAcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMe3 { me { accounts { id name } permissions { fullAccess } } }"): (typeof documents)["query AuthMe3 { me { accounts { id name } permissions { fullAccess } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuthSwitchAccount($id: ID!) { switchAccount(accountId: $id) { account { name } permissions { fullAccess } } }"): (typeof documents)["mutation AuthSwitchAccount($id: ID!) { switchAccount(accountId: $id) { account { name } permissions { fullAccess } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthAccount { account { name } }"): (typeof documents)["query AuthAccount { account { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AtCommitInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }"): (typeof documents)["mutation AtCommitInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AtCommitAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { permissions { fullAccess permissions } } } }"): (typeof documents)["mutation AtCommitAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { permissions { fullAccess permissions } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AtCommitSet($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }"): (typeof documents)["mutation AtCommitSet($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AtCommitDelete($id: ID!) { deleteUser(userId: $id) { id } }"): (typeof documents)["mutation AtCommitDelete($id: ID!) { deleteUser(userId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AtCommitAudit { auditLog(first: 100) { nodes { action actor { id } target { id } invite { id status } after } } }"): (typeof documents)["query AtCommitAudit { auditLog(first: 100) { nodes { action actor { id } target { id } invite { id status } after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AtCommitDeleteUser($me: ID!, $email: String!) {\n        leave: deleteUser(userId: $me) { status }\n        invite: inviteUser(input: { email: $email }) { id }\n      }"): (typeof documents)["mutation AtCommitDeleteUser($me: ID!, $email: String!) {\n        leave: deleteUser(userId: $me) { status }\n        invite: inviteUser(input: { email: $email }) { id }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AtCommitUser($id: ID!) { user(id: $id) { status } }"): (typeof documents)["query AtCommitUser($id: ID!) { user(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AtCommitInvites { invites { nodes { email } } }"): (typeof documents)["query AtCommitInvites { invites { nodes { email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AtCommitInvites2 { invites(status: REVOKED) { nodes { id revokedBy { id } } } }"): (typeof documents)["query AtCommitInvites2 { invites(status: REVOKED) { nodes { id revokedBy { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AtCommitResendInvite($id: ID!) { resendInvite(inviteId: $id) { id } }"): (typeof documents)["mutation AtCommitResendInvite($id: ID!) { resendInvite(inviteId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AtCommitInvitation($t: String!) { invitation(token: $t) { invitedByName } }"): (typeof documents)["query AtCommitInvitation($t: String!) { invitation(token: $t) { invitedByName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BackupSnapshot {\n  users { nodes { id name email status permissions { permissions } } }\n  invites { nodes { email status } }\n  auditLog(first: 100) { nodes { action subjectId } }\n}"): (typeof documents)["query BackupSnapshot {\n  users { nodes { id name email status permissions { permissions } } }\n  invites { nodes { email status } }\n  auditLog(first: 100) { nodes { action subjectId } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BackupInviteUser($email: String!) { inviteUser(input: { email: $email }) { id } }"): (typeof documents)["mutation BackupInviteUser($email: String!) { inviteUser(input: { email: $email }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BackupUpdateAccount { updateAccount(input: { name: \"Backed Up Co\" }) { name } }"): (typeof documents)["mutation BackupUpdateAccount { updateAccount(input: { name: \"Backed Up Co\" }) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CatalogPermissionCatalog {\n      permissionCatalog { key name description seedDescription category kind grants removes narrows source }\n      __type(name: \"PermissionKey\") { enumValues { name } }\n    }"): (typeof documents)["query CatalogPermissionCatalog {\n      permissionCatalog { key name description seedDescription category kind grants removes narrows source }\n      __type(name: \"PermissionKey\") { enumValues { name } }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CliLogin($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token me { permissions { permissions } can(capability: MANAGE_USERS) } } }"): (typeof documents)["mutation CliLogin($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token me { permissions { permissions } can(capability: MANAGE_USERS) } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CliMe { me { name } }"): (typeof documents)["query CliMe { me { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashUpdate($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }"): (typeof documents)["mutation CrashUpdate($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashInviteMember($email: String!) { inviteUser(input: { email: $email, permissions: [OVERVIEW] }) { id } }"): (typeof documents)["mutation CrashInviteMember($email: String!) { inviteUser(input: { email: $email, permissions: [OVERVIEW] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashInvite($email: String!) { inviteUser(input: { email: $email }) { id } }"): (typeof documents)["mutation CrashInvite($email: String!) { inviteUser(input: { email: $email }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CrashDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }"): (typeof documents)["mutation CrashDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CrashUserCount { users { totalCount } }"): (typeof documents)["query CrashUserCount { users { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CrashMe { me { email } }"): (typeof documents)["query CrashMe { me { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CrashUsers { users { nodes { id permissions { permissions } } } }"): (typeof documents)["query CrashUsers { users { nodes { id permissions { permissions } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HarnessSignUp($input: SignUpInput!) { signUp(input: $input) { email } }"): (typeof documents)["mutation HarnessSignUp($input: SignUpInput!) { signUp(input: $input) { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HarnessVerifyEmail($input: VerifyEmailInput!) { verifyEmail(input: $input) { token me { account { id } user { id } } } }"): (typeof documents)["mutation HarnessVerifyEmail($input: VerifyEmailInput!) { verifyEmail(input: $input) { token me { account { id } user { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HarnessInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { id } }"): (typeof documents)["mutation HarnessInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HarnessAcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { account { id } user { id } } } }"): (typeof documents)["mutation HarnessAcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { account { id } user { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentitySignUp($input: SignUpInput!) { signUp(input: $input) { email message } }"): (typeof documents)["mutation IdentitySignUp($input: SignUpInput!) { signUp(input: $input) { email message } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { token me { name email account { name } } } }"): (typeof documents)["mutation IdentityVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { token me { name email account { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityLogin($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }"): (typeof documents)["mutation IdentityLogin($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityResetRequest($email: String!) { requestPasswordReset(email: $email) { email message } }"): (typeof documents)["mutation IdentityResetRequest($email: String!) { requestPasswordReset(email: $email) { email message } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityReset($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) }"): (typeof documents)["mutation IdentityReset($token: String!, $password: String!) { resetPassword(input: { token: $token, password: $password }) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { email account { id } } } }"): (typeof documents)["mutation IdentityAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { email account { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityInviteUser($email: String!) { inviteUser(input: { email: $email, name: \"Bob\" }) { id } }"): (typeof documents)["mutation IdentityInviteUser($email: String!) { inviteUser(input: { email: $email, name: \"Bob\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityInvitation($token: String!) { invitation(token: $token) { hasLogin } }"): (typeof documents)["query IdentityInvitation($token: String!) { invitation(token: $token) { hasLogin } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityInviteUser2($email: String!) { inviteUser(input: { email: $email }) { id } }"): (typeof documents)["mutation IdentityInviteUser2($email: String!) { inviteUser(input: { email: $email }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityMe { me { name } }"): (typeof documents)["query IdentityMe { me { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityAuditLog { auditLog(first: 5) { nodes { action after } } }"): (typeof documents)["query IdentityAuditLog { auditLog(first: 5) { nodes { action after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityAuditLog2 { auditLog(first: 1) { nodes { action target { email } after } } }"): (typeof documents)["query IdentityAuditLog2 { auditLog(first: 1) { nodes { action target { email } after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityChangePassword($current: String!, $new: String!) { changePassword(input: { currentPassword: $current, newPassword: $new }) }"): (typeof documents)["mutation IdentityChangePassword($current: String!, $new: String!) { changePassword(input: { currentPassword: $current, newPassword: $new }) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityChangeEmail($email: String!, $password: String!) { changeEmail(input: { newEmail: $email, password: $password }) { email message } }"): (typeof documents)["mutation IdentityChangeEmail($email: String!, $password: String!) { changeEmail(input: { newEmail: $email, password: $password }) { email message } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityConfirm($token: String!) { confirmEmailChange(token: $token) }"): (typeof documents)["mutation IdentityConfirm($token: String!) { confirmEmailChange(token: $token) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityAuditLog3 { auditLog(first: 1) { nodes { action before after } } }"): (typeof documents)["query IdentityAuditLog3 { auditLog(first: 1) { nodes { action before after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentitySessions { me { sessions { id userAgent current lastSeenAt account { name } } } }"): (typeof documents)["query IdentitySessions { me { sessions { id userAgent current lastSeenAt account { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityEndSession($id: ID!) { endSession(id: $id) }"): (typeof documents)["mutation IdentityEndSession($id: ID!) { endSession(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityEndOtherSessions { endOtherSessions }"): (typeof documents)["mutation IdentityEndOtherSessions { endOtherSessions }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityAuditLog4 { auditLog(first: 1) { nodes { action after } } }"): (typeof documents)["query IdentityAuditLog4 { auditLog(first: 1) { nodes { action after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdentityCreate($name: String!) { createAccount(name: $name) { account { id name } permissions { fullAccess } accounts { name } } }"): (typeof documents)["mutation IdentityCreate($name: String!) { createAccount(name: $name) { account { id name } permissions { fullAccess } accounts { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityMe2 { me { account { id } } }"): (typeof documents)["query IdentityMe2 { me { account { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IdentityAuditLog5 { auditLog(first: 1) { nodes { action } } }"): (typeof documents)["query IdentityAuditLog5 { auditLog(first: 1) { nodes { action } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InstancesSet($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }"): (typeof documents)["mutation InstancesSet($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstancesUsers { users { nodes { id permissions { fullAccess } } } }"): (typeof documents)["query InstancesUsers { users { nodes { id permissions { fullAccess } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InstancesSignUp($input: SignUpInput!) { signUp(input: $input) { email } }"): (typeof documents)["mutation InstancesSignUp($input: SignUpInput!) { signUp(input: $input) { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InstancesVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { token } }"): (typeof documents)["mutation InstancesVerify($input: VerifyEmailInput!) { verifyEmail(input: $input) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InstancesInviteUser($email: String!) { inviteUser(input: { email: $email }) { id } }"): (typeof documents)["mutation InstancesInviteUser($email: String!) { inviteUser(input: { email: $email }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstancesAuditLog { auditLog { nodes { action } } }"): (typeof documents)["query InstancesAuditLog { auditLog { nodes { action } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InstancesLogout { logout }"): (typeof documents)["mutation InstancesLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstancesMe { me { name } }"): (typeof documents)["query InstancesMe { me { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InstancesLogin($input: LoginInput!) { login(input: $input) { token } }"): (typeof documents)["mutation InstancesLogin($input: LoginInput!) { login(input: $input) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InventoryAuditLog($subjectType: AuditSubjectType) {\n  auditLog(first: 20, subjectType: $subjectType) { nodes { action subjectType subjectId actor { name } before after } }\n}"): (typeof documents)["query InventoryAuditLog($subjectType: AuditSubjectType) {\n  auditLog(first: 20, subjectType: $subjectType) { nodes { action subjectType subjectId actor { name } before after } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BillingSyncBilling { account { id name createdAt billing { plan billingEmail cardLast4 monthlyPriceCents renewsAt } } }"): (typeof documents)["query BillingSyncBilling { account { id name createdAt billing { plan billingEmail cardLast4 monthlyPriceCents renewsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BillingSyncUpdateBilling($input: UpdateBillingInput!) {\n  updateBilling(input: $input) { plan billingEmail cardLast4 monthlyPriceCents renewsAt }\n}"): (typeof documents)["mutation BillingSyncUpdateBilling($input: UpdateBillingInput!) {\n  updateBilling(input: $input) { plan billingEmail cardLast4 monthlyPriceCents renewsAt }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BillingSyncRunSync { runSync { id startedBy { id name } variantCount warehouseCount startedAt finishedAt } }"): (typeof documents)["mutation BillingSyncRunSync { runSync { id startedBy { id name } variantCount warehouseCount startedAt finishedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BillingSyncSyncRuns($first: Int, $after: String) {\n  syncRuns(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id startedBy { id } } }\n}"): (typeof documents)["query BillingSyncSyncRuns($first: Int, $after: String) {\n  syncRuns(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id startedBy { id } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BillingSyncAuditLog($type: AuditSubjectType) { auditLog(subjectType: $type) { totalCount nodes { action actor { id } subjectId before after } } }"): (typeof documents)["query BillingSyncAuditLog($type: AuditSubjectType) { auditLog(subjectType: $type) { totalCount nodes { action actor { id } subjectId before after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BillingSyncAccount { account { name billing { plan } } }"): (typeof documents)["query BillingSyncAccount { account { name billing { plan } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BillingSyncCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { id } }"): (typeof documents)["mutation BillingSyncCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BillingSyncCreateWarehouse { createWarehouse(name: \"Main\") { id } }"): (typeof documents)["mutation BillingSyncCreateWarehouse { createWarehouse(name: \"Main\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InventoryCatalogCreate($input: CreateProductInput!) {\n  createProduct(input: $input) { id name category variants { id sku costCents priceCents marginPercent } }\n}"): (typeof documents)["mutation InventoryCatalogCreate($input: CreateProductInput!) {\n  createProduct(input: $input) { id name category variants { id sku costCents priceCents marginPercent } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InventoryCatalogUser($id: ID!) { user(id: $id) { id } }"): (typeof documents)["query InventoryCatalogUser($id: ID!) { user(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InventoryCatalogProducts { products { totalCount } }"): (typeof documents)["query InventoryCatalogProducts { products { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InventoryCatalogFind($category: String) { products(category: $category) { totalCount nodes { id name category variants { id sku title priceCents product { name } } } } }"): (typeof documents)["query InventoryCatalogFind($category: String) { products(category: $category) { totalCount nodes { id name category variants { id sku title priceCents product { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InventoryCatalogVariant($id: ID!) { variant(id: $id) { sku } }"): (typeof documents)["query InventoryCatalogVariant($id: ID!) { variant(id: $id) { sku } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InventoryCatalogVariant2($id: ID!) { variant(id: $id) { sku costCents marginPercent stock { onHand } forecastMonthlyUnits } }"): (typeof documents)["query InventoryCatalogVariant2($id: ID!) { variant(id: $id) { sku costCents marginPercent stock { onHand } forecastMonthlyUnits } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenToBuySetBudget($input: SetBudgetInput!) { setBudget(input: $input) { id month category amountCents } }"): (typeof documents)["mutation OpenToBuySetBudget($input: SetBudgetInput!) { setBudget(input: $input) { id month category amountCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpenToBuyOpenToBuy($from: String!, $to: String!) {\n  openToBuy(from: $from, to: $to) { month category budgetCents committedCents remainingCents }\n}"): (typeof documents)["query OpenToBuyOpenToBuy($from: String!, $to: String!) {\n  openToBuy(from: $from, to: $to) { month category budgetCents committedCents remainingCents }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpenToBuyAudit { auditLog(subjectType: Budget) { totalCount nodes { action subjectId before after } } }"): (typeof documents)["query OpenToBuyAudit { auditLog(subjectType: Budget) { totalCount nodes { action subjectId before after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenToBuyCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }"): (typeof documents)["mutation OpenToBuyCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenToBuyCreateVendor { createVendor(input: { name: \"Mill\", leadTimeDays: 14 }) { id } }"): (typeof documents)["mutation OpenToBuyCreateVendor { createVendor(input: { name: \"Mill\", leadTimeDays: 14 }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenToBuyCreateWarehouse($name: String!) { createWarehouse(name: $name) { id } }"): (typeof documents)["mutation OpenToBuyCreateWarehouse($name: String!) { createWarehouse(name: $name) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingCreateWarehouse { createWarehouse(name: \"Main\") { id } }"): (typeof documents)["mutation PurchasingCreateWarehouse { createWarehouse(name: \"Main\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingCreateVendor($input: CreateVendorInput!) { createVendor(input: $input) { id } }"): (typeof documents)["mutation PurchasingCreateVendor($input: CreateVendorInput!) { createVendor(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }"): (typeof documents)["mutation PurchasingCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PurchasingOrder on StockOrder {\n  id status expectedMonth totalCents placedAt receivedAt emailedAt\n  vendor { id } warehouse { id } createdBy { id }\n  lines { variant { id sku } quantity unitCostCents totalCents }\n}"): (typeof documents)["fragment PurchasingOrder on StockOrder {\n  id status expectedMonth totalCents placedAt receivedAt emailedAt\n  vendor { id } warehouse { id } createdBy { id }\n  lines { variant { id sku } quantity unitCostCents totalCents }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingCreate($input: CreateStockOrderInput!) { createStockOrder(input: $input) { ...PurchasingOrder } }"): (typeof documents)["mutation PurchasingCreate($input: CreateStockOrderInput!) { createStockOrder(input: $input) { ...PurchasingOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingSetLine($input: SetStockOrderLineInput!) { setStockOrderLine(input: $input) { ...PurchasingOrder } }"): (typeof documents)["mutation PurchasingSetLine($input: SetStockOrderLineInput!) { setStockOrderLine(input: $input) { ...PurchasingOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingPlace($id: ID!) { placeStockOrder(id: $id) { ...PurchasingOrder } }"): (typeof documents)["mutation PurchasingPlace($id: ID!) { placeStockOrder(id: $id) { ...PurchasingOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingReceive($id: ID!) { receiveStockOrder(id: $id) { ...PurchasingOrder } }"): (typeof documents)["mutation PurchasingReceive($id: ID!) { receiveStockOrder(id: $id) { ...PurchasingOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingSend($id: ID!) { sendStockOrder(id: $id) { ...PurchasingOrder } }"): (typeof documents)["mutation PurchasingSend($id: ID!) { sendStockOrder(id: $id) { ...PurchasingOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingSetEmail($input: SetVendorEmailInput!) { setVendorEmail(input: $input) { id email } }"): (typeof documents)["mutation PurchasingSetEmail($input: SetVendorEmailInput!) { setVendorEmail(input: $input) { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingImport($csv: String!) {\n  importStockOrders(csv: $csv) { stockOrders { ...PurchasingOrder } stockOrderCount errors { row column message } }\n}"): (typeof documents)["mutation PurchasingImport($csv: String!) {\n  importStockOrders(csv: $csv) { stockOrders { ...PurchasingOrder } stockOrderCount errors { row column message } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PurchasingOrderById($id: ID!) { stockOrder(id: $id) { ...PurchasingOrder } }"): (typeof documents)["query PurchasingOrderById($id: ID!) { stockOrder(id: $id) { ...PurchasingOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PurchasingCount { stockOrders { totalCount } }"): (typeof documents)["query PurchasingCount { stockOrders { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PurchasingVariant($id: ID!) { variant(id: $id) { stock { warehouse { id } onHand } } }"): (typeof documents)["query PurchasingVariant($id: ID!) { variant(id: $id) { stock { warehouse { id } onHand } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PurchasingAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action after } } }"): (typeof documents)["query PurchasingAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingSetStockLevel($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }"): (typeof documents)["mutation PurchasingSetStockLevel($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PurchasingStockOrders { stockOrders(status: DRAFT) { totalCount nodes { id status } } }"): (typeof documents)["query PurchasingStockOrders { stockOrders(status: DRAFT) { totalCount nodes { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingImportStockOrders($csv: String!) { importStockOrders(csv: $csv) { stockOrders { id } errors { row } } }"): (typeof documents)["mutation PurchasingImportStockOrders($csv: String!) { importStockOrders(csv: $csv) { stockOrders { id } errors { row } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingPlaceId($id: ID!) { placeStockOrder(id: $id) { id } }"): (typeof documents)["mutation PurchasingPlaceId($id: ID!) { placeStockOrder(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingReceiveId($id: ID!) { receiveStockOrder(id: $id) { id } }"): (typeof documents)["mutation PurchasingReceiveId($id: ID!) { receiveStockOrder(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingSendId($id: ID!) { sendStockOrder(id: $id) { id } }"): (typeof documents)["mutation PurchasingSendId($id: ID!) { sendStockOrder(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingCreateVendor2 { createVendor(input: { name: \"Threadco\", leadTimeDays: 10 }) { id } }"): (typeof documents)["mutation PurchasingCreateVendor2 { createVendor(input: { name: \"Threadco\", leadTimeDays: 10 }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PurchasingVendors { vendors { id email } }"): (typeof documents)["query PurchasingVendors { vendors { id email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PurchasingAuditLog2($id: ID!) { auditLog(subjectId: $id) { nodes { action subjectType after } } }"): (typeof documents)["query PurchasingAuditLog2($id: ID!) { auditLog(subjectId: $id) { nodes { action subjectType after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PurchasingAuditLog3($id: ID!) { auditLog(subjectId: $id, first: 1) { nodes { action after } } }"): (typeof documents)["query PurchasingAuditLog3($id: ID!) { auditLog(subjectId: $id, first: 1) { nodes { action after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PurchasingImportStockOrders2($csv: String!) { importStockOrders(csv: $csv) { stockOrderCount errors { row } } }"): (typeof documents)["mutation PurchasingImportStockOrders2($csv: String!) { importStockOrders(csv: $csv) { stockOrderCount errors { row } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PurchasingAuditLog4 { auditLog(subjectType: StockOrder, first: 100) { totalCount nodes { action } } }"): (typeof documents)["query PurchasingAuditLog4 { auditLog(subjectType: StockOrder, first: 100) { totalCount nodes { action } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsKpis($days: Int, $categories: [String!], $warehouseIds: [ID!]) {\n  inventoryKpis(days: $days, categories: $categories, warehouseIds: $warehouseIds) {\n    category unitsSold unitsOnHand sellThroughPercent inventoryTurnover stockValueCents\n  }\n}"): (typeof documents)["query ReportsKpis($days: Int, $categories: [String!], $warehouseIds: [ID!]) {\n  inventoryKpis(days: $days, categories: $categories, warehouseIds: $warehouseIds) {\n    category unitsSold unitsOnHand sellThroughPercent inventoryTurnover stockValueCents\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReportsPresetFields on ReportPreset {\n  id name shared filters { categories warehouseIds days } owner { id name }\n}"): (typeof documents)["fragment ReportsPresetFields on ReportPreset {\n  id name shared filters { categories warehouseIds days } owner { id name }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsPresets { reportPresets { ...ReportsPresetFields } }"): (typeof documents)["query ReportsPresets { reportPresets { ...ReportsPresetFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsSave($input: SaveReportPresetInput!) { saveReportPreset(input: $input) { ...ReportsPresetFields } }"): (typeof documents)["mutation ReportsSave($input: SaveReportPresetInput!) { saveReportPreset(input: $input) { ...ReportsPresetFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsSaveShared($input: SaveReportPresetInput!) { saveSharedReportPreset(input: $input) { ...ReportsPresetFields } }"): (typeof documents)["mutation ReportsSaveShared($input: SaveReportPresetInput!) { saveSharedReportPreset(input: $input) { ...ReportsPresetFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsDelete($id: ID!) { deleteReportPreset(id: $id) { id } }"): (typeof documents)["mutation ReportsDelete($id: ID!) { deleteReportPreset(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsDeleteShared($id: ID!) { deleteSharedReportPreset(id: $id) { id } }"): (typeof documents)["mutation ReportsDeleteShared($id: ID!) { deleteSharedReportPreset(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReportsAudit { auditLog(subjectType: ReportPreset) { totalCount nodes { action subjectId before after } } }"): (typeof documents)["query ReportsAudit { auditLog(subjectType: ReportPreset) { totalCount nodes { action subjectId before after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsSetStock($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }"): (typeof documents)["mutation ReportsSetStock($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsRecordSales($input: RecordSalesInput!) { recordSales(input: $input) { id } }"): (typeof documents)["mutation ReportsRecordSales($input: RecordSalesInput!) { recordSales(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }"): (typeof documents)["mutation ReportsCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsCreateWarehouse($name: String!) { createWarehouse(name: $name) { id } }"): (typeof documents)["mutation ReportsCreateWarehouse($name: String!) { createWarehouse(name: $name) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportsCreateWarehouse2 { createWarehouse(name: \"Theirs\") { id } }"): (typeof documents)["mutation ReportsCreateWarehouse2 { createWarehouse(name: \"Theirs\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WholesaleCreateWarehouse { createWarehouse(name: \"Main\") { id } }"): (typeof documents)["mutation WholesaleCreateWarehouse { createWarehouse(name: \"Main\") { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WholesaleCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }"): (typeof documents)["mutation WholesaleCreateProduct($input: CreateProductInput!) { createProduct(input: $input) { variants { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment WholesaleOrderFields on WholesaleOrder {\n  id customerName status totalCents confirmedAt warehouse { id } createdBy { id }\n  lines { variant { sku } quantity unitPriceCents totalCents }\n}"): (typeof documents)["fragment WholesaleOrderFields on WholesaleOrder {\n  id customerName status totalCents confirmedAt warehouse { id } createdBy { id }\n  lines { variant { sku } quantity unitPriceCents totalCents }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WholesaleCreate($input: CreateWholesaleOrderInput!) { createWholesaleOrder(input: $input) { ...WholesaleOrderFields } }"): (typeof documents)["mutation WholesaleCreate($input: CreateWholesaleOrderInput!) { createWholesaleOrder(input: $input) { ...WholesaleOrderFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WholesaleConfirm($id: ID!) { confirmWholesaleOrder(id: $id) { ...WholesaleOrderFields } }"): (typeof documents)["mutation WholesaleConfirm($id: ID!) { confirmWholesaleOrder(id: $id) { ...WholesaleOrderFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WholesaleList { wholesaleOrders { totalCount nodes { ...WholesaleOrderFields } } }"): (typeof documents)["query WholesaleList { wholesaleOrders { totalCount nodes { ...WholesaleOrderFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WholesaleUpdateAccount($on: Boolean!) { updateAccount(input: { wholesaleEnabled: $on }) { wholesaleEnabled } }"): (typeof documents)["mutation WholesaleUpdateAccount($on: Boolean!) { updateAccount(input: { wholesaleEnabled: $on }) { wholesaleEnabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WholesaleSetStockLevel($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }"): (typeof documents)["mutation WholesaleSetStockLevel($input: SetStockLevelInput!) { setStockLevel(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WholesaleVariant($id: ID!) { variant(id: $id) { stock { onHand } } }"): (typeof documents)["query WholesaleVariant($id: ID!) { variant(id: $id) { stock { onHand } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WholesaleAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action } } }"): (typeof documents)["query WholesaleAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WholesaleWholesaleOrder($id: ID!) { wholesaleOrder(id: $id) { status } }"): (typeof documents)["query WholesaleWholesaleOrder($id: ID!) { wholesaleOrder(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WholesaleUpdateAccount2 { updateAccount(input: { wholesaleEnabled: true }) { id } }"): (typeof documents)["mutation WholesaleUpdateAccount2 { updateAccount(input: { wholesaleEnabled: true }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WholesaleWholesaleOrder2($id: ID!) { wholesaleOrder(id: $id) { id } }"): (typeof documents)["query WholesaleWholesaleOrder2($id: ID!) { wholesaleOrder(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WholesaleCreateProduct2 { createProduct(input: { name: \"Theirs\", category: \"Shirts\", variants: [{ sku: \"WH-A\", title: \"A\", costCents: 1, priceCents: 2 }] }) { variants { id } } }"): (typeof documents)["mutation WholesaleCreateProduct2 { createProduct(input: { name: \"Theirs\", category: \"Shirts\", variants: [{ sku: \"WH-A\", title: \"A\", costCents: 1, priceCents: 2 }] }) { variants { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WholesaleCreateWholesaleOrder($input: CreateWholesaleOrderInput!) { createWholesaleOrder(input: $input) { id } }"): (typeof documents)["mutation WholesaleCreateWholesaleOrder($input: CreateWholesaleOrderInput!) { createWholesaleOrder(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WholesaleConfirmWholesaleOrder($id: ID!) { confirmWholesaleOrder(id: $id) { id } }"): (typeof documents)["mutation WholesaleConfirmWholesaleOrder($id: ID!) { confirmWholesaleOrder(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitesInvite($input: InviteUserInput!) { inviteUser(input: $input) { id status expiresAt sentCount } }"): (typeof documents)["mutation InvitesInvite($input: InviteUserInput!) { inviteUser(input: $input) { id status expiresAt sentCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitesList($status: InviteStatus) {\n  invites(status: $status) { totalCount nodes { id email status sentCount acceptedBy { name } revokedBy { name } } }\n}"): (typeof documents)["query InvitesList($status: InviteStatus) {\n  invites(status: $status) { totalCount nodes { id email status sentCount acceptedBy { name } revokedBy { name } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitesAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { user { id } permissions { permissions } } } }"): (typeof documents)["mutation InvitesAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { user { id } permissions { permissions } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitesResend($id: ID!) { resendInvite(inviteId: $id) { status sentCount expiresAt } }"): (typeof documents)["mutation InvitesResend($id: ID!) { resendInvite(inviteId: $id) { status sentCount expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitesRevoke($id: ID!) { revokeInvite(inviteId: $id) { status } }"): (typeof documents)["mutation InvitesRevoke($id: ID!) { revokeInvite(inviteId: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitesDeleteUser($id: ID!) { deleteUser(userId: $id) { status } }"): (typeof documents)["mutation InvitesDeleteUser($id: ID!) { deleteUser(userId: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitesUser($id: ID!) { user(id: $id) { status deletedAt } }"): (typeof documents)["query InvitesUser($id: ID!) { user(id: $id) { status deletedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitesActiveUsers($after: String) { users(first: 2, status: ACTIVE, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id status } } }"): (typeof documents)["query InvitesActiveUsers($after: String) { users(first: 2, status: ACTIVE, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitesDeletedUsers { users(status: DELETED) { nodes { status } } }"): (typeof documents)["query InvitesDeletedUsers { users(status: DELETED) { nodes { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BrandSettingsFields on BrandSettings {\n  legalName website contactEmail about multipleDivisionsPerOrder inventoryVisibility inventoryDisplay\n}"): (typeof documents)["fragment BrandSettingsFields on BrandSettings {\n  legalName website contactEmail about multipleDivisionsPerOrder inventoryVisibility inventoryDisplay\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrandSettings { brandSettings { ...BrandSettingsFields paymentAccount } }"): (typeof documents)["query BrandSettings { brandSettings { ...BrandSettingsFields paymentAccount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrandUpdateInfo($input: BrandInformationInput!) { updateBrandInformation(input: $input) { ...BrandSettingsFields } }"): (typeof documents)["mutation BrandUpdateInfo($input: BrandInformationInput!) { updateBrandInformation(input: $input) { ...BrandSettingsFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrandUpdateDivisions($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { ...BrandSettingsFields } }"): (typeof documents)["mutation BrandUpdateDivisions($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { ...BrandSettingsFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrandUpdateInventory($input: InventorySettingsInput!) { updateInventorySettings(input: $input) { ...BrandSettingsFields } }"): (typeof documents)["mutation BrandUpdateInventory($input: InventorySettingsInput!) { updateInventorySettings(input: $input) { ...BrandSettingsFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BrandConnect($id: String) { connectPaymentAccount(stripeAccountId: $id) { paymentAccount } }"): (typeof documents)["mutation BrandConnect($id: String) { connectPaymentAccount(stripeAccountId: $id) { paymentAccount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrandAuditLog($id: ID!) { auditLog(subjectId: $id, first: 100) { nodes { action before after } } }"): (typeof documents)["query BrandAuditLog($id: ID!) { auditLog(subjectId: $id, first: 100) { nodes { action before after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrandAuditLog2 { auditLog { totalCount } }"): (typeof documents)["query BrandAuditLog2 { auditLog { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrandAuditLog3($id: ID!) { auditLog(subjectId: $id) { nodes { action before after } } }"): (typeof documents)["query BrandAuditLog3($id: ID!) { auditLog(subjectId: $id) { nodes { action before after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BrandEverything { brandSettings { ...BrandSettingsFields } companyNumbers { id } customerGroups { id } discountOptions { id } divisions { id } }"): (typeof documents)["query BrandEverything { brandSettings { ...BrandSettingsFields } companyNumbers { id } customerGroups { id } discountOptions { id } divisions { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsConnect($name: String!, $regionId: ID) { connectRetailer(retailerName: $name, regionId: $regionId) { id } }"): (typeof documents)["mutation ConnectionsConnect($name: String!, $regionId: ID) { connectRetailer(retailerName: $name, regionId: $regionId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionsList { connections(first: 50) { totalCount nodes { retailerName } } }"): (typeof documents)["query ConnectionsList { connections(first: 50) { totalCount nodes { retailerName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionsOne($id: ID!) { connection(id: $id) { retailerName buyers } }"): (typeof documents)["query ConnectionsOne($id: ID!) { connection(id: $id) { retailerName buyers } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsBuyers($id: ID!, $buyers: [String!]!) { editConnectionBuyers(connectionId: $id, buyers: $buyers) { buyers } }"): (typeof documents)["mutation ConnectionsBuyers($id: ID!, $buyers: [String!]!) { editConnectionBuyers(connectionId: $id, buyers: $buyers) { buyers } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsBudget($id: ID!, $cents: Cents) { editConnectionBudget(connectionId: $id, budgetCents: $cents) { budgetCents } }"): (typeof documents)["mutation ConnectionsBudget($id: ID!, $cents: Cents) { editConnectionBudget(connectionId: $id, budgetCents: $cents) { budgetCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsRemove($id: ID!) { removeConnection(id: $id) { status } }"): (typeof documents)["mutation ConnectionsRemove($id: ID!) { removeConnection(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsSetRegions($userId: ID!, $regionIds: [ID!]!) { setUserRegions(userId: $userId, regionIds: $regionIds) { regions { name } } }"): (typeof documents)["mutation ConnectionsSetRegions($userId: ID!, $regionIds: [ID!]!) { setUserRegions(userId: $userId, regionIds: $regionIds) { regions { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsPermissions($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }"): (typeof documents)["mutation ConnectionsPermissions($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsCreateRegion($name: String!) { createRegion(name: $name) { id } }"): (typeof documents)["mutation ConnectionsCreateRegion($name: String!) { createRegion(name: $name) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsEditConnectionCurrencies($id: ID!) { editConnectionCurrencies(connectionId: $id, currencies: [\"euro\"]) { id } }"): (typeof documents)["mutation ConnectionsEditConnectionCurrencies($id: ID!) { editConnectionCurrencies(connectionId: $id, currencies: [\"euro\"]) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsEditConnectionDoors($id: ID!, $doors: [String!]!) { editConnectionDoors(connectionId: $id, doors: $doors) { id } }"): (typeof documents)["mutation ConnectionsEditConnectionDoors($id: ID!, $doors: [String!]!) { editConnectionDoors(connectionId: $id, doors: $doors) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionsLog($id: ID) { auditLog(first: 100, subjectId: $id) { nodes { action subjectId after } } }"): (typeof documents)["query ConnectionsLog($id: ID) { auditLog(first: 100, subjectId: $id) { nodes { action subjectId after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsMove($id: ID!, $regionId: ID) { setConnectionRegion(connectionId: $id, regionId: $regionId) { region { name } } }"): (typeof documents)["mutation ConnectionsMove($id: ID!, $regionId: ID) { setConnectionRegion(connectionId: $id, regionId: $regionId) { region { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConnectionsDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }"): (typeof documents)["mutation ConnectionsDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConnectionsUsers { users(first: 100) { nodes { name regions { name } } } }"): (typeof documents)["query ConnectionsUsers { users(first: 100) { nodes { name regions { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinesheetsAddStyle($input: AddStyleInput!) { addStyle(input: $input) { id } }"): (typeof documents)["mutation LinesheetsAddStyle($input: AddStyleInput!) { addStyle(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment LinesheetsSheet on Linesheet {\n  id kind name owner { id } startShip deliveryDates private syncToIpad sharedAt archivedAt\n  styles { style { id } badge { id name } }\n}"): (typeof documents)["fragment LinesheetsSheet on Linesheet {\n  id kind name owner { id } startShip deliveryDates private syncToIpad sharedAt archivedAt\n  styles { style { id } badge { id name } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinesheetsCreate($input: CreateLinesheetInput!) { createLinesheet(input: $input) { ...LinesheetsSheet } }"): (typeof documents)["mutation LinesheetsCreate($input: CreateLinesheetInput!) { createLinesheet(input: $input) { ...LinesheetsSheet } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinesheetsUpdate($input: UpdateLinesheetInput!) { updateLinesheet(input: $input) { ...LinesheetsSheet } }"): (typeof documents)["mutation LinesheetsUpdate($input: UpdateLinesheetInput!) { updateLinesheet(input: $input) { ...LinesheetsSheet } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinesheetsArchive($id: ID!) { archiveLinesheet(id: $id) { ...LinesheetsSheet } }"): (typeof documents)["mutation LinesheetsArchive($id: ID!) { archiveLinesheet(id: $id) { ...LinesheetsSheet } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinesheetsDelete($id: ID!) { deleteLinesheet(id: $id) { id } }"): (typeof documents)["mutation LinesheetsDelete($id: ID!) { deleteLinesheet(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinesheetsPrivacy($id: ID!, $private: Boolean!) { setLinesheetPrivacy(id: $id, private: $private) { ...LinesheetsSheet } }"): (typeof documents)["mutation LinesheetsPrivacy($id: ID!, $private: Boolean!) { setLinesheetPrivacy(id: $id, private: $private) { ...LinesheetsSheet } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinesheetsShare($id: ID!) { shareLinesheet(id: $id) { ...LinesheetsSheet } }"): (typeof documents)["mutation LinesheetsShare($id: ID!) { shareLinesheet(id: $id) { ...LinesheetsSheet } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinesheetsSync($id: ID!, $syncToIpad: Boolean!) { setLinesheetIpadSync(id: $id, syncToIpad: $syncToIpad) { ...LinesheetsSheet } }"): (typeof documents)["mutation LinesheetsSync($id: ID!, $syncToIpad: Boolean!) { setLinesheetIpadSync(id: $id, syncToIpad: $syncToIpad) { ...LinesheetsSheet } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinesheetsBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n  setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) { ...LinesheetsSheet }\n}"): (typeof documents)["mutation LinesheetsBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n  setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) { ...LinesheetsSheet }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinesheetsCreateBadge($name: String!) { createStyleBadge(name: $name) { id name } }"): (typeof documents)["mutation LinesheetsCreateBadge($name: String!) { createStyleBadge(name: $name) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LinesheetsById($id: ID!) { linesheet(id: $id) { ...LinesheetsSheet } }"): (typeof documents)["query LinesheetsById($id: ID!) { linesheet(id: $id) { ...LinesheetsSheet } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LinesheetsList($includeArchived: Boolean) { linesheets(first: 100, includeArchived: $includeArchived) { totalCount nodes { id } } }"): (typeof documents)["query LinesheetsList($includeArchived: Boolean) { linesheets(first: 100, includeArchived: $includeArchived) { totalCount nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LinesheetsAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action } } }"): (typeof documents)["query LinesheetsAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinesheetsDeleteStyle($id: ID!) { deleteStyle(id: $id) { id } }"): (typeof documents)["mutation LinesheetsDeleteStyle($id: ID!) { deleteStyle(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LinesheetsLinesheets { linesheets(first: 100) { nodes { ...LinesheetsSheet owner { name } styles { style { styleNumber } } } } }"): (typeof documents)["query LinesheetsLinesheets { linesheets(first: 100) { nodes { ...LinesheetsSheet owner { name } styles { style { styleNumber } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrderDiscountsMoney on Order {\n  status subtotalCents retailerDiscountPercent retailerDiscountCents discountPercent orderDiscountCents totalCents\n}"): (typeof documents)["fragment OrderDiscountsMoney on Order {\n  status subtotalCents retailerDiscountPercent retailerDiscountCents discountPercent orderDiscountCents totalCents\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderDiscountsRead($id: ID!) { order(id: $id) { ...OrderDiscountsMoney } }"): (typeof documents)["query OrderDiscountsRead($id: ID!) { order(id: $id) { ...OrderDiscountsMoney } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderDiscountsRetailerDiscount($id: ID!, $percent: Int) { editConnectionDiscount(connectionId: $id, discountPercent: $percent) { discountPercent } }"): (typeof documents)["mutation OrderDiscountsRetailerDiscount($id: ID!, $percent: Int) { editConnectionDiscount(connectionId: $id, discountPercent: $percent) { discountPercent } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderDiscountsSetDiscount($orderId: ID!, $percent: Int, $optionId: ID) {\n  setOrderDiscount(orderId: $orderId, percent: $percent, discountOptionId: $optionId) { ...OrderDiscountsMoney }\n}"): (typeof documents)["mutation OrderDiscountsSetDiscount($orderId: ID!, $percent: Int, $optionId: ID) {\n  setOrderDiscount(orderId: $orderId, percent: $percent, discountOptionId: $optionId) { ...OrderDiscountsMoney }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderDiscountsOption($input: SaveDiscountOptionInput!) { saveDiscountOption(input: $input) { id percent } }"): (typeof documents)["mutation OrderDiscountsOption($input: SaveDiscountOptionInput!) { saveDiscountOption(input: $input) { id percent } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderDiscountsInvoice($orderId: ID!) { invoiceOrder(orderId: $orderId) { amountCents } }"): (typeof documents)["mutation OrderDiscountsInvoice($orderId: ID!) { invoiceOrder(orderId: $orderId) { amountCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderDiscountsAudit($id: ID!) { auditLog(subjectId: $id) { nodes { action after } } }"): (typeof documents)["query OrderDiscountsAudit($id: ID!) { auditLog(subjectId: $id) { nodes { action after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderDiscountsLine($input: SetOrderLineInput!) { setOrderLine(input: $input) { id } }"): (typeof documents)["mutation OrderDiscountsLine($input: SetOrderLineInput!) { setOrderLine(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderDiscountsTotals($orderId: ID!) { setOrderDiscount(orderId: $orderId, percent: 50) { retailerDiscountCents orderDiscountCents totalCents } }"): (typeof documents)["mutation OrderDiscountsTotals($orderId: ID!) { setOrderDiscount(orderId: $orderId, percent: 50) { retailerDiscountCents orderDiscountCents totalCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderDivisionsSetting($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { multipleDivisionsPerOrder } }"): (typeof documents)["mutation OrderDivisionsSetting($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { multipleDivisionsPerOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrderFixturesOrder on Order {\n  id status poNumber generatedPoNumber startShip deliveryDate discountPercent subtotalCents retailerDiscountPercent retailerDiscountCents orderDiscountCents totalCents\n  mergedIntoId exportRequestedAt exportedAt submittedAt createdBy { id name }\n  connection { id retailerName } linesheet { id name startShip deliveryDates }\n  lines { id style { id styleNumber name } size colour quantity unitPriceCents discountPercent totalCents cancelled }\n}"): (typeof documents)["fragment OrderFixturesOrder on Order {\n  id status poNumber generatedPoNumber startShip deliveryDate discountPercent subtotalCents retailerDiscountPercent retailerDiscountCents orderDiscountCents totalCents\n  mergedIntoId exportRequestedAt exportedAt submittedAt createdBy { id name }\n  connection { id retailerName } linesheet { id name startShip deliveryDates }\n  lines { id style { id styleNumber name } size colour quantity unitPriceCents discountPercent totalCents cancelled }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderFixturesOrderById($id: ID!) { order(id: $id) { ...OrderFixturesOrder } }"): (typeof documents)["query OrderFixturesOrderById($id: ID!) { order(id: $id) { ...OrderFixturesOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderFixturesCreate($input: CreateOrderInput!) { createOrder(input: $input) { ...OrderFixturesOrder } }"): (typeof documents)["mutation OrderFixturesCreate($input: CreateOrderInput!) { createOrder(input: $input) { ...OrderFixturesOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderFixturesSetLine($input: SetOrderLineInput!) { setOrderLine(input: $input) { ...OrderFixturesOrder } }"): (typeof documents)["mutation OrderFixturesSetLine($input: SetOrderLineInput!) { setOrderLine(input: $input) { ...OrderFixturesOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderFixturesSetDates($input: SetOrderDatesInput!) { setOrderDates(input: $input) { ...OrderFixturesOrder } }"): (typeof documents)["mutation OrderFixturesSetDates($input: SetOrderDatesInput!) { setOrderDates(input: $input) { ...OrderFixturesOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderFixturesSetDiscount($orderId: ID!, $percent: Int!) { setOrderDiscount(orderId: $orderId, percent: $percent) { ...OrderFixturesOrder } }"): (typeof documents)["mutation OrderFixturesSetDiscount($orderId: ID!, $percent: Int!) { setOrderDiscount(orderId: $orderId, percent: $percent) { ...OrderFixturesOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderFixturesSetPo($orderId: ID!, $poNumber: String!) { setOrderPoNumber(orderId: $orderId, poNumber: $poNumber) { ...OrderFixturesOrder } }"): (typeof documents)["mutation OrderFixturesSetPo($orderId: ID!, $poNumber: String!) { setOrderPoNumber(orderId: $orderId, poNumber: $poNumber) { ...OrderFixturesOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderFixturesCancelStyle($input: CancelOrderStyleInput!) { cancelOrderStyle(input: $input) { ...OrderFixturesOrder } }"): (typeof documents)["mutation OrderFixturesCancelStyle($input: CancelOrderStyleInput!) { cancelOrderStyle(input: $input) { ...OrderFixturesOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderFixturesMerge($target: ID!, $source: ID!) { mergeOrders(targetOrderId: $target, sourceOrderId: $source) { ...OrderFixturesOrder } }"): (typeof documents)["mutation OrderFixturesMerge($target: ID!, $source: ID!) { mergeOrders(targetOrderId: $target, sourceOrderId: $source) { ...OrderFixturesOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderFixturesSubmitOrder($id: ID!) { submitOrder(id: $id) { ...OrderFixturesOrder } }"): (typeof documents)["mutation OrderFixturesSubmitOrder($id: ID!) { submitOrder(id: $id) { ...OrderFixturesOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderFixturesApproveOrder($id: ID!) { approveOrder(id: $id) { ...OrderFixturesOrder } }"): (typeof documents)["mutation OrderFixturesApproveOrder($id: ID!) { approveOrder(id: $id) { ...OrderFixturesOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderFixturesShipOrder($id: ID!) { shipOrder(id: $id) { ...OrderFixturesOrder } }"): (typeof documents)["mutation OrderFixturesShipOrder($id: ID!) { shipOrder(id: $id) { ...OrderFixturesOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderFixturesForceExportOrder($id: ID!) { forceExportOrder(id: $id) { ...OrderFixturesOrder } }"): (typeof documents)["mutation OrderFixturesForceExportOrder($id: ID!) { forceExportOrder(id: $id) { ...OrderFixturesOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderFixturesMarkOrderExported($id: ID!) { markOrderExported(id: $id) { ...OrderFixturesOrder } }"): (typeof documents)["mutation OrderFixturesMarkOrderExported($id: ID!) { markOrderExported(id: $id) { ...OrderFixturesOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderPathsTestRemoveConnection($id: ID!) { removeConnection(id: $id) { id } }"): (typeof documents)["mutation OrderPathsTestRemoveConnection($id: ID!) { removeConnection(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderPathsTestArchiveLinesheet($id: ID!) { archiveLinesheet(id: $id) { id } }"): (typeof documents)["mutation OrderPathsTestArchiveLinesheet($id: ID!) { archiveLinesheet(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderPathsDivisionSettings($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { multipleDivisionsPerOrder } }"): (typeof documents)["mutation OrderPathsDivisionSettings($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { multipleDivisionsPerOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderPathsDeleteStyle($id: ID!) { deleteStyle(id: $id) { id } }"): (typeof documents)["mutation OrderPathsDeleteStyle($id: ID!) { deleteStyle(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderPathsRemoveConnection($id: ID!) { removeConnection(id: $id) { id } }"): (typeof documents)["mutation OrderPathsRemoveConnection($id: ID!) { removeConnection(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderPathsArchiveLinesheet($id: ID!) { archiveLinesheet(id: $id) { id } }"): (typeof documents)["mutation OrderPathsArchiveLinesheet($id: ID!) { archiveLinesheet(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderPathsAssignToNewRetailer($id: ID!) { assignOrderToNewRetailer(orderId: $id, retailerName: \"Newcomer\") { id minimumOrderCents } }"): (typeof documents)["mutation OrderPathsAssignToNewRetailer($id: ID!) { assignOrderToNewRetailer(orderId: $id, retailerName: \"Newcomer\") { id minimumOrderCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderPathsInvoice($id: ID!) { invoiceOrder(orderId: $id) { amountCents } }"): (typeof documents)["mutation OrderPathsInvoice($id: ID!) { invoiceOrder(orderId: $id) { amountCents } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderRulesAdd($name: String!) { addClient(retailerName: $name) { id status } }"): (typeof documents)["mutation OrderRulesAdd($name: String!) { addClient(retailerName: $name) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderRulesConnect($name: String!) { connectRetailer(retailerName: $name) { id status } }"): (typeof documents)["mutation OrderRulesConnect($name: String!) { connectRetailer(retailerName: $name) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderRulesAssign($id: ID!, $name: String!) { assignOrderToNewRetailer(orderId: $id, retailerName: $name) { id status } }"): (typeof documents)["mutation OrderRulesAssign($id: ID!, $name: String!) { assignOrderToNewRetailer(orderId: $id, retailerName: $name) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrderRulesSave($input: SaveEventInput!) { saveEvent(input: $input) { id name } }"): (typeof documents)["mutation OrderRulesSave($input: SaveEventInput!) { saveEvent(input: $input) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderRulesEvents { events { id name } }"): (typeof documents)["query OrderRulesEvents { events { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersAudit($id: ID!) { auditLog(subjectId: $id) { nodes { action before after } } }"): (typeof documents)["query OrdersAudit($id: ID!) { auditLog(subjectId: $id) { nodes { action before after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersDates($input: SetOrderDatesInput!) { setOrderDates(input: $input) { id } }"): (typeof documents)["mutation OrdersDates($input: SetOrderDatesInput!) { setOrderDates(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersLine($input: SetOrderLineInput!) { setOrderLine(input: $input) { lines { totalCents } } }"): (typeof documents)["mutation OrdersLine($input: SetOrderLineInput!) { setOrderLine(input: $input) { lines { totalCents } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersTotal($orderId: ID!) { setOrderDiscount(orderId: $orderId, percent: 50) { totalCents lines { totalCents } } }"): (typeof documents)["mutation OrdersTotal($orderId: ID!) { setOrderDiscount(orderId: $orderId, percent: 50) { totalCents lines { totalCents } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersList($status: OrderStatus) { orders(first: 100, status: $status) { totalCount nodes { id status } } }"): (typeof documents)["query OrdersList($status: OrderStatus) { orders(first: 100, status: $status) { totalCount nodes { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersSet($input: SetRetailerOrderRestrictionsInput!) {\n      setRetailerOrderRestrictions(input: $input) { id minimumOrderCents retailerMayEditOrders }\n    }"): (typeof documents)["mutation OrdersSet($input: SetRetailerOrderRestrictionsInput!) {\n      setRetailerOrderRestrictions(input: $input) { id minimumOrderCents retailerMayEditOrders }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersAdd($name: String!) { addClient(retailerName: $name) { id retailerName status } }"): (typeof documents)["mutation OrdersAdd($name: String!) { addClient(retailerName: $name) { id retailerName status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersInvoice($orderId: ID!) { invoiceOrder(orderId: $orderId) { id number amountCents order { id } connection { id } issuedBy { id } } }"): (typeof documents)["mutation OrdersInvoice($orderId: ID!) { invoiceOrder(orderId: $orderId) { id number amountCents order { id } connection { id } issuedBy { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersInvoices { invoices(first: 100) { totalCount nodes { id number amountCents order { id } } } }"): (typeof documents)["query OrdersInvoices { invoices(first: 100) { totalCount nodes { id number amountCents order { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersSave($input: SaveEventInput!) { saveEvent(input: $input) { id name startsOn endsOn location } }"): (typeof documents)["mutation OrdersSave($input: SaveEventInput!) { saveEvent(input: $input) { id name startsOn endsOn location } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersEvents { events { id name } }"): (typeof documents)["query OrdersEvents { events { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersOrder($id: ID!) { order(id: $id) { id } }"): (typeof documents)["query OrdersOrder($id: ID!) { order(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersInvoiceOrder($id: ID!) { invoiceOrder(orderId: $id) { id } }"): (typeof documents)["mutation OrdersInvoiceOrder($id: ID!) { invoiceOrder(orderId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersCreate($input: CreateOrderInput!) { createOrder(input: $input) { id } }"): (typeof documents)["mutation OrdersCreate($input: CreateOrderInput!) { createOrder(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersOrders { orders(first: 100) { nodes { id } } }"): (typeof documents)["query OrdersOrders { orders(first: 100) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersCreate2($input: CreateOrderInput!) { createOrder(input: $input) { id linesheet { name } } }"): (typeof documents)["mutation OrdersCreate2($input: CreateOrderInput!) { createOrder(input: $input) { id linesheet { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersOrders2 { orders(first: 100) { nodes { id } } invoices(first: 100) { nodes { order { id } } } }"): (typeof documents)["query OrdersOrders2 { orders(first: 100) { nodes { id } } invoices(first: 100) { nodes { order { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersTypename { __typename }"): (typeof documents)["query OrdersTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersSubmitId($id: ID!) { submitOrder(id: $id) { id } }"): (typeof documents)["mutation OrdersSubmitId($id: ID!) { submitOrder(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OrdersMergeId($target: ID!, $source: ID!) { mergeOrders(targetOrderId: $target, sourceOrderId: $source) { id } }"): (typeof documents)["mutation OrdersMergeId($target: ID!, $source: ID!) { mergeOrders(targetOrderId: $target, sourceOrderId: $source) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrdersList2($first: Int) {\n      orders(first: $first) {\n        nodes { id status poNumber subtotalCents retailerDiscountPercent retailerDiscountCents orderDiscountCents totalCents\n          createdBy { name } connection { id retailerName } linesheet { id name }\n          lines { id quantity totalCents style { id styleNumber name } } }\n      }\n    }"): (typeof documents)["query OrdersList2($first: Int) {\n      orders(first: $first) {\n        nodes { id status poNumber subtotalCents retailerDiscountPercent retailerDiscountCents orderDiscountCents totalCents\n          createdBy { name } connection { id retailerName } linesheet { id name }\n          lines { id quantity totalCents style { id styleNumber name } } }\n      }\n    }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment StylesStyle on Style {\n  id styleNumber name description wholesalePriceCents upc deletedAt\n  division { id name } images { id url contentType } badges { id name } inventory { size colour available }\n}"): (typeof documents)["fragment StylesStyle on Style {\n  id styleNumber name description wholesalePriceCents upc deletedAt\n  division { id name } images { id url contentType } badges { id name } inventory { size colour available }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StylesAdd($input: AddStyleInput!) { addStyle(input: $input) { ...StylesStyle } }"): (typeof documents)["mutation StylesAdd($input: AddStyleInput!) { addStyle(input: $input) { ...StylesStyle } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StylesCopy($styleId: ID!, $styleNumber: String!) { copyStyle(styleId: $styleId, styleNumber: $styleNumber) { ...StylesStyle } }"): (typeof documents)["mutation StylesCopy($styleId: ID!, $styleNumber: String!) { copyStyle(styleId: $styleId, styleNumber: $styleNumber) { ...StylesStyle } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StylesDelete($id: ID!) { deleteStyle(id: $id) { ...StylesStyle } }"): (typeof documents)["mutation StylesDelete($id: ID!) { deleteStyle(id: $id) { ...StylesStyle } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StylesEdit($input: EditStyleInput!) { editStyle(input: $input) { ...StylesStyle } }"): (typeof documents)["mutation StylesEdit($input: EditStyleInput!) { editStyle(input: $input) { ...StylesStyle } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StylesSetUpc($styleId: ID!, $upc: String) { setStyleUpc(styleId: $styleId, upc: $upc) { ...StylesStyle } }"): (typeof documents)["mutation StylesSetUpc($styleId: ID!, $upc: String) { setStyleUpc(styleId: $styleId, upc: $upc) { ...StylesStyle } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StylesSetDivision($styleId: ID!, $divisionId: ID) { setStyleDivision(styleId: $styleId, divisionId: $divisionId) { ...StylesStyle } }"): (typeof documents)["mutation StylesSetDivision($styleId: ID!, $divisionId: ID) { setStyleDivision(styleId: $styleId, divisionId: $divisionId) { ...StylesStyle } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StylesUpload($styleId: ID!, $contentType: String!, $dataBase64: String!) {\n  uploadStyleImage(styleId: $styleId, contentType: $contentType, dataBase64: $dataBase64) { id url contentType }\n}"): (typeof documents)["mutation StylesUpload($styleId: ID!, $contentType: String!, $dataBase64: String!) {\n  uploadStyleImage(styleId: $styleId, contentType: $contentType, dataBase64: $dataBase64) { id url contentType }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StylesRemoveImage($imageId: ID!) { removeStyleImage(imageId: $imageId) { ...StylesStyle } }"): (typeof documents)["mutation StylesRemoveImage($imageId: ID!) { removeStyleImage(imageId: $imageId) { ...StylesStyle } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StylesCreateBadge($name: String!) { createStyleBadge(name: $name) { id name } }"): (typeof documents)["mutation StylesCreateBadge($name: String!) { createStyleBadge(name: $name) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StylesAddBadge($styleId: ID!, $badgeId: ID!) { addStyleBadge(styleId: $styleId, badgeId: $badgeId) { ...StylesStyle } }"): (typeof documents)["mutation StylesAddBadge($styleId: ID!, $badgeId: ID!) { addStyleBadge(styleId: $styleId, badgeId: $badgeId) { ...StylesStyle } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StylesRemoveBadge($styleId: ID!, $badgeId: ID!) { removeStyleBadge(styleId: $styleId, badgeId: $badgeId) { ...StylesStyle } }"): (typeof documents)["mutation StylesRemoveBadge($styleId: ID!, $badgeId: ID!) { removeStyleBadge(styleId: $styleId, badgeId: $badgeId) { ...StylesStyle } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StylesSetInventory($input: SetStyleInventoryInput!) { setStyleInventory(input: $input) { ...StylesStyle } }"): (typeof documents)["mutation StylesSetInventory($input: SetStyleInventoryInput!) { setStyleInventory(input: $input) { ...StylesStyle } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StylesById($id: ID!) { style(id: $id) { ...StylesStyle } }"): (typeof documents)["query StylesById($id: ID!) { style(id: $id) { ...StylesStyle } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StylesStyles($includeDeleted: Boolean) { styles(first: 100, includeDeleted: $includeDeleted) { totalCount nodes { id styleNumber } } }"): (typeof documents)["query StylesStyles($includeDeleted: Boolean) { styles(first: 100, includeDeleted: $includeDeleted) { totalCount nodes { id styleNumber } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StylesAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action } } }"): (typeof documents)["query StylesAuditLog($id: ID!) { auditLog(subjectId: $id) { nodes { action } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StylesStyleBadges { styleBadges { id name } }"): (typeof documents)["query StylesStyleBadges { styleBadges { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StylesStyleBadges2 { styleBadges { id } }"): (typeof documents)["query StylesStyleBadges2 { styleBadges { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StylesStylesRead { styles(first: 100) { nodes { ...StylesStyle } } }"): (typeof documents)["query StylesStylesRead { styles(first: 100) { nodes { ...StylesStyle } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JourneyInviteUser($email: String!) { inviteUser(input: { email: $email, name: \"Bob Buyer\" }) { id status permissions expiresAt } }"): (typeof documents)["mutation JourneyInviteUser($email: String!) { inviteUser(input: { email: $email, name: \"Bob Buyer\" }) { id status permissions expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JourneyInvitation($token: String!) { invitation(token: $token) { email name invitedByName hasLogin accountName } }"): (typeof documents)["query JourneyInvitation($token: String!) { invitation(token: $token) { email name invitedByName hasLogin accountName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JourneyAcceptInvite($token: String!, $password: String!) {\n        acceptInvite(input: { token: $token, password: $password }) { token me { name user { id } permissions { fullAccess } } }\n      }"): (typeof documents)["mutation JourneyAcceptInvite($token: String!, $password: String!) {\n        acceptInvite(input: { token: $token, password: $password }) { token me { name user { id } permissions { fullAccess } } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JourneyUpdateUserPermissions($id: ID!) {\n        updateUserPermissions(input: { userId: $id, permissions: [REPLENISHMENT, RESTRICT_DELETE_STYLES] }) {\n          permissions { fullAccess permissions capabilities }\n        }\n      }"): (typeof documents)["mutation JourneyUpdateUserPermissions($id: ID!) {\n        updateUserPermissions(input: { userId: $id, permissions: [REPLENISHMENT, RESTRICT_DELETE_STYLES] }) {\n          permissions { fullAccess permissions capabilities }\n        }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JourneyMe { me { permissions { permissions } } }"): (typeof documents)["query JourneyMe { me { permissions { permissions } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JourneyAuditLog { auditLog(first: 1) { nodes { action actor { name } target { name } before after at } } }"): (typeof documents)["query JourneyAuditLog { auditLog(first: 1) { nodes { action actor { name } target { name } before after at } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JourneyDeleteUser($id: ID!) { deleteUser(userId: $id) { status deletedAt deletedBy { name } } }"): (typeof documents)["mutation JourneyDeleteUser($id: ID!) { deleteUser(userId: $id) { status deletedAt deletedBy { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JourneyMe2 { me { name } }"): (typeof documents)["query JourneyMe2 { me { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation JourneyLogin($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }"): (typeof documents)["mutation JourneyLogin($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JourneyAuditLog2 { auditLog { nodes { action actor { name email status } target { name email status } } } }"): (typeof documents)["query JourneyAuditLog2 { auditLog { nodes { action actor { name email status } target { name email status } } } }"];
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
export function graphql(source: "\n  query KitProducts { products(first: 10) { totalCount nodes { id name category variants { id sku title priceCents } } } }\n"): (typeof documents)["\n  query KitProducts { products(first: 10) { totalCount nodes { id name category variants { id sku title priceCents } } } }\n"];
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
export function graphql(source: "\n  query KitVariantDetails($id: ID!) { variant(id: $id) { sku costCents marginPercent forecastMonthlyUnits stock { onHand } } }\n"): (typeof documents)["\n  query KitVariantDetails($id: ID!) { variant(id: $id) { sku costCents marginPercent forecastMonthlyUnits stock { onHand } } }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitInviteNobody($email: String!) { inviteUser(input: { email: $email, permissions: [] }) { id } }\n"): (typeof documents)["\n  mutation KitInviteNobody($email: String!) { inviteUser(input: { email: $email, permissions: [] }) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitResendInvite($id: ID!) { resendInvite(inviteId: $id) { id } }\n"): (typeof documents)["\n  mutation KitResendInvite($id: ID!) { resendInvite(inviteId: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRevokeInvite($id: ID!) { revokeInvite(inviteId: $id) { id } }\n"): (typeof documents)["\n  mutation KitRevokeInvite($id: ID!) { revokeInvite(inviteId: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRestrictUser($id: ID!) { updateUserPermissions(input: { userId: $id, permissions: [RESTRICT_DELETE_STYLES] }) { id } }\n"): (typeof documents)["\n  mutation KitRestrictUser($id: ID!) { updateUserPermissions(input: { userId: $id, permissions: [RESTRICT_DELETE_STYLES] }) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }\n"): (typeof documents)["\n  mutation KitDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitInvites { invites(first: 5) { nodes { id email } } }\n"): (typeof documents)["\n  query KitInvites { invites(first: 5) { nodes { id email } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitAuditLog { auditLog(first: 5) { nodes { action } } }\n"): (typeof documents)["\n  query KitAuditLog { auditLog(first: 5) { nodes { action } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitUserDetails($id: ID!) {\n    user(id: $id) { name permissions { fullAccess } can(capability: OVERVIEW) explain(capability: OVERVIEW) { allowed } regions { name } }\n  }\n"): (typeof documents)["\n  query KitUserDetails($id: ID!) {\n    user(id: $id) { name permissions { fullAccess } can(capability: OVERVIEW) explain(capability: OVERVIEW) { allowed } regions { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateRegion($name: String!) { createRegion(name: $name) { id } }\n"): (typeof documents)["\n  mutation KitCreateRegion($name: String!) { createRegion(name: $name) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetUserRegions($userId: ID!, $regionIds: [ID!]!) { setUserRegions(userId: $userId, regionIds: $regionIds) { id } }\n"): (typeof documents)["\n  mutation KitSetUserRegions($userId: ID!, $regionIds: [ID!]!) { setUserRegions(userId: $userId, regionIds: $regionIds) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetConnectionRegion($connectionId: ID!, $regionId: ID) { setConnectionRegion(connectionId: $connectionId, regionId: $regionId) { id } }\n"): (typeof documents)["\n  mutation KitSetConnectionRegion($connectionId: ID!, $regionId: ID) { setConnectionRegion(connectionId: $connectionId, regionId: $regionId) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitConnectRetailer($name: String!) { connectRetailer(retailerName: $name) { id } }\n"): (typeof documents)["\n  mutation KitConnectRetailer($name: String!) { connectRetailer(retailerName: $name) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRemoveConnection($id: ID!) { removeConnection(id: $id) { status } }\n"): (typeof documents)["\n  mutation KitRemoveConnection($id: ID!) { removeConnection(id: $id) { status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitAssignCompanyNumber($connectionId: ID!, $id: ID) { assignCompanyNumber(connectionId: $connectionId, companyNumberId: $id) { companyNumber } }\n"): (typeof documents)["\n  mutation KitAssignCompanyNumber($connectionId: ID!, $id: ID) { assignCompanyNumber(connectionId: $connectionId, companyNumberId: $id) { companyNumber } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitAssignCustomerGroup($connectionId: ID!, $id: ID) { assignCustomerGroup(connectionId: $connectionId, customerGroupId: $id) { customerGroup } }\n"): (typeof documents)["\n  mutation KitAssignCustomerGroup($connectionId: ID!, $id: ID) { assignCustomerGroup(connectionId: $connectionId, customerGroupId: $id) { customerGroup } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditBillingShipping($id: ID!) { editConnectionBillingShipping(connectionId: $id, billingAddress: \"1 Main St\", shippingAddress: \"2 Dock Rd\") { id } }\n"): (typeof documents)["\n  mutation KitEditBillingShipping($id: ID!) { editConnectionBillingShipping(connectionId: $id, billingAddress: \"1 Main St\", shippingAddress: \"2 Dock Rd\") { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditBudget($id: ID!) { editConnectionBudget(connectionId: $id, budgetCents: 100000) { id } }\n"): (typeof documents)["\n  mutation KitEditBudget($id: ID!) { editConnectionBudget(connectionId: $id, budgetCents: 100000) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditBuyers($id: ID!) { editConnectionBuyers(connectionId: $id, buyers: [\"Bea\"]) { id } }\n"): (typeof documents)["\n  mutation KitEditBuyers($id: ID!) { editConnectionBuyers(connectionId: $id, buyers: [\"Bea\"]) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditCurrencies($id: ID!) { editConnectionCurrencies(connectionId: $id, currencies: [\"EUR\"]) { id } }\n"): (typeof documents)["\n  mutation KitEditCurrencies($id: ID!) { editConnectionCurrencies(connectionId: $id, currencies: [\"EUR\"]) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditCustomerCode($id: ID!) { editConnectionCustomerCode(connectionId: $id, customerCode: \"C-1\") { id } }\n"): (typeof documents)["\n  mutation KitEditCustomerCode($id: ID!) { editConnectionCustomerCode(connectionId: $id, customerCode: \"C-1\") { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditDiscount($id: ID!) { editConnectionDiscount(connectionId: $id, discountPercent: 5) { id } }\n"): (typeof documents)["\n  mutation KitEditDiscount($id: ID!) { editConnectionDiscount(connectionId: $id, discountPercent: 5) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditDoors($id: ID!) { editConnectionDoors(connectionId: $id, doors: [\"Main door\"]) { id } }\n"): (typeof documents)["\n  mutation KitEditDoors($id: ID!) { editConnectionDoors(connectionId: $id, doors: [\"Main door\"]) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditPaymentMethods($id: ID!) { editConnectionPaymentMethods(connectionId: $id, paymentMethods: [\"Card\"]) { id } }\n"): (typeof documents)["\n  mutation KitEditPaymentMethods($id: ID!) { editConnectionPaymentMethods(connectionId: $id, paymentMethods: [\"Card\"]) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditSalesReps($id: ID!) { editConnectionSalesReps(connectionId: $id, salesReps: [\"Sam\"]) { id } }\n"): (typeof documents)["\n  mutation KitEditSalesReps($id: ID!) { editConnectionSalesReps(connectionId: $id, salesReps: [\"Sam\"]) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditShippingMethods($id: ID!) { editConnectionShippingMethods(connectionId: $id, shippingMethods: [\"Ground\"]) { id } }\n"): (typeof documents)["\n  mutation KitEditShippingMethods($id: ID!) { editConnectionShippingMethods(connectionId: $id, shippingMethods: [\"Ground\"]) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditWarehouses($id: ID!) { editConnectionWarehouses(connectionId: $id, warehouses: [\"NJ\"]) { id } }\n"): (typeof documents)["\n  mutation KitEditWarehouses($id: ID!) { editConnectionWarehouses(connectionId: $id, warehouses: [\"NJ\"]) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitBrandSettings { brandSettings { legalName paymentAccount } }\n"): (typeof documents)["\n  query KitBrandSettings { brandSettings { legalName paymentAccount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUpdateBrandInformation($about: String!) { updateBrandInformation(input: { about: $about }) { legalName } }\n"): (typeof documents)["\n  mutation KitUpdateBrandInformation($about: String!) { updateBrandInformation(input: { about: $about }) { legalName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUpdateDivisionSettings($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { legalName } }\n"): (typeof documents)["\n  mutation KitUpdateDivisionSettings($on: Boolean!) { updateDivisionSettings(multipleDivisionsPerOrder: $on) { legalName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUpdateInventorySettings($visibility: InventoryVisibility!) { updateInventorySettings(input: { visibility: $visibility }) { legalName } }\n"): (typeof documents)["\n  mutation KitUpdateInventorySettings($visibility: InventoryVisibility!) { updateInventorySettings(input: { visibility: $visibility }) { legalName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitConnectPaymentAccount($id: String) { connectPaymentAccount(stripeAccountId: $id) { legalName } }\n"): (typeof documents)["\n  mutation KitConnectPaymentAccount($id: String) { connectPaymentAccount(stripeAccountId: $id) { legalName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSaveCompanyNumber($number: String!) { saveCompanyNumber(input: { label: \"VAT\", number: $number }) { id } }\n"): (typeof documents)["\n  mutation KitSaveCompanyNumber($number: String!) { saveCompanyNumber(input: { label: \"VAT\", number: $number }) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSaveCustomerGroup($name: String!) { saveCustomerGroup(input: { name: $name }) { id } }\n"): (typeof documents)["\n  mutation KitSaveCustomerGroup($name: String!) { saveCustomerGroup(input: { name: $name }) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSaveDiscountOption($name: String!) { saveDiscountOption(input: { name: $name, percent: 10 }) { id } }\n"): (typeof documents)["\n  mutation KitSaveDiscountOption($name: String!) { saveDiscountOption(input: { name: $name, percent: 10 }) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSaveDivision($name: String!) { saveDivision(input: { name: $name }) { id } }\n"): (typeof documents)["\n  mutation KitSaveDivision($name: String!) { saveDivision(input: { name: $name }) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitConnections { connections(first: 10) { totalCount nodes { id } } }\n"): (typeof documents)["\n  query KitConnections { connections(first: 10) { totalCount nodes { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitConnection($id: ID!) { connection(id: $id) { id retailerName } }\n"): (typeof documents)["\n  query KitConnection($id: ID!) { connection(id: $id) { id retailerName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitCreateOrder($connectionId: ID!, $linesheetId: ID!) { createOrder(input: { connectionId: $connectionId, linesheetId: $linesheetId }) { id } }"): (typeof documents)["mutation KitCreateOrder($connectionId: ID!, $linesheetId: ID!) { createOrder(input: { connectionId: $connectionId, linesheetId: $linesheetId }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitSetOrderLine($orderId: ID!, $styleId: ID!) { setOrderLine(input: { orderId: $orderId, styleId: $styleId, size: \"M\", colour: \"Red\", quantity: 2 }) { id } }"): (typeof documents)["mutation KitSetOrderLine($orderId: ID!, $styleId: ID!) { setOrderLine(input: { orderId: $orderId, styleId: $styleId, size: \"M\", colour: \"Red\", quantity: 2 }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitSubmitOrder($id: ID!) { submitOrder(id: $id) { id } }"): (typeof documents)["mutation KitSubmitOrder($id: ID!) { submitOrder(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitApproveOrder($id: ID!) { approveOrder(id: $id) { id } }"): (typeof documents)["mutation KitApproveOrder($id: ID!) { approveOrder(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitShipOrder($id: ID!) { shipOrder(id: $id) { id } }"): (typeof documents)["mutation KitShipOrder($id: ID!) { shipOrder(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitForceExportOrder($id: ID!) { forceExportOrder(id: $id) { id } }"): (typeof documents)["mutation KitForceExportOrder($id: ID!) { forceExportOrder(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitMarkOrderExported($id: ID!) { markOrderExported(id: $id) { id } }"): (typeof documents)["mutation KitMarkOrderExported($id: ID!) { markOrderExported(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitMergeOrders($target: ID!, $source: ID!) { mergeOrders(targetOrderId: $target, sourceOrderId: $source) { id } }"): (typeof documents)["mutation KitMergeOrders($target: ID!, $source: ID!) { mergeOrders(targetOrderId: $target, sourceOrderId: $source) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitSetRetailerOrderRestrictions($id: ID!, $minimum: Cents) { setRetailerOrderRestrictions(input: { connectionId: $id, minimumOrderCents: $minimum }) { id } }"): (typeof documents)["mutation KitSetRetailerOrderRestrictions($id: ID!, $minimum: Cents) { setRetailerOrderRestrictions(input: { connectionId: $id, minimumOrderCents: $minimum }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitAddClient($name: String!) { addClient(retailerName: $name) { id } }"): (typeof documents)["mutation KitAddClient($name: String!) { addClient(retailerName: $name) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitSaveEvent($name: String!) { saveEvent(input: { name: $name, startsOn: \"2031-03-01\", endsOn: \"2031-03-02\" }) { id } }"): (typeof documents)["mutation KitSaveEvent($name: String!) { saveEvent(input: { name: $name, startsOn: \"2031-03-01\", endsOn: \"2031-03-02\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitInvoiceOrder($id: ID!) { invoiceOrder(orderId: $id) { id number } }"): (typeof documents)["mutation KitInvoiceOrder($id: ID!) { invoiceOrder(orderId: $id) { id number } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KitInvoices { invoices(first: 10) { nodes { id number amountCents } } }"): (typeof documents)["query KitInvoices { invoices(first: 10) { nodes { id number amountCents } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitAssignOrderToNewRetailer($id: ID!, $name: String!) { assignOrderToNewRetailer(orderId: $id, retailerName: $name) { id } }"): (typeof documents)["mutation KitAssignOrderToNewRetailer($id: ID!, $name: String!) { assignOrderToNewRetailer(orderId: $id, retailerName: $name) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitSetOrderDiscount($id: ID!, $percent: Int!) { setOrderDiscount(orderId: $id, percent: $percent) { id } }"): (typeof documents)["mutation KitSetOrderDiscount($id: ID!, $percent: Int!) { setOrderDiscount(orderId: $id, percent: $percent) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitSetOrderPoNumber($id: ID!, $po: String!) { setOrderPoNumber(orderId: $id, poNumber: $po) { id } }"): (typeof documents)["mutation KitSetOrderPoNumber($id: ID!, $po: String!) { setOrderPoNumber(orderId: $id, poNumber: $po) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitCancelOrderStyle($id: ID!, $styleId: ID!) { cancelOrderStyle(input: { orderId: $id, styleId: $styleId }) { id } }"): (typeof documents)["mutation KitCancelOrderStyle($id: ID!, $styleId: ID!) { cancelOrderStyle(input: { orderId: $id, styleId: $styleId }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KitOrders { orders(first: 10) { totalCount nodes { id } } }"): (typeof documents)["query KitOrders { orders(first: 10) { totalCount nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KitOrder($id: ID!) { order(id: $id) { id status } }"): (typeof documents)["query KitOrder($id: ID!) { order(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation KitSetOrderDates($id: ID!) { setOrderDates(input: { orderId: $id, startShip: \"2031-02-03\" }) { id } }"): (typeof documents)["mutation KitSetOrderDates($id: ID!) { setOrderDates(input: { orderId: $id, startShip: \"2031-02-03\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitAddStyle($number: String!) { addStyle(input: { styleNumber: $number, name: \"Tee\", wholesalePriceCents: 1500 }) { id } }\n"): (typeof documents)["\n  mutation KitAddStyle($number: String!) { addStyle(input: { styleNumber: $number, name: \"Tee\", wholesalePriceCents: 1500 }) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCopyStyle($id: ID!, $number: String!) { copyStyle(styleId: $id, styleNumber: $number) { id } }\n"): (typeof documents)["\n  mutation KitCopyStyle($id: ID!, $number: String!) { copyStyle(styleId: $id, styleNumber: $number) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitDeleteStyle($id: ID!) { deleteStyle(id: $id) { id } }\n"): (typeof documents)["\n  mutation KitDeleteStyle($id: ID!) { deleteStyle(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitEditStyle($id: ID!, $name: String!) { editStyle(input: { styleId: $id, name: $name }) { id } }\n"): (typeof documents)["\n  mutation KitEditStyle($id: ID!, $name: String!) { editStyle(input: { styleId: $id, name: $name }) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetStyleUpc($id: ID!, $upc: String) { setStyleUpc(styleId: $id, upc: $upc) { id } }\n"): (typeof documents)["\n  mutation KitSetStyleUpc($id: ID!, $upc: String) { setStyleUpc(styleId: $id, upc: $upc) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetStyleDivision($id: ID!, $divisionId: ID) { setStyleDivision(styleId: $id, divisionId: $divisionId) { id } }\n"): (typeof documents)["\n  mutation KitSetStyleDivision($id: ID!, $divisionId: ID) { setStyleDivision(styleId: $id, divisionId: $divisionId) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitUploadStyleImage($id: ID!, $data: String!) { uploadStyleImage(styleId: $id, contentType: \"image/png\", dataBase64: $data) { id } }\n"): (typeof documents)["\n  mutation KitUploadStyleImage($id: ID!, $data: String!) { uploadStyleImage(styleId: $id, contentType: \"image/png\", dataBase64: $data) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRemoveStyleImage($id: ID!) { removeStyleImage(imageId: $id) { id } }\n"): (typeof documents)["\n  mutation KitRemoveStyleImage($id: ID!) { removeStyleImage(imageId: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KitStyleImages($id: ID!) { style(id: $id) { images { id } } }\n"): (typeof documents)["\n  query KitStyleImages($id: ID!) { style(id: $id) { images { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateStyleBadge($name: String!) { createStyleBadge(name: $name) { id } }\n"): (typeof documents)["\n  mutation KitCreateStyleBadge($name: String!) { createStyleBadge(name: $name) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitAddStyleBadge($styleId: ID!, $badgeId: ID!) { addStyleBadge(styleId: $styleId, badgeId: $badgeId) { id } }\n"): (typeof documents)["\n  mutation KitAddStyleBadge($styleId: ID!, $badgeId: ID!) { addStyleBadge(styleId: $styleId, badgeId: $badgeId) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRemoveStyleBadge($styleId: ID!, $badgeId: ID!) { removeStyleBadge(styleId: $styleId, badgeId: $badgeId) { id } }\n"): (typeof documents)["\n  mutation KitRemoveStyleBadge($styleId: ID!, $badgeId: ID!) { removeStyleBadge(styleId: $styleId, badgeId: $badgeId) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetStyleInventory($id: ID!, $available: Int!) { setStyleInventory(input: { styleId: $id, size: \"M\", colour: \"Black\", available: $available }) { id } }\n"): (typeof documents)["\n  mutation KitSetStyleInventory($id: ID!, $available: Int!) { setStyleInventory(input: { styleId: $id, size: \"M\", colour: \"Black\", available: $available }) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateLinesheet($kind: LinesheetKind!, $styleIds: [ID!]!) {\n    createLinesheet(input: { kind: $kind, name: \"Spring\", startShip: \"2031-02-01\", deliveryDates: [\"2031-02-15\"], styleIds: $styleIds }) { id }\n  }\n"): (typeof documents)["\n  mutation KitCreateLinesheet($kind: LinesheetKind!, $styleIds: [ID!]!) {\n    createLinesheet(input: { kind: $kind, name: \"Spring\", startShip: \"2031-02-01\", deliveryDates: [\"2031-02-15\"], styleIds: $styleIds }) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetLinesheetPrivacy($id: ID!, $private: Boolean!) { setLinesheetPrivacy(id: $id, private: $private) { id } }\n"): (typeof documents)["\n  mutation KitSetLinesheetPrivacy($id: ID!, $private: Boolean!) { setLinesheetPrivacy(id: $id, private: $private) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitShareLinesheet($id: ID!) { shareLinesheet(id: $id) { id } }\n"): (typeof documents)["\n  mutation KitShareLinesheet($id: ID!) { shareLinesheet(id: $id) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetLinesheetIpadSync($id: ID!, $on: Boolean!) { setLinesheetIpadSync(id: $id, syncToIpad: $on) { id } }\n"): (typeof documents)["\n  mutation KitSetLinesheetIpadSync($id: ID!, $on: Boolean!) { setLinesheetIpadSync(id: $id, syncToIpad: $on) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitSetLinesheetStyleBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n    setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) { id }\n  }\n"): (typeof documents)["\n  mutation KitSetLinesheetStyleBadge($linesheetId: ID!, $styleId: ID!, $badgeId: ID) {\n    setLinesheetStyleBadge(linesheetId: $linesheetId, styleId: $styleId, badgeId: $badgeId) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSetPermissions($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }"): (typeof documents)["mutation LiveSetPermissions($id: ID!, $permissions: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $permissions }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }"): (typeof documents)["mutation LiveInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveResend($id: ID!) { resendInvite(inviteId: $id) { id } }"): (typeof documents)["mutation LiveResend($id: ID!) { resendInvite(inviteId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveRevoke($id: ID!) { revokeInvite(inviteId: $id) { id } }"): (typeof documents)["mutation LiveRevoke($id: ID!) { revokeInvite(inviteId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { account { id } user { id } } } }"): (typeof documents)["mutation LiveAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { account { id } user { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveDelete($id: ID!) { deleteUser(userId: $id) { id } }"): (typeof documents)["mutation LiveDelete($id: ID!) { deleteUser(userId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveLogout { logout }"): (typeof documents)["mutation LiveLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveUpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { id wholesaleEnabled } }"): (typeof documents)["mutation LiveUpdateAccount($input: UpdateAccountInput!) { updateAccount(input: $input) { id wholesaleEnabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveSwitch($id: ID!) { switchAccount(accountId: $id) { account { id } } }"): (typeof documents)["mutation LiveSwitch($id: ID!) { switchAccount(accountId: $id) { account { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveUserCapabilities($id: ID!) { user(id: $id) { permissions { capabilities permissions } } }"): (typeof documents)["query LiveUserCapabilities($id: ID!) { user(id: $id) { permissions { capabilities permissions } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveMyCapabilities { me { permissions { capabilities permissions } } }"): (typeof documents)["query LiveMyCapabilities { me { permissions { capabilities permissions } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LiveAuditLog { auditLog(first: 1) { nodes { id action } } }"): (typeof documents)["query LiveAuditLog { auditLog(first: 1) { nodes { id action } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LiveLogin($input: LoginInput!) { login(input: $input) { token } }"): (typeof documents)["mutation LiveLogin($input: LoginInput!) { login(input: $input) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailInvite($email: String!) { inviteUser(input: { email: $email }) { id } }"): (typeof documents)["mutation MailInvite($email: String!) { inviteUser(input: { email: $email }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MailUpdateAccount($name: String!) { updateAccount(input: { name: $name }) { name } }"): (typeof documents)["mutation MailUpdateAccount($name: String!) { updateAccount(input: { name: $name }) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionRulesInviteUser($input: InviteUserInput!) {\n  inviteUser(input: $input) { id email status permissions sentCount expiresAt }\n}"): (typeof documents)["mutation PermissionRulesInviteUser($input: InviteUserInput!) {\n  inviteUser(input: $input) { id email status permissions sentCount expiresAt }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionRulesResendInvite($id: ID!) { resendInvite(inviteId: $id) { id status sentCount expiresAt } }"): (typeof documents)["mutation PermissionRulesResendInvite($id: ID!) { resendInvite(inviteId: $id) { id status sentCount expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionRulesRevokeInvite($id: ID!) { revokeInvite(inviteId: $id) { id status } }"): (typeof documents)["mutation PermissionRulesRevokeInvite($id: ID!) { revokeInvite(inviteId: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionRulesUpdatePermissions($id: ID!, $permissions: [PermissionKey!]!) {\n  updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n    id permissions { fullAccess permissions capabilities }\n  }\n}"): (typeof documents)["mutation PermissionRulesUpdatePermissions($id: ID!, $permissions: [PermissionKey!]!) {\n  updateUserPermissions(input: { userId: $id, permissions: $permissions }) {\n    id permissions { fullAccess permissions capabilities }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionRulesDeleteUser($id: ID!) { deleteUser(userId: $id) { id status } }"): (typeof documents)["mutation PermissionRulesDeleteUser($id: ID!) { deleteUser(userId: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionRulesInvites { invites { totalCount nodes { id email status permissions sentCount expiresAt } } }"): (typeof documents)["query PermissionRulesInvites { invites { totalCount nodes { id email status permissions sentCount expiresAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionRulesAuditLog($first: Int) {\n  auditLog(first: $first) { totalCount nodes { action actor { id } target { id } invite { id } before after at } }\n}"): (typeof documents)["query PermissionRulesAuditLog($first: Int) {\n  auditLog(first: $first) { totalCount nodes { action actor { id } target { id } invite { id } before after at } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionRulesMyPermissions {\n  me { permissions {\n    fullAccess permissions capabilities\n    decisions { capability allowed reason grantedBy restrictedBy feature requires }\n  } }\n}"): (typeof documents)["query PermissionRulesMyPermissions {\n  me { permissions {\n    fullAccess permissions capabilities\n    decisions { capability allowed reason grantedBy restrictedBy feature requires }\n  } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionRulesAcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { user { id } } } }"): (typeof documents)["mutation PermissionRulesAcceptInvite($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { user { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionRulesUser($id: ID!) { user(id: $id) { id status permissions { fullAccess permissions narrowings } } }"): (typeof documents)["query PermissionRulesUser($id: ID!) { user(id: $id) { id status permissions { fullAccess permissions narrowings } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionRulesMe { me { name } }"): (typeof documents)["query PermissionRulesMe { me { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionRulesUpdateAccount { updateAccount(input: { wholesaleEnabled: false }) { wholesaleEnabled } }"): (typeof documents)["mutation PermissionRulesUpdateAccount { updateAccount(input: { wholesaleEnabled: false }) { wholesaleEnabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionRulesUpdateAccount2 { updateAccount(input: { wholesaleEnabled: true }) { wholesaleEnabled } }"): (typeof documents)["mutation PermissionRulesUpdateAccount2 { updateAccount(input: { wholesaleEnabled: true }) { wholesaleEnabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermissionRulesUpdateAccount3 { updateAccount(input: {}) { name wholesaleEnabled } }"): (typeof documents)["mutation PermissionRulesUpdateAccount3 { updateAccount(input: {}) { name wholesaleEnabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionRulesPermissionCatalog { permissionCatalog { key kind } }"): (typeof documents)["query PermissionRulesPermissionCatalog { permissionCatalog { key kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermissionRulesAuditLog2($id: ID!) { auditLog(targetId: $id) { nodes { action } } }"): (typeof documents)["query PermissionRulesAuditLog2($id: ID!) { auditLog(targetId: $id) { nodes { action } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SmtpInvite($email: String!) { inviteUser(input: { email: $email, name: \"Eve Email\" }) { id } }"): (typeof documents)["mutation SmtpInvite($email: String!) { inviteUser(input: { email: $email, name: \"Eve Email\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SmtpDelivery { invites { nodes { email delivery { status attempts lastError nextAttemptAt sentAt } } } }"): (typeof documents)["query SmtpDelivery { invites { nodes { email delivery { status attempts lastError nextAttemptAt sentAt } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsUsers {\n    users(first: 100) {\n      totalCount\n      nodes { id name email status joinedAt deletedBy { name } permissions { fullAccess permissions capabilities } }\n    }\n  }"): (typeof documents)["query StatementsUsers {\n    users(first: 100) {\n      totalCount\n      nodes { id name email status joinedAt deletedBy { name } permissions { fullAccess permissions capabilities } }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsAudit { auditLog(first: 100) { nodes { action actor { name email } target { name } invite { email invitedBy { name } } } } }"): (typeof documents)["query StatementsAudit { auditLog(first: 100) { nodes { action actor { name email } target { name } invite { email invitedBy { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsAuditFive { auditLog(first: 5) { nodes { action actor { name email } target { name } invite { email invitedBy { name } } } } }"): (typeof documents)["query StatementsAuditFive { auditLog(first: 5) { nodes { action actor { name email } target { name } invite { email invitedBy { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsUsers2 { users { totalCount } }"): (typeof documents)["query StatementsUsers2 { users { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StatementsOrders($first: Int) {\n    stockOrders(first: $first) {\n      nodes {\n        status totalCents createdBy { name email } vendor { name email } warehouse { name }\n        lines { quantity variant { sku costCents product { name category vendor { name } } stock { onHand warehouse { name } } } }\n      }\n    }\n  }"): (typeof documents)["query StatementsOrders($first: Int) {\n    stockOrders(first: $first) {\n      nodes {\n        status totalCents createdBy { name email } vendor { name email } warehouse { name }\n        lines { quantity variant { sku costCents product { name category vendor { name } } stock { onHand warehouse { name } } } }\n      }\n    }\n  }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SweepsAddStyle { addStyle(input: { name: \"Victim Tee\", styleNumber: \"V-1\", wholesalePriceCents: 1000 }) { id } }"): (typeof documents)["mutation SweepsAddStyle { addStyle(input: { name: \"Victim Tee\", styleNumber: \"V-1\", wholesalePriceCents: 1000 }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SweepsCreateLinesheet($styleIds: [ID!]!) { createLinesheet(input: { kind: ADMIN, name: \"Victim Spring\", startShip: \"2030-01-01\", deliveryDates: [\"2030-01-01\"], styleIds: $styleIds }) { id } }"): (typeof documents)["mutation SweepsCreateLinesheet($styleIds: [ID!]!) { createLinesheet(input: { kind: ADMIN, name: \"Victim Spring\", startShip: \"2030-01-01\", deliveryDates: [\"2030-01-01\"], styleIds: $styleIds }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SweepsUpdateAccount { updateAccount(input: { wholesaleEnabled: true }) { id } }"): (typeof documents)["mutation SweepsUpdateAccount { updateAccount(input: { wholesaleEnabled: true }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SweepsCreateAccount { createAccount(name: \"Sam's Own\") { account { id } } }"): (typeof documents)["mutation SweepsCreateAccount { createAccount(name: \"Sam's Own\") { account { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SweepsLogin($email: String!) { login(input: { email: $email, password: \"correct horse battery\" }) { token } }"): (typeof documents)["mutation SweepsLogin($email: String!) { login(input: { email: $email, password: \"correct horse battery\" }) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SweepsLogout { logout }"): (typeof documents)["mutation SweepsLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SweepsDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }"): (typeof documents)["mutation SweepsDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SweepsUpdateUserPermissions($id: ID!, $to: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $to }) { permissions { permissions } } }"): (typeof documents)["mutation SweepsUpdateUserPermissions($id: ID!, $to: [PermissionKey!]!) { updateUserPermissions(input: { userId: $id, permissions: $to }) { permissions { permissions } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SweepsDeleteUser2($id: ID!) { deleteUser(userId: $id) { status } }"): (typeof documents)["mutation SweepsDeleteUser2($id: ID!) { deleteUser(userId: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancyLogin($input: LoginInput!) { login(input: $input) { token me { account { id } } } }"): (typeof documents)["mutation TenancyLogin($input: LoginInput!) { login(input: $input) { token me { account { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancyInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }"): (typeof documents)["mutation TenancyInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancyAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { personId account { id } } } }"): (typeof documents)["mutation TenancyAccept($input: AcceptInviteInput!) { acceptInvite(input: $input) { token me { personId account { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancySwitch($id: ID!) { switchAccount(accountId: $id) { account { id } permissions { fullAccess permissions } } }"): (typeof documents)["mutation TenancySwitch($id: ID!) { switchAccount(accountId: $id) { account { id } permissions { fullAccess permissions } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancyDelete($id: ID!) { deleteUser(userId: $id) { id status } }"): (typeof documents)["mutation TenancyDelete($id: ID!) { deleteUser(userId: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyMe { me { personId account { id } accounts { id } permissions { fullAccess permissions } } }"): (typeof documents)["query TenancyMe { me { personId account { id } accounts { id } permissions { fullAccess permissions } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyAccountState {\n  account { id name wholesaleEnabled }\n  users(first: 100) { totalCount nodes { id name email status deletedAt permissions { fullAccess permissions } } }\n  invites(first: 100) { totalCount nodes { id email name status permissions sentCount expiresAt lastSentAt revokedAt acceptedAt } }\n  auditLog(first: 100) {\n    totalCount\n    nodes { id action before after at actor { id name email } target { id name email } invite { id email } }\n  }\n}"): (typeof documents)["query TenancyAccountState {\n  account { id name wholesaleEnabled }\n  users(first: 100) { totalCount nodes { id name email status deletedAt permissions { fullAccess permissions } } }\n  invites(first: 100) { totalCount nodes { id email name status permissions sentCount expiresAt lastSentAt revokedAt acceptedAt } }\n  auditLog(first: 100) {\n    totalCount\n    nodes { id action before after at actor { id name email } target { id name email } invite { id email } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyQuery($id: ID!) { user(id: $id) { id name email status } }"): (typeof documents)["query TenancyQuery($id: ID!) { user(id: $id) { id name email status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyUser($id: ID!) { user(id: $id) { name } }"): (typeof documents)["query TenancyUser($id: ID!) { user(id: $id) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancyMutation($input: UpdateUserPermissionsInput!) { updateUserPermissions(input: $input) { id permissions { permissions } } }"): (typeof documents)["mutation TenancyMutation($input: UpdateUserPermissionsInput!) { updateUserPermissions(input: $input) { id permissions { permissions } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancyMutation2($id: ID!) { resendInvite(inviteId: $id) { id email status } }"): (typeof documents)["mutation TenancyMutation2($id: ID!) { resendInvite(inviteId: $id) { id email status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancyMutation3($id: ID!) { revokeInvite(inviteId: $id) { id email status } }"): (typeof documents)["mutation TenancyMutation3($id: ID!) { revokeInvite(inviteId: $id) { id email status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyAuditLog($targetId: ID!) { auditLog(targetId: $targetId) { totalCount nodes { id } } }"): (typeof documents)["query TenancyAuditLog($targetId: ID!) { auditLog(targetId: $targetId) { totalCount nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyUsers { users(first: 1) { nodes { id } pageInfo { endCursor hasNextPage } } }"): (typeof documents)["query TenancyUsers { users(first: 1) { nodes { id } pageInfo { endCursor hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyUsers2($after: String) { users(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage } } }"): (typeof documents)["query TenancyUsers2($after: String) { users(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyInvitation($token: String!) { invitation(token: $token) { email name } }"): (typeof documents)["query TenancyInvitation($token: String!) { invitation(token: $token) { email name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyInvitation2($token: String!) { invitation(token: $token) { email hasLogin } }"): (typeof documents)["query TenancyInvitation2($token: String!) { invitation(token: $token) { email hasLogin } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyMe2 { me { user { id name email } } }"): (typeof documents)["query TenancyMe2 { me { user { id name email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancySignUp($input: SignUpInput!) { signUp(input: $input) { email } }"): (typeof documents)["mutation TenancySignUp($input: SignUpInput!) { signUp(input: $input) { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyInvites { invites { totalCount } }"): (typeof documents)["query TenancyInvites { invites { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenancyUsers3 { users { nodes { id } } }"): (typeof documents)["query TenancyUsers3 { users { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenancyUpdateUserPermissions($input: UpdateUserPermissionsInput!) { updateUserPermissions(input: $input) { id } }"): (typeof documents)["mutation TenancyUpdateUserPermissions($input: UpdateUserPermissionsInput!) { updateUserPermissions(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VocabularyInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }"): (typeof documents)["mutation VocabularyInvite($input: InviteUserInput!) { inviteUser(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VocabularyInvites { invites { totalCount } }"): (typeof documents)["query VocabularyInvites { invites { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VocabularyUpdateAccount { updateAccount(input: { name: \"X\" }) { id } }"): (typeof documents)["mutation VocabularyUpdateAccount { updateAccount(input: { name: \"X\" }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VocabularySelfEdit($id: ID!) { updateUserPermissions(input: { userId: $id, permissions: [OVERVIEW] }) { id } }"): (typeof documents)["mutation VocabularySelfEdit($id: ID!) { updateUserPermissions(input: { userId: $id, permissions: [OVERVIEW] }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VocabularyDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }"): (typeof documents)["mutation VocabularyDeleteUser($id: ID!) { deleteUser(userId: $id) { id } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;