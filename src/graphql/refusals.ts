import { AuthScopeFailureType, type AuthFailure } from '@pothos/plugin-scope-auth';
import { forbidden, unauthenticated } from '../errors.js';
import { type Capability, capabilityKeys, capabilityName, featureName } from '../modules/permissions/capabilities.js';
import { entriesGranting } from '../modules/permissions/catalog.js';
import type { Context } from '../request/context.js';

const isCapability = (scope: string): scope is Capability => (capabilityKeys as string[]).includes(scope);

/** The capability scopes that failed, in the order they were tried. */
function missingCapabilities(failure: AuthFailure): Capability[] {
  switch (failure.kind) {
    case AuthScopeFailureType.AuthScope:
      return isCapability(failure.scope) ? [failure.scope] : [];
    case AuthScopeFailureType.AnyAuthScopes:
    case AuthScopeFailureType.AllAuthScopes:
      return failure.failures.flatMap(missingCapabilities);
    default:
      return [];
  }
}

/** FORBIDDEN naming the missing capability and why the caller lacks it; UNAUTHENTICATED without a session. */
export function unauthorizedError(ctx: Context, failure: AuthFailure) {
  if (!ctx.viewer) {
    return ctx.staleToken ? unauthenticated('The session token is invalid, expired or ended: sign in again') : unauthenticated();
  }
  const [capability] = missingCapabilities(failure);
  if (!capability) return forbidden('Not allowed');
  const decision = ctx.viewer.permissions.explain(capability);
  const granting = entriesGranting(capability);
  const why =
    decision.reason === 'RESTRICTED'
      ? `removed by ${decision.restrictedBy.join(', ')}`
      : decision.reason === 'FEATURE_DISABLED'
        ? `the account feature ${featureName(decision.feature!)} is off`
        : decision.reason === 'REQUIRES_OTHER_CAPABILITY'
          ? `it counts only together with ${capabilityName(decision.requires!)}`
          : `granted by ${granting.map((entry) => `${entry.key} ("${entry.name}")`).join(' or ')}`;
  return forbidden(`Missing capability ${capabilityName(capability)}: ${why}`, {
    capability: capabilityName(capability),
    reason: decision.reason,
    grantedBy: granting.map((entry) => entry.key),
    restrictedBy: decision.restrictedBy,
  });
}
