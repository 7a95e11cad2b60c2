import { builder } from '../../graphql/builder.js';
import { asMember } from '../../request/context.js';
import { inTransaction } from '../../request/transaction.js';
import { UserRef } from '../users/types.js';
import { DEFAULT_DAYS, type KpiRow, deleteReportPreset, inventoryKpis, listReportPresets, saveReportPreset } from './service.js';
import type { ReportFilters, ReportPresetRow } from './tables.js';
import { REPORT_POLICIES } from './policies.js';

const REPORTS = REPORT_POLICIES.reports.field.authScopes;

const KpiRowRef = builder.objectRef<KpiRow>('InventoryKpiRow').implement({
  description: 'Inventory KPIs of one category over a window of days ending today (UTC)',
  authScopes: REPORTS,
  fields: (t) => ({
    category: t.exposeString('category'),
    unitsSold: t.expose('unitsSold', { type: 'Count', description: 'Units sold in the window' }),
    unitsOnHand: t.expose('unitsOnHand', { type: 'Count', description: 'Units on hand now' }),
    sellThroughPercent: t.exposeFloat('sellThroughPercent', {
      nullable: true,
      description: 'unitsSold / (unitsSold + unitsOnHand) × 100; null when both are 0',
    }),
    inventoryTurnover: t.exposeFloat('inventoryTurnover', {
      nullable: true,
      description:
        'Cost of the units sold in the window (at current variant cost) / stockValueCents, not annualised; null when there is no stock value',
    }),
    stockValueCents: t.expose('stockValueCents', { type: 'Cents', description: 'Σ units on hand × variant cost, now' }),
  }),
});

const ReportFiltersRef = builder.objectRef<ReportFilters>('ReportFilters').implement({
  description: 'What an Inventory KPIs report is run over; empty lists mean "all"',
  authScopes: REPORTS,
  fields: (t) => ({
    categories: t.stringList({ resolve: (filters) => filters.categories ?? [] }),
    warehouseIds: t.idList({ resolve: (filters) => filters.warehouseIds ?? [] }),
    days: t.int({ description: 'Days of sales counted, ending today', resolve: (filters) => filters.days ?? DEFAULT_DAYS }),
  }),
});

const ReportPresetRef = builder.objectRef<ReportPresetRow>('ReportPreset').implement({
  description: 'Saved filters for the Inventory KPIs report: private to its owner, or shared with the account',
  authScopes: REPORTS,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    shared: t.exposeBoolean('shared', {
      description: 'Shared presets are seen by every member with reports and changed only with MODIFY_SHARED_PRESETS',
    }),
    filters: t.field({ type: ReportFiltersRef, resolve: (preset) => preset.filters }),
    owner: t.field({
      type: UserRef,
      description: 'Who created the preset',
      resolve: async (preset, _args, ctx) => (await ctx.loaders.member.load(preset.ownerId))!,
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  inventoryKpis: t.field({
    type: [KpiRowRef],
    description: 'Inventory KPIs per category (categories with stock or sales in the window), by category',
    authScopes: REPORTS,
    args: {
      days: t.arg.int({ required: false, defaultValue: DEFAULT_DAYS, description: 'Days of sales, 1 to 365, ending today' }),
      categories: t.arg.stringList({ required: false, description: 'Only these categories' }),
      warehouseIds: t.arg.idList({ required: false, description: 'Only stock and sales of these warehouses' }),
    },
    resolve: (_root, args, ctx) => inventoryKpis(asMember(ctx), args),
  }),
  reportPresets: t.field({
    type: [ReportPresetRef],
    description: "The caller's private report presets and every shared one, oldest first",
    authScopes: REPORTS,
    resolve: (_root, _args, ctx) => listReportPresets(asMember(ctx)),
  }),
}));

const ReportFiltersInput = builder.inputType('ReportFiltersInput', {
  fields: (t) => ({
    categories: t.stringList({ required: false }),
    warehouseIds: t.idList({ required: false, description: "The account's warehouses" }),
    days: t.int({ required: false, description: `1 to 365 (default ${DEFAULT_DAYS})` }),
  }),
});

const SaveReportPresetInput = builder.inputType('SaveReportPresetInput', {
  fields: (t) => ({
    id: t.id({ required: false, description: 'The preset to change; without it a new one is created' }),
    name: t.string({ required: true }),
    filters: t.field({ type: ReportFiltersInput, required: true }),
  }),
});

builder.mutationFields((t) => {
  const saveArgs = () => ({ input: t.arg({ type: SaveReportPresetInput, required: true }) });
  const deleteArgs = () => ({ id: t.arg.id({ required: true }) });
  return {
    saveReportPreset: t.field({
      type: ReportPresetRef,
      description:
        "Creates a private preset, or changes the caller's own private preset; the id of a shared preset changes it only with MODIFY_SHARED_PRESETS",
      ...REPORT_POLICIES.ownPresets.field,
      args: saveArgs(),
      resolve: (_root, { input }, ctx) => saveReportPreset(inTransaction(ctx), input, false),
    }),
    deleteReportPreset: t.field({
      type: ReportPresetRef,
      description: "Deletes the caller's own private preset; the id of a shared preset deletes it only with MODIFY_SHARED_PRESETS",
      ...REPORT_POLICIES.ownPresets.field,
      args: deleteArgs(),
      resolve: (_root, { id }, ctx) => deleteReportPreset(inTransaction(ctx), id, false),
    }),
    saveSharedReportPreset: t.field({
      type: ReportPresetRef,
      description: 'Creates a preset shared with the account, or changes a shared preset',
      ...REPORT_POLICIES.sharedPresets.field,
      args: saveArgs(),
      resolve: (_root, { input }, ctx) => saveReportPreset(inTransaction(ctx), input, true),
    }),
    deleteSharedReportPreset: t.field({
      type: ReportPresetRef,
      description: 'Deletes a shared preset',
      ...REPORT_POLICIES.sharedPresets.field,
      args: deleteArgs(),
      resolve: (_root, { id }, ctx) => deleteReportPreset(inTransaction(ctx), id, true),
    }),
  };
});
