import type { Capability } from '../modules/permissions/capabilities.js';
import { capabilitiesIn } from '../modules/permissions/guards.js';

/**
 * Which capabilities a mutation's service decided against the data (`decideScopes`), so the
 * transaction can refuse to commit one its field does not declare: a rule is declared once, next to
 * its field (`authScopes`, or `extensions.decides` for one that depends on the row), and a service
 * that decides anything else fails closed instead of drifting from the schema, the docs and the matrix.
 */
const DECIDED = Symbol('capabilities decided inside the mutation');

type Recording = { [DECIDED]?: Set<Capability> };

/** Starts recording on a mutation's context (see `TransactionPlugin`). */
export const recordDecisions = <C extends object>(ctx: C): C & Recording => Object.assign(ctx, { [DECIDED]: new Set<Capability>() });

export function noteDecided(ctx: object, scopes: Record<string, unknown>) {
  const decided = (ctx as Recording)[DECIDED];
  for (const capability of capabilitiesIn(scopes)) decided?.add(capability);
}

/** The capabilities decided during the mutation that `declared` does not name. */
export const undeclaredDecisions = (ctx: object, declared: readonly Capability[]): Capability[] =>
  [...((ctx as Recording)[DECIDED] ?? [])].filter((capability) => !declared.includes(capability));
