import { Repeater } from 'graphql-yoga';
import type { AuthScopes } from '../../builder.js';
import { type Context, type MemberContext, authorizeNow } from '../../context.js';
import { forbidden } from '../../errors.js';
import { sessionEnd } from '../auth/sessions.js';
import type { Capability } from '../permissions/capabilities.js';
import type { EffectivePermissions } from '../permissions/decide.js';
import type { MembershipEvent, PermissionChangeCause, PermissionsEvent, SessionEndedEvent } from './events.js';
import { SocketClose, describeSessionEnd } from './websocket.js';

type ScopeMap = Partial<AuthScopes>;

/** Why a session's subscriptions ended: a recorded reason, or its expiry. */
export type SessionEnd = SessionEndedEvent['reason'] | 'EXPIRED';

/** Scope-auth's decision on `scopes` for the subscriber as they are now: the refusal, or null. */
async function recheck(ctx: Context, scopes: ScopeMap): Promise<Error | null> {
  try {
    await authorizeNow(ctx, scopes);
    return null;
  } catch (error) {
    return error as Error;
  }
}

/**
 * A live stream that checks every event before it is delivered: `deliver` runs only while `scopes`
 * still hold for the subscriber; otherwise `refuse` produces the last value, the stream ends, and
 * if the session itself is gone its socket closes.
 */
function guardedStream<Event, Value>(
  ctx: MemberContext,
  scopes: ScopeMap,
  sources: Array<AsyncIterable<Event | SessionEndedEvent>>,
  deliver: (event: Event) => Value | null,
  refuse: (refusal: Error, end: SessionEnd | null) => Value,
): AsyncIterable<Value> {
  const accountId = ctx.viewer.account.id;
  const { sessionId } = ctx.viewer;
  // Re-checks find the session by id: the subscription outlives any need for the token.
  ctx.session = { sessionId };
  return new Repeater<Value>(async (push, stop) => {
    const events = Repeater.merge(sources);
    stop.then(() => events.return?.());
    for await (const event of events) {
      // A stream is about the account it was opened in; switchAccount ends it at its next event.
      const refusal =
        (await recheck(ctx, scopes)) ??
        (ctx.viewer?.account.id === accountId
          ? null
          : forbidden('This session now acts in another account: subscribe again', { rule: 'ACCOUNT_SWITCHED' }));
      if (refusal) {
        const end = ctx.viewer ? null : isSessionEnd(event) ? event.reason : await sessionEnd(ctx.app, sessionId);
        await push(refuse(refusal, end));
        stop();
        if (end) ctx.closeConnection?.(SocketClose.UNAUTHORIZED, describeSessionEnd(end));
        return;
      }
      if (isSessionEnd(event)) continue;
      const value = deliver(event as Event);
      if (value !== null) await push(value);
    }
  });
}

const isSessionEnd = (event: unknown): event is SessionEndedEvent =>
  typeof event === 'object' && event !== null && 'reason' in event;

export interface PermissionsChange {
  cause: PermissionChangeCause;
  /** The subscriber's effective permissions now; null once the session has ended. */
  permissions: EffectivePermissions | null;
  capabilitiesAdded: Capability[];
  capabilitiesRemoved: Capability[];
  permissionsAdded: string[];
  permissionsRemoved: string[];
  sessionEnded: SessionEnd | null;
  at: string;
}

const minus = <T>(a: Iterable<T>, b: Iterable<T>) => {
  const exclude = new Set(b);
  return [...a].filter((item) => !exclude.has(item));
};

function change(cause: PermissionChangeCause, before: EffectivePermissions, after: EffectivePermissions | null, at: string) {
  const capabilities = after?.capabilities ?? [];
  const keys = after?.permissionKeys ?? [];
  return {
    cause,
    permissions: after,
    capabilitiesAdded: minus(capabilities, before.capabilities),
    capabilitiesRemoved: minus(before.capabilities, capabilities),
    permissionsAdded: minus(keys, before.permissionKeys),
    permissionsRemoved: minus(before.permissionKeys, keys),
    at,
  };
}

/**
 * The subscriber's own permissions: an event whenever they change (their own edit, an account
 * feature), and a final one with nothing left when the session ends.
 */
export function myPermissionsStream(ctx: MemberContext, scopes: ScopeMap): AsyncIterable<PermissionsChange> {
  const { app, viewer } = ctx;
  let last = viewer.permissions;
  return guardedStream<PermissionsEvent, PermissionsChange>(
    ctx,
    scopes,
    [
      app.pubsub.subscribe('member:permissions', viewer.member.id),
      app.pubsub.subscribe('account:permissions', viewer.account.id),
      app.pubsub.subscribe('session:ended', viewer.sessionId),
    ],
    (event) => {
      const now = ctx.viewer!.permissions;
      const diff = { ...change(event.cause, last, now, event.at), sessionEnded: null };
      const same = [diff.capabilitiesAdded, diff.capabilitiesRemoved, diff.permissionsAdded, diff.permissionsRemoved].every(
        (list) => list.length === 0,
      );
      last = now;
      return same ? null : diff;
    },
    (_refusal, end) => ({
      ...change(end ? 'SESSION_ENDED' : 'ACCOUNT_SWITCHED', last, null, app.now().toISOString()),
      sessionEnded: end,
    }),
  );
}

/** Membership changes of the subscriber's account, for as long as they may manage users. */
export function membershipStream(ctx: MemberContext, scopes: ScopeMap): AsyncIterable<MembershipEvent | Error> {
  const { app, viewer } = ctx;
  return guardedStream<MembershipEvent, MembershipEvent | Error>(
    ctx,
    scopes,
    [app.pubsub.subscribe('account:membership', viewer.account.id), app.pubsub.subscribe('session:ended', viewer.sessionId)],
    (event) => event,
    (refusal) => refusal,
  );
}
