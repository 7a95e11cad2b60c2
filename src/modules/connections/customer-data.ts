import { badInput } from '../../errors.js';
import * as validate from '../../lib/validate.js';
import type { Capability } from '../permissions/capabilities.js';
import type { ConnectionRow } from './tables.js';

/** The kinds of value customer-specific data holds, with their GraphQL argument and their check. */
export const VALUE_KINDS = {
  text: (field: string, value: unknown) => (value == null ? null : validate.paragraph(field, value as string, 500)),
  list: (field: string, value: unknown) =>
    validate.atMost(field, (value as string[] | null) ?? []).map((item, index) => validate.text(`${field}[${index}]`, item, 100)),
  currencies: (field: string, value: unknown) =>
    validate.atMost(field, (value as string[] | null) ?? []).map((code) => {
      if (!/^[A-Z]{3}$/.test(code)) throw badInput(field, `${field} holds ISO 4217 codes such as EUR`);
      return code;
    }),
  cents: (field: string, value: unknown) => (value == null ? null : validate.cents(field, value as number)),
  percent: (field: string, value: unknown) => (value == null ? null : validate.wholeNumber(field, value as number, 0, 100)),
} as const;
export type ValueKind = keyof typeof VALUE_KINDS;

type DataColumn = Exclude<keyof ConnectionRow, 'id' | 'accountId' | 'retailerName' | 'status' | 'regionId' | 'createdAt' | 'removedAt'>;

/**
 * A connection's customer-specific data ("Customer Specific Data" on the retailer's profile): each
 * group is edited by its own mutation, guarded by the capability its "Restrict Edit …" toggle takes
 * away. The mutations are generated from this list (src/modules/connections/types.ts).
 */
export const CUSTOMER_DATA: ReadonlyArray<{
  mutation: string;
  capability: Capability;
  description: string;
  fields: Partial<Record<DataColumn, ValueKind>>;
}> = [
  {
    mutation: 'editConnectionBillingShipping',
    capability: 'editConnectionBillingShipping',
    description: 'billing and shipping addresses',
    fields: { billingAddress: 'text', shippingAddress: 'text' },
  },
  { mutation: 'editConnectionBudget', capability: 'editConnectionBudgets', description: 'budget', fields: { budgetCents: 'cents' } },
  { mutation: 'editConnectionBuyers', capability: 'editConnectionBuyers', description: 'buyers', fields: { buyers: 'list' } },
  {
    mutation: 'editConnectionCurrencies',
    capability: 'editConnectionCurrencies',
    description: 'currencies',
    fields: { currencies: 'currencies' },
  },
  {
    mutation: 'editConnectionCustomerCode',
    capability: 'editConnectionCustomerCode',
    description: 'customer code/alias',
    fields: { customerCode: 'text' },
  },
  {
    mutation: 'editConnectionDiscount',
    capability: 'editConnectionDiscounts',
    description: 'retailer-level discount',
    fields: { discountPercent: 'percent' },
  },
  { mutation: 'editConnectionDoors', capability: 'editConnectionDoors', description: 'doors', fields: { doors: 'list' } },
  {
    mutation: 'editConnectionPaymentMethods',
    capability: 'editConnectionPaymentMethods',
    description: 'payment methods',
    fields: { paymentMethods: 'list' },
  },
  { mutation: 'editConnectionSalesReps', capability: 'editConnectionSalesReps', description: 'sales reps', fields: { salesReps: 'list' } },
  {
    mutation: 'editConnectionShippingMethods',
    capability: 'editConnectionShippingMethods',
    description: 'shipping methods',
    fields: { shippingMethods: 'list' },
  },
  {
    mutation: 'editConnectionWarehouses',
    capability: 'editConnectionWarehouses',
    description: 'warehouses',
    fields: { warehouses: 'list' },
  },
];
