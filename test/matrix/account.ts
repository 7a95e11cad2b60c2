import type { Kit } from '../kit/index.js';
import * as op from '../kit/operations/account.js';
import { addMember, uniqueEmail } from '../harness.js';
import type { Area, Exercise, Exercised } from './exercise.js';

// Managing users and regions, retailer connections, and JOOR's account settings.

let kit: Kit;
let unique = 0;
const next = () => `${process.pid}-${++unique}`;
const fixtures = { regionId: '', adminUserId: '' };

const connection = async () => (await kit.ok(op.ConnectRetailer, { name: `Retailer ${next()}` })).connectRetailer.id;
const invite = async () => (await kit.ok(op.InviteNobody, { email: uniqueEmail('invitee') })).inviteUser.id;
// A name of a few digits at most: seven or more would read as a phone number, which names may not (validate.name).
const member = async () => (await addMember(kit.server, kit.admin, [], `Target ${++unique}`)).userId;

/** One exercise per group of customer-specific data, each on a fresh connection. */
const customerData: Array<[string, Exercised['document']]> = [
  ['editConnectionBillingShipping', op.EditBillingShipping],
  ['editConnectionBudget', op.EditBudget],
  ['editConnectionBuyers', op.EditBuyers],
  ['editConnectionCurrencies', op.EditCurrencies],
  ['editConnectionCustomerCode', op.EditCustomerCode],
  ['editConnectionDiscount', op.EditDiscount],
  ['editConnectionDoors', op.EditDoors],
  ['editConnectionPaymentMethods', op.EditPaymentMethods],
  ['editConnectionSalesReps', op.EditSalesReps],
  ['editConnectionShippingMethods', op.EditShippingMethods],
  ['editConnectionWarehouses', op.EditWarehouses],
];

const exercises: Exercise[] = [
  // Managing users (Allow Manage Permissions).
  { covers: ['Mutation.inviteUser'], document: op.InviteNobody, variables: () => ({ email: uniqueEmail('matrix') }) },
  { covers: ['Mutation.resendInvite'], document: op.ResendInvite, variables: async () => ({ id: await invite() }) },
  { covers: ['Mutation.revokeInvite'], document: op.RevokeInvite, variables: async () => ({ id: await invite() }) },
  { covers: ['Mutation.updateUserPermissions'], document: op.RestrictUser, variables: async () => ({ id: await member() }) },
  { covers: ['Mutation.deleteUser'], document: op.DeleteUser, variables: async () => ({ id: await member() }) },
  { covers: ['Query.invites', 'Invite'], document: op.Invites },
  { covers: ['Query.auditLog'], document: op.AuditLog },
  {
    covers: ['User.permissions', 'User.can', 'User.explain', 'User.regions'],
    document: op.UserDetails,
    variables: () => ({ id: fixtures.adminUserId }),
  },
  {
    covers: ['Subscription.accountMembershipChanged'],
    provenBy: [
      { file: 'test/live.test.ts', test: 'a member without MANAGE_USERS gets FORBIDDEN and no stream' },
      {
        file: 'test/live.test.ts',
        test: 'a manager who loses ALLOW_MANAGE_PERMISSIONS gets FORBIDDEN, then nothing; the admin keeps hearing',
      },
    ],
  },
  { covers: ['Mutation.createRegion'], document: op.CreateRegion, variables: () => ({ name: `Region ${next()}` }) },
  {
    covers: ['Mutation.setUserRegions'],
    document: op.SetUserRegions,
    variables: async () => ({ userId: await member(), regionIds: [fixtures.regionId] }),
  },
  {
    covers: ['Mutation.setConnectionRegion'],
    document: op.SetConnectionRegion,
    variables: async () => ({ connectionId: await connection(), regionId: fixtures.regionId }),
  },
  // Connections.
  { covers: ['Query.connections'], document: op.Connections },
  { covers: ['Query.connection'], document: op.Connection, variables: async () => ({ id: await connection() }) },
  { covers: ['Mutation.connectRetailer'], document: op.ConnectRetailer, variables: () => ({ name: `Retailer ${next()}` }) },
  { covers: ['Mutation.removeConnection'], document: op.RemoveConnection, variables: async () => ({ id: await connection() }) },
  {
    covers: ['Mutation.assignCompanyNumber'],
    document: op.AssignCompanyNumber,
    variables: async () => ({
      connectionId: await connection(),
      id: (await kit.ok(op.SaveCompanyNumber, { number: next() })).saveCompanyNumber.id,
    }),
  },
  {
    covers: ['Mutation.assignCustomerGroup'],
    document: op.AssignCustomerGroup,
    variables: async () => ({
      connectionId: await connection(),
      id: (await kit.ok(op.SaveCustomerGroup, { name: `Group ${next()}` })).saveCustomerGroup.id,
    }),
  },
  ...customerData.map(([mutation, document]): Exercise => ({
    covers: [`Mutation.${mutation}`],
    document,
    variables: async () => ({ id: await connection() }),
  })),
  // Account settings (the Allow toggles of JOOR's Account group).
  { covers: ['Mutation.updateBrandInformation'], document: op.UpdateBrandInformation, variables: () => ({ about: `About ${next()}` }) },
  { covers: ['Mutation.updateDivisionSettings'], document: op.UpdateDivisionSettings, variables: () => ({ on: unique++ % 2 === 0 }) },
  {
    covers: ['Mutation.updateInventorySettings'],
    document: op.UpdateInventorySettings,
    variables: () => ({ visibility: unique++ % 2 === 0 ? 'ALL_RETAILERS' : 'NOBODY' }),
  },
  {
    covers: ['Mutation.connectPaymentAccount'],
    document: op.ConnectPaymentAccount,
    variables: () => ({ id: `acct_${String(++unique).padStart(16, '0')}` }),
  },
  { covers: ['BrandSettings.paymentAccount'], document: op.BrandSettings },
  { covers: ['Mutation.saveCompanyNumber'], document: op.SaveCompanyNumber, variables: () => ({ number: next() }) },
  { covers: ['Mutation.saveCustomerGroup'], document: op.SaveCustomerGroup, variables: () => ({ name: `Group ${next()}` }) },
  { covers: ['Mutation.saveDiscountOption'], document: op.SaveDiscountOption, variables: () => ({ name: `Discount ${next()}` }) },
  { covers: ['Mutation.saveDivision'], document: op.SaveDivision, variables: () => ({ name: `Division ${next()}` }) },
];

export const account: Area = {
  async setUp(areaKit) {
    kit = areaKit;
    fixtures.adminUserId = kit.admin.userId;
    fixtures.regionId = (await kit.ok(op.CreateRegion, { name: 'Matrix Region' })).createRegion.id;
  },
  exercises,
};
