import { type AccountFeature, type Capability, capabilityDefinition, capabilityKeys } from './capabilities.js';
import { type CatalogEntry, FULL_ACCESS, type Narrowing, catalogEntry } from './catalog.js';

/** Why a member has or lacks a capability: the answer to "why not?" is part of the decision. */
export type DecisionReason =
  'FULL_ACCESS' | 'EVERY_MEMBER' | 'GRANTED' | 'NOT_GRANTED' | 'RESTRICTED' | 'FEATURE_DISABLED' | 'REQUIRES_OTHER_CAPABILITY';

export interface Decision {
  readonly capability: Capability;
  readonly allowed: boolean;
  readonly reason: DecisionReason;
  /** Catalog keys that grant it to this member. */
  readonly grantedBy: readonly string[];
  /** Catalog keys (RESTRICT toggles that are on) that take it away. */
  readonly restrictedBy: readonly string[];
  /** The account feature that is off, for FEATURE_DISABLED. */
  readonly feature: AccountFeature | null;
  /** The missing capability, for REQUIRES_OTHER_CAPABILITY. */
  readonly requires: Capability | null;
}

export type AccountFeatures = Readonly<Record<AccountFeature, boolean>>;

export interface EffectivePermissions {
  readonly fullAccess: boolean;
  /** Every capability as a scope-auth scope value (true when held), shared by every request. */
  readonly scopes: Readonly<Record<Capability, boolean>>;
  /** The catalog keys held by the member, as stored. */
  readonly permissionKeys: readonly string[];
  readonly capabilities: ReadonlySet<Capability>;
  /** Active SCOPE narrowings (never while full access is on). */
  readonly narrowings: readonly Narrowing[];
  has(capability: Capability): boolean;
  explain(capability: Capability): Decision;
}

/**
 * A member's effective capabilities, as fixed in shared/PERMISSION-MODEL.md: full access gives
 * everything; otherwise every-member capabilities plus grants, minus restrictions (deny wins); then
 * account features gate everyone; then combinations (`requires`) apply, unless `combinations` is
 * false (judging grants, where a dormant grant still counts).
 */
export function decide(
  permissionKeys: readonly string[],
  features: AccountFeatures,
  { combinations = true }: { combinations?: boolean } = {},
): EffectivePermissions {
  // Lists decide for the same loaded key array many times in one request: remember it by identity.
  const context = `${combinations}|${featuresKey(features)}`;
  const byArray = decidedFor.get(permissionKeys);
  const remembered = byArray?.get(context);
  if (remembered) return remembered;
  const held = [...new Set(permissionKeys)].sort();
  // A pure function of its inputs, so members holding the same keys share one result, frozen.
  const key = `${context}|${held.join(',')}`;
  let result = decided.get(key);
  if (!result) {
    result = computeDecisions(held, features, combinations);
    if (decided.size >= MAX_DECIDED) decided.delete(decided.keys().next().value!);
    decided.set(key, result);
  }
  if (byArray) byArray.set(context, result);
  else decidedFor.set(permissionKeys, new Map([[context, result]]));
  return result;
}

const keysOfFeatures = new WeakMap<AccountFeatures, string>();
/** The features as a string, once per features object (an account's flags are one object per row read). */
function featuresKey(features: AccountFeatures) {
  let key = keysOfFeatures.get(features);
  if (key === undefined) keysOfFeatures.set(features, (key = Object.values(features).join(',')));
  return key;
}

/** Distinct (keys, features) combinations kept; an account rarely has more than a few dozen. */
const MAX_DECIDED = 1000;
const decided = new Map<string, EffectivePermissions>();
const decidedFor = new WeakMap<readonly string[], Map<string, EffectivePermissions>>();

function computeDecisions(held: string[], features: AccountFeatures, combinations: boolean): EffectivePermissions {
  const entries = held.map(catalogEntry).filter((entry): entry is CatalogEntry => entry !== undefined);
  const fullAccess = held.includes(FULL_ACCESS);
  const decisions = new Map<Capability, Decision>();

  for (const capability of capabilityKeys) {
    const definition = capabilityDefinition(capability);
    const grantedBy = entries.filter((e) => e.key !== FULL_ACCESS && e.grants.includes(capability)).map((e) => e.key);
    const restrictedBy = fullAccess ? [] : entries.filter((e) => e.removes.includes(capability)).map((e) => e.key);
    const base = { capability, grantedBy, restrictedBy, feature: null, requires: null };
    let decision: Decision;
    if (definition.feature && !features[definition.feature]) {
      decision = { ...base, allowed: false, reason: 'FEATURE_DISABLED', feature: definition.feature };
    } else if (fullAccess) {
      decision = { ...base, allowed: true, reason: 'FULL_ACCESS' };
    } else if (restrictedBy.length > 0) {
      decision = { ...base, allowed: false, reason: 'RESTRICTED' };
    } else if (grantedBy.length > 0) {
      decision = { ...base, allowed: true, reason: 'GRANTED' };
    } else if (definition.everyMember) {
      decision = { ...base, allowed: true, reason: 'EVERY_MEMBER' };
    } else {
      decision = { ...base, allowed: false, reason: 'NOT_GRANTED' };
    }
    decisions.set(capability, decision);
  }

  // Combinations: a capability that requires another counts only while the other is held.
  for (const [capability, decision] of combinations ? decisions : []) {
    const requires = capabilityDefinition(capability).requires as Capability | undefined;
    if (decision.allowed && requires && !decisions.get(requires)?.allowed) {
      decisions.set(capability, { ...decision, allowed: false, reason: 'REQUIRES_OTHER_CAPABILITY', requires });
    }
  }

  const granted = new Set(capabilityKeys.filter((capability) => decisions.get(capability)!.allowed));
  const scopes = Object.fromEntries(capabilityKeys.map((capability) => [capability, granted.has(capability)]));
  const permissions: EffectivePermissions = {
    fullAccess,
    scopes: Object.freeze(scopes) as Record<Capability, boolean>,
    permissionKeys: Object.freeze(held),
    capabilities: granted,
    narrowings: fullAccess ? [] : entries.flatMap((entry) => (entry.narrows ? [entry.narrows] : [])),
    has: (capability) => granted.has(capability),
    explain: (capability) => decisions.get(capability)!,
  };
  return Object.freeze(permissions);
}

/**
 * What a change of permissions would give a member that they did not have: capabilities gained,
 * and narrowings lifted. A manager may only make a change whose gains they hold themselves.
 */
export function gains(before: Pick<EffectivePermissions, 'capabilities' | 'narrowings'>, after: EffectivePermissions) {
  return {
    capabilities: [...after.capabilities].filter((capability) => !before.capabilities.has(capability)),
    liftedNarrowings: before.narrowings.filter((narrowing) => !after.narrowings.includes(narrowing)),
  };
}
