import type { Capability } from '../modules/permissions/capabilities.js';
import type { Context } from '../request/context.js';
import { builder } from './builder.js';
import { noteDecided } from './decided.js';
import { unauthorizedError } from './refusals.js';
import type { AuthScopes } from './scopes.js';

/**
 * Has scope-auth decide `scopes` for the caller as the context holds them (after `refreshViewer`
 * when they may have changed), and throws its refusal. For the decisions a service makes against a
 * row, and for a stream re-checking its subscriber.
 */
export async function decideScopes(ctx: Context, scopes: Partial<AuthScopes>): Promise<void> {
  noteDecided(ctx, scopes);
  await builder.runAuthScopes(ctx, scopes, (result) => unauthorizedError(ctx, result.failure));
}

/** Has scope-auth decide all of `capabilities` (none: nothing to decide), as `decideScopes` does. */
export async function decideCapabilities(ctx: Context, capabilities: readonly Capability[]): Promise<void> {
  const wanted = [...new Set(capabilities)];
  if (wanted.length)
    await decideScopes(ctx, { $all: Object.fromEntries(wanted.map((capability) => [capability, true])) } as Partial<AuthScopes>);
}
