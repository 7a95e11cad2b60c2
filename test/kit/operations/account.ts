import { graphql } from '../gql/index.js';

// Managing users, regions and connections; JOOR's account settings.

export const InviteNobody = graphql(`
  mutation KitInviteNobody($email: String!) {
    inviteUser(input: { email: $email, permissions: [] }) {
      id
    }
  }
`);
export const ResendInvite = graphql(`
  mutation KitResendInvite($id: ID!) {
    resendInvite(inviteId: $id) {
      id
    }
  }
`);
export const RevokeInvite = graphql(`
  mutation KitRevokeInvite($id: ID!) {
    revokeInvite(inviteId: $id) {
      id
    }
  }
`);
export const RestrictUser = graphql(`
  mutation KitRestrictUser($id: ID!) {
    updateUserPermissions(input: { userId: $id, permissions: [RESTRICT_DELETE_STYLES] }) {
      id
    }
  }
`);
export const DeleteUser = graphql(`
  mutation KitDeleteUser($id: ID!) {
    deleteUser(userId: $id) {
      id
    }
  }
`);
export const Invites = graphql(`
  query KitInvites {
    invites(first: 5) {
      nodes {
        id
        email
      }
    }
  }
`);
export const AuditLog = graphql(`
  query KitAuditLog {
    auditLog(first: 5) {
      nodes {
        action
      }
    }
  }
`);
export const UserDetails = graphql(`
  query KitUserDetails($id: ID!) {
    user(id: $id) {
      name
      permissions {
        fullAccess
      }
      can(capability: OVERVIEW)
      explain(capability: OVERVIEW) {
        allowed
      }
      regions {
        name
      }
    }
  }
`);
export const CreateRegion = graphql(`
  mutation KitCreateRegion($name: String!) {
    createRegion(name: $name) {
      id
    }
  }
`);
export const SetUserRegions = graphql(`
  mutation KitSetUserRegions($userId: ID!, $regionIds: [ID!]!) {
    setUserRegions(userId: $userId, regionIds: $regionIds) {
      id
    }
  }
`);
export const SetConnectionRegion = graphql(`
  mutation KitSetConnectionRegion($connectionId: ID!, $regionId: ID) {
    setConnectionRegion(connectionId: $connectionId, regionId: $regionId) {
      id
    }
  }
`);
export const ConnectRetailer = graphql(`
  mutation KitConnectRetailer($name: String!) {
    connectRetailer(retailerName: $name) {
      id
    }
  }
`);
export const RemoveConnection = graphql(`
  mutation KitRemoveConnection($id: ID!) {
    removeConnection(id: $id) {
      status
    }
  }
`);
export const AssignCompanyNumber = graphql(`
  mutation KitAssignCompanyNumber($connectionId: ID!, $id: ID) {
    assignCompanyNumber(connectionId: $connectionId, companyNumberId: $id) {
      companyNumber
    }
  }
`);
export const AssignCustomerGroup = graphql(`
  mutation KitAssignCustomerGroup($connectionId: ID!, $id: ID) {
    assignCustomerGroup(connectionId: $connectionId, customerGroupId: $id) {
      customerGroup
    }
  }
`);
export const EditBillingShipping = graphql(`
  mutation KitEditBillingShipping($id: ID!) {
    editConnectionBillingShipping(connectionId: $id, billingAddress: "1 Main St", shippingAddress: "2 Dock Rd") {
      id
    }
  }
`);
export const EditBudget = graphql(`
  mutation KitEditBudget($id: ID!) {
    editConnectionBudget(connectionId: $id, budgetCents: 100000) {
      id
    }
  }
`);
export const EditBuyers = graphql(`
  mutation KitEditBuyers($id: ID!) {
    editConnectionBuyers(connectionId: $id, buyers: ["Bea"]) {
      id
    }
  }
`);
export const EditCurrencies = graphql(`
  mutation KitEditCurrencies($id: ID!) {
    editConnectionCurrencies(connectionId: $id, currencies: ["EUR"]) {
      id
    }
  }
`);
export const EditCustomerCode = graphql(`
  mutation KitEditCustomerCode($id: ID!) {
    editConnectionCustomerCode(connectionId: $id, customerCode: "C-1") {
      id
    }
  }
`);
export const EditDiscount = graphql(`
  mutation KitEditDiscount($id: ID!) {
    editConnectionDiscount(connectionId: $id, discountPercent: 5) {
      id
    }
  }
`);
export const EditDoors = graphql(`
  mutation KitEditDoors($id: ID!) {
    editConnectionDoors(connectionId: $id, doors: ["Main door"]) {
      id
    }
  }
`);
export const EditPaymentMethods = graphql(`
  mutation KitEditPaymentMethods($id: ID!) {
    editConnectionPaymentMethods(connectionId: $id, paymentMethods: ["Card"]) {
      id
    }
  }
`);
export const EditSalesReps = graphql(`
  mutation KitEditSalesReps($id: ID!) {
    editConnectionSalesReps(connectionId: $id, salesReps: ["Sam"]) {
      id
    }
  }
`);
export const EditShippingMethods = graphql(`
  mutation KitEditShippingMethods($id: ID!) {
    editConnectionShippingMethods(connectionId: $id, shippingMethods: ["Ground"]) {
      id
    }
  }
`);
export const EditWarehouses = graphql(`
  mutation KitEditWarehouses($id: ID!) {
    editConnectionWarehouses(connectionId: $id, warehouses: ["NJ"]) {
      id
    }
  }
`);

export const BrandSettings = graphql(`
  query KitBrandSettings {
    brandSettings {
      legalName
      paymentAccount
    }
  }
`);
export const UpdateBrandInformation = graphql(`
  mutation KitUpdateBrandInformation($about: String!) {
    updateBrandInformation(input: { about: $about }) {
      legalName
    }
  }
`);
export const UpdateDivisionSettings = graphql(`
  mutation KitUpdateDivisionSettings($on: Boolean!) {
    updateDivisionSettings(multipleDivisionsPerOrder: $on) {
      legalName
    }
  }
`);
export const UpdateInventorySettings = graphql(`
  mutation KitUpdateInventorySettings($visibility: InventoryVisibility!) {
    updateInventorySettings(input: { visibility: $visibility }) {
      legalName
    }
  }
`);
export const ConnectPaymentAccount = graphql(`
  mutation KitConnectPaymentAccount($id: String) {
    connectPaymentAccount(stripeAccountId: $id) {
      legalName
    }
  }
`);
export const SaveCompanyNumber = graphql(`
  mutation KitSaveCompanyNumber($number: String!) {
    saveCompanyNumber(input: { label: "VAT", number: $number }) {
      id
    }
  }
`);
export const SaveCustomerGroup = graphql(`
  mutation KitSaveCustomerGroup($name: String!) {
    saveCustomerGroup(input: { name: $name }) {
      id
    }
  }
`);
export const SaveDiscountOption = graphql(`
  mutation KitSaveDiscountOption($name: String!) {
    saveDiscountOption(input: { name: $name, percent: 10 }) {
      id
    }
  }
`);
export const SaveDivision = graphql(`
  mutation KitSaveDivision($name: String!) {
    saveDivision(input: { name: $name }) {
      id
    }
  }
`);
export const Connections = graphql(`
  query KitConnections {
    connections(first: 10) {
      totalCount
      nodes {
        id
      }
    }
  }
`);
export const Connection = graphql(`
  query KitConnection($id: ID!) {
    connection(id: $id) {
      id
      retailerName
    }
  }
`);
