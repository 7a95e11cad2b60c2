import { builder } from '../../graphql/builder.js';
import { constantCaseEnum, describedEnum } from '../../graphql/enums.js';
import { type Capability, accountFeatures, capabilities, capabilityKeys } from './capabilities.js';
import { type CatalogEntry, Category, type Kind, Narrowing, Source, catalog } from './catalog.js';
import type { Decision, EffectivePermissions } from './decide.js';
import { guardsOf } from './guards.js';

/** Every catalog key, generated from the catalog. */
export const PermissionKey = builder.enumType('PermissionKey', {
  description: 'The stable key of a permission catalog entry (see `permissionCatalog`)',
  values: Object.fromEntries(catalog.map((entry) => [entry.key, { value: entry.key, description: `${entry.name}: ${entry.description}` }])),
});

/** Every capability; the GraphQL name is the constant-case form of the scope name. */
export const CapabilityEnum = constantCaseEnum(
  'Capability',
  'One thing Roster lets a member do or see; fields and mutations are guarded by capabilities',
  Object.fromEntries(capabilityKeys.map((capability) => [capability, capabilities[capability].description])) as Record<Capability, string>,
);

const KindEnum = describedEnum('PermissionKind', 'How a catalog entry acts on capabilities', {
  PERMISSION_SET: 'Grants a bundle of capabilities (Inventory Planner)',
  ALLOW: 'Grants a capability members lack by default (JOOR "Allow …")',
  RESTRICT: 'Removes a capability members have by default; deny wins (JOOR "Restrict …")',
  SCOPE: 'Narrows which records a capability reaches (JOOR geographic permissions)',
} satisfies Record<keyof typeof Kind, string>);
const CategoryEnum = describedEnum('PermissionCategory', 'The group a catalog entry belongs to', Category);
const SourceEnum = describedEnum('PermissionSource', 'The help page a catalog entry comes from', Source);
const NarrowingEnum = describedEnum('Narrowing', 'What a SCOPE entry narrows', Narrowing);
const FeatureEnum = constantCaseEnum('AccountFeature', 'Account-level switches that gate capabilities', accountFeatures);
const ReasonEnum = describedEnum('DecisionReason', 'Why a member has or lacks a capability', {
  FULL_ACCESS: 'Granted: the member has full access',
  EVERY_MEMBER: 'Granted: every member has it unless restricted',
  GRANTED: 'Granted by a permission set or Allow toggle',
  NOT_GRANTED: 'Denied: nothing the member holds grants it',
  RESTRICTED: 'Denied: a Restrict toggle that is on takes it away',
  FEATURE_DISABLED: 'Denied: an account feature it needs is off',
  REQUIRES_OTHER_CAPABILITY: 'Denied: it counts only together with another capability the member lacks',
} satisfies Record<Decision['reason'], string>);

const CatalogEntryRef = builder.objectRef<CatalogEntry>('PermissionCatalogEntry').implement({
  description: 'One row of the seed tables: a permission set or a per-user toggle',
  fields: (t) => ({
    key: t.expose('key', { type: PermissionKey }),
    name: t.exposeString('name', { description: "The seed's name, verbatim" }),
    description: t.exposeString('description', { description: 'What the entry does in Roster' }),
    seedDescription: t.exposeString('seedDescription', { description: "The seed's description, verbatim" }),
    note: t.exposeString('note', { nullable: true, description: 'Why the description differs from the seed' }),
    source: t.expose('source', { type: SourceEnum }),
    category: t.expose('category', { type: CategoryEnum }),
    kind: t.expose('kind', { type: KindEnum }),
    grants: t.expose('grants', { type: [CapabilityEnum], description: 'Capabilities granted while held' }),
    removes: t.expose('removes', { type: [CapabilityEnum], description: 'Capabilities taken away while on' }),
    narrows: t.expose('narrows', { type: NarrowingEnum, nullable: true }),
    guards: t.stringList({
      description:
        'Schema coordinates (`Type` or `Type.field`) guarded by a capability this entry grants or removes, read from the ' +
        "schema's declared rules. Full access lists those guarded by capabilities only it grants.",
      resolve: (entry, _args, _ctx, info) => guardsOf(info.schema, entry),
    }),
  }),
});

export const DecisionRef = builder.objectRef<Decision>('CapabilityDecision').implement({
  description: 'Whether a member has a capability, and why',
  fields: (t) => ({
    capability: t.expose('capability', { type: CapabilityEnum }),
    allowed: t.exposeBoolean('allowed'),
    reason: t.expose('reason', { type: ReasonEnum }),
    grantedBy: t.expose('grantedBy', { type: [PermissionKey] }),
    restrictedBy: t.expose('restrictedBy', { type: [PermissionKey] }),
    feature: t.expose('feature', { type: FeatureEnum, nullable: true }),
    requires: t.expose('requires', { type: CapabilityEnum, nullable: true }),
  }),
});

export const EffectivePermissionsRef = builder.objectRef<EffectivePermissions>('EffectivePermissions').implement({
  description: "A member's permissions as held, and the capabilities they add up to",
  fields: (t) => ({
    fullAccess: t.exposeBoolean('fullAccess'),
    permissions: t.field({
      type: [PermissionKey],
      description: 'The catalog entries held: permission sets and toggles that are on',
      resolve: (permissions) => [...permissions.permissionKeys],
    }),
    capabilities: t.field({
      type: [CapabilityEnum],
      description: 'Every capability the member has now',
      resolve: (permissions) => [...permissions.capabilities],
    }),
    narrowings: t.expose('narrowings', { type: [NarrowingEnum] }),
    decisions: t.field({
      type: [DecisionRef],
      description: 'Every capability, granted or not, with the reason',
      resolve: (permissions) => capabilityKeys.map((capability) => permissions.explain(capability)),
    }),
  }),
});

builder.queryField('permissionCatalog', (t) =>
  t.field({
    type: [CatalogEntryRef],
    description: 'Every permission set and toggle Roster knows, from both seed help pages. Public.',
    skipTypeScopes: true,
    authScopes: { public: true },
    resolve: () => [...catalog],
  }),
);
