import { GraphQLEnumType } from 'graphql';
import { schema } from '../src/graphql/schema.js';
import { capabilityKeys } from '../src/modules/permissions/capabilities.js';
import { TransportCode } from '../src/errors.js';

/** The values of a schema enum, read from the schema clients see. */
function enumValues(name: string): Set<string> {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum of the schema`);
  return new Set(type.getValues().map((value) => value.name));
}

/** Codes yoga and graphql-js answer with before Roster's resolvers run (parsing, validation, masking). */
const TRANSPORT_CODES = new Set<string>(Object.keys(TransportCode));

/**
 * Every `extensions` key a Roster error may carry, with the schema enum its values must belong to
 * (null: free-form, such as ids and dates). An unknown key fails: new keys are declared here.
 */
const EXTENSIONS: Record<string, string | null> = {
  code: 'ErrorCode',
  capability: 'Capability',
  capabilities: 'Capability',
  requires: 'Capability',
  reason: 'DecisionReason',
  grantedBy: 'PermissionKey',
  restrictedBy: 'PermissionKey',
  rule: 'ErrorRule',
  feature: 'AccountFeature',
  narrowings: 'Narrowing',
  status: 'InviteStatus',
  field: null,
  inviteId: null,
  userId: null,
  expiredAt: null,
  retryAfterSeconds: null,
  dependency: 'Dependency',
  limit: 'Limit',
  max: null,
  http: null,
};

/** Internal capability names that differ from their enum value (`manageUsers`), as whole words. */
const internalNames = new RegExp(`\\b(${capabilityKeys.filter((key) => /[A-Z]/.test(key)).join('|')})\\b`);

const enums = new Map<string, Set<string>>();
const valuesOf = (name: string) => enums.get(name) ?? enums.set(name, enumValues(name)).get(name)!;

export interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown>;
}

/** The problems with how `error` names things: every name must be a value of the schema's enums. */
export function vocabularyProblems(error: ErrorLike): string[] {
  const problems: string[] = [];
  // graphql-js's own messages quote the schema's field names (`mergeOrders`), which are public.
  const fromGraphqlJs = TRANSPORT_CODES.has(String(error.extensions?.code));
  if (!fromGraphqlJs && internalNames.test(error.message)) problems.push(`message uses an internal name: ${error.message}`);
  for (const [key, value] of Object.entries(error.extensions ?? {})) {
    if (!(key in EXTENSIONS)) {
      problems.push(`unknown extensions.${key}`);
      continue;
    }
    const enumName = EXTENSIONS[key];
    if (!enumName) continue;
    for (const item of Array.isArray(value) ? value : [value]) {
      const known = valuesOf(enumName).has(String(item)) || (key === 'code' && TRANSPORT_CODES.has(String(item)));
      if (!known) problems.push(`extensions.${key} = ${JSON.stringify(item)} is not a value of ${enumName}`);
    }
  }
  return problems;
}

/** Throws when any error of a response names a capability, permission or rule outside the schema's enums. */
export function assertVocabulary(errors: readonly ErrorLike[] | undefined): void {
  const problems = (errors ?? []).flatMap(vocabularyProblems);
  if (problems.length > 0) throw new Error(`Error vocabulary: ${problems.join('; ')}`);
}
