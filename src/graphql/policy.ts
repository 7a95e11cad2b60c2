import type { Capability } from '../modules/permissions/capabilities.js';
import type { Context } from '../request/context.js';
import { decideCapabilities } from './decide.js';
import type { AuthScopes } from './scopes.js';

/**
 * A guarded operation's rule, declared once and read from both sides: the field spreads `field`
 * (its `authScopes`, and in `extensions.decides` the capabilities that depend on the row), and the
 * service calls `decide` once it has read the row. `decide` takes only a capability the policy
 * declares, and the mutation's transaction refuses to commit any other (src/graphql/decided.ts).
 */
export interface Policy<D extends Capability = Capability> {
  readonly field: { authScopes: Partial<AuthScopes>; extensions?: { decides: readonly D[] } };
  /**
   * Has scope-auth decide, for the caller now (inside the mutation's transaction), all of
   * `capabilities`, or all the policy declares when none are named; throws its refusal.
   */
  decide(ctx: Context, ...capabilities: D[]): Promise<void>;
}

export function policy<const D extends Capability = never>(authScopes: Partial<AuthScopes>, decides: readonly D[] = []): Policy<D> {
  return {
    field: decides.length ? { authScopes, extensions: { decides } } : { authScopes },
    async decide(ctx, ...capabilities) {
      await decideCapabilities(ctx, capabilities.length ? capabilities : decides);
    },
  };
}
