import { type GraphQLField, type GraphQLNamedType, type GraphQLSchema, isObjectType } from 'graphql';
import { type Capability, capabilityDefinition, capabilityKeys } from './capabilities.js';
import { type CatalogEntry, FULL_ACCESS, type Narrowing, catalog } from './catalog.js';

/**
 * What guards each part of the schema, read from the built schema: the `authScopes` declared with
 * scope-auth next to each type and field. Nothing here is listed by hand.
 */
export type Rule =
  | { public: true }
  | { member: true }
  /** `any`: one of them suffices (scope-auth's default for several scopes, and `$any`); `all`: `$all`. */
  | { capabilities: Capability[]; mode: 'any' | 'all' };

type Declared = { extensions?: Record<string, unknown> | null };

const isCapability = (scope: string): scope is Capability => (capabilityKeys as string[]).includes(scope);

/** The capabilities a scopes object names, through `$any` and `$all`. */
export function capabilitiesIn(scopes: Record<string, unknown>): Capability[] {
  return Object.entries(scopes).flatMap(([scope, value]) =>
    scope === '$any' || scope === '$all' ? capabilitiesIn(value as Record<string, unknown>) : isCapability(scope) ? [scope] : [],
  );
}

/**
 * The rule a type or field declares, or null when it declares none. A rule computed per record
 * (a function) states its static part in `extensions.rule`, so it can still be read here.
 */
export function declaredRule(declared: Declared): Rule | null {
  const extensions = declared.extensions ?? {};
  const options = extensions.pothosOptions as { authScopes?: unknown } | undefined;
  const scopes = typeof options?.authScopes === 'function' ? extensions.rule : options?.authScopes;
  if (!scopes || typeof scopes !== 'object') return null;
  const capabilities = capabilitiesIn(scopes as Record<string, unknown>);
  if (capabilities.length > 0) return { capabilities, mode: '$all' in scopes ? 'all' : 'any' };
  if ((scopes as { public?: boolean }).public) return { public: true };
  if ((scopes as { member?: boolean }).member) return { member: true };
  return null;
}

const userTypes = (schema: GraphQLSchema) =>
  Object.values(schema.getTypeMap()).filter((type) => isObjectType(type) && !type.name.startsWith('__'));

/**
 * Capabilities a field decides inside its transaction because the answer depends on the data (a
 * quantity above the inventory needs OVERSELL), declared next to it as `extensions: { decides }`.
 */
export const decidedInside = (declared: Declared): Capability[] => (declared.extensions?.decides as Capability[] | undefined) ?? [];

/** The narrowing a field applies (`extensions: { narrowedBy }`): its records are only those the SCOPE entry leaves. */
const narrowingOf = (declared: Declared): Narrowing | null => (declared.extensions?.narrowedBy as Narrowing | undefined) ?? null;

/** Every `Type` and `Type.field` coordinate guarded by each capability, declared or decided inside. */
function coordinatesByCapability(schema: GraphQLSchema): Map<Capability, string[]> {
  const guarded = new Map<Capability, string[]>(capabilityKeys.map((capability) => [capability, []]));
  const add = (declared: Declared, coordinate: string) => {
    const rule = declaredRule(declared);
    const capabilities = [...(rule && 'capabilities' in rule ? rule.capabilities : []), ...decidedInside(declared)];
    for (const capability of new Set(capabilities)) guarded.get(capability)!.push(coordinate);
  };
  for (const type of userTypes(schema)) {
    if (!isObjectType(type)) continue;
    add(type, type.name);
    for (const field of Object.values(type.getFields())) add(field, `${type.name}.${field.name}`);
  }
  for (const coordinates of guarded.values()) coordinates.sort();
  return guarded;
}

const cache = new WeakMap<GraphQLSchema, Map<Capability, string[]>>();

function coordinatesGuardedBy(schema: GraphQLSchema, capability: Capability): string[] {
  let byCapability = cache.get(schema);
  if (!byCapability) cache.set(schema, (byCapability = coordinatesByCapability(schema)));
  return byCapability.get(capability)!;
}

/** Capabilities that only full access grants (no other entry grants them, and members lack them by default). */
export const onlyFullAccess = capabilityKeys.filter(
  (capability) =>
    !capabilityDefinition(capability).everyMember &&
    !catalog.some((entry) => entry.key !== FULL_ACCESS && entry.grants.includes(capability)),
);

/**
 * The coordinates a catalog entry decides: those guarded by a capability it grants or removes.
 * Full access grants everything; its own guards are the capabilities nothing else grants.
 */
export function guardsOf(schema: GraphQLSchema, entry: CatalogEntry): string[] {
  if (entry.narrows) return coordinatesNarrowedBy(schema, entry.narrows);
  const capabilities = entry.key === FULL_ACCESS ? onlyFullAccess : [...entry.grants, ...entry.removes];
  return [...new Set(capabilities.flatMap((capability) => coordinatesGuardedBy(schema, capability)))].sort();
}

/** The fields that apply a narrowing (a SCOPE entry's guards). */
function coordinatesNarrowedBy(schema: GraphQLSchema, narrowing: Narrowing): string[] {
  return schemaCoordinates(schema)
    .filter(({ field }) => field && narrowingOf(field) === narrowing)
    .map(({ type, field }) => `${type.name}.${field!.name}`)
    .sort();
}

/** The type or field at a coordinate (`Type` or `Type.field`) of the schema. */
function declaredAt(schema: GraphQLSchema, coordinate: string): Declared | null {
  const [typeName, fieldName] = coordinate.split('.');
  const type = schema.getType(typeName!);
  if (!isObjectType(type)) return null;
  return fieldName ? (type.getFields()[fieldName] ?? null) : type;
}

/** The rule declared at a coordinate. */
export const ruleAt = (schema: GraphQLSchema, coordinate: string): Rule | null => {
  const declared = declaredAt(schema, coordinate);
  return declared && declaredRule(declared);
};

/** The capabilities decided inside, from the data, at a coordinate. */
export const decidedInsideAt = (schema: GraphQLSchema, coordinate: string): Capability[] => {
  const declared = declaredAt(schema, coordinate);
  return declared ? decidedInside(declared) : [];
};

/** Every object type and field of the schema, for tests that walk it. */
export function schemaCoordinates(schema: GraphQLSchema) {
  return userTypes(schema).flatMap((type) =>
    isObjectType(type) ? [{ type, field: null }, ...Object.values(type.getFields()).map((field) => ({ type, field }))] : [],
  ) as Array<{ type: GraphQLNamedType & Declared; field: (GraphQLField<unknown, unknown> & Declared) | null }>;
}
