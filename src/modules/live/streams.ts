import { Repeater } from 'graphql-yoga';
import type { AuthScopes } from '../../builder.js';
import { type Context, type MemberContext, authorizeNow } from '../../context.js';
import { forbidden } from '../../errors.js';
import { sessionEnd } from '../auth/sessions.js';
import type { Capability } from '../permissions/capabilities.js';
import type { EffectivePermissions } from '../permissions/decide.js';
import type { MembershipEvent, PermissionChangeCause, PermissionsEvent, SessionChangedEvent } from './events.js';
import { claimStream } from './caps.js';
import { SocketClose, describeSessionEnd } from './websocket.js';

type ScopeMap = Partial<AuthScopes>;

/** Why a session's subscriptions ended: a recorded reason, or its expiry. */
export type SessionEnd = Extract<SessionChangedEvent, { change: 'ENDED' }>['reason'] | 'EXPIRED';

/**
 * Why a stream ends, decided in this order: the session moved to another account (whatever the
 * member holds there); the session is gone; the stream's scopes no longer hold.
 */
export type StreamEnd =
  | { cause: 'ACCOUNT_SWITCHED'; refusal: Error }
  | { cause: 'SESSION_ENDED'; session: SessionEnd; refusal: Error }
  | { cause: 'REFUSED'; refusal: Error };

/** Scope-auth's decision on `scopes` for the subscriber as they are now: the refusal, or null. */
async function recheck(ctx: Context, scopes: ScopeMap): Promise<Error | null> {
  try {
    await authorizeNow(ctx, scopes);
    return null;
  } catch (error) {
    return error as Error;
  }
}

const isSessionChange = (event: unknown): event is SessionChangedEvent =>
  typeof event === 'object' && event !== null && 'change' in event;

const switched = () =>
  forbidden('This session now acts in another account: subscribe again', { rule: 'ACCOUNT_SWITCHED' });

async function endOf(ctx: Context, accountId: string, sessionId: string, scopes: ScopeMap, event: unknown) {
  const refusal = await recheck(ctx, scopes);
  const leftAccount = isSessionChange(event) && event.change === 'SWITCHED' && event.accountId !== accountId;
  if (ctx.viewer && (leftAccount || ctx.viewer.account.id !== accountId)) {
    return { cause: 'ACCOUNT_SWITCHED', refusal: switched() } satisfies StreamEnd;
  }
  if (!ctx.viewer) {
    const session = isSessionChange(event) && event.change === 'ENDED' ? event.reason : await sessionEnd(ctx.app, sessionId);
    return { cause: 'SESSION_ENDED', session, refusal: refusal! } satisfies StreamEnd;
  }
  return refusal ? ({ cause: 'REFUSED', refusal } satisfies StreamEnd) : null;
}

/** setTimeout's longest delay; longer waits are taken in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * An event each time the session's expiry passes by the app's clock, so its streams end then
 * rather than at their next event. It fires again if the re-check finds the session still live.
 */
function expiry(ctx: MemberContext): Repeater<{ expired: true }> {
  const expiresAt = ctx.viewer.sessionExpiresAt.getTime();
  return new Repeater(async (push, stop) => {
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    stop.then(() => {
      stopped = true;
      clearTimeout(timer);
    });
    const arm = () => {
      if (stopped) return;
      const remaining = expiresAt - ctx.app.now().getTime();
      const fire = () => (remaining > MAX_TIMER_MS ? arm() : void push({ expired: true }).then(arm));
      timer = setTimeout(fire, Math.min(Math.max(remaining, 0), MAX_TIMER_MS));
      timer.unref();
    };
    arm();
    await stop;
  });
}

/**
 * A live stream that checks every event before it is delivered: `deliver` runs only while the
 * session is live, in the account the stream was opened in, and `scopes` still hold for the
 * subscriber; otherwise `end` produces the last value, the stream ends, and if the session itself
 * is gone its socket closes. Session changes (logout, deletion, account switch, expiry) reach the
 * stream at once, not at the next event of its account.
 */
function guardedStream<Event, Value>(
  ctx: MemberContext,
  scopes: ScopeMap,
  sources: Array<AsyncIterable<Event>>,
  deliver: (event: Event) => Value | null,
  end: (why: StreamEnd) => Value,
): AsyncIterable<Value> {
  const release = claimStream(ctx);
  const accountId = ctx.viewer.account.id;
  const { sessionId } = ctx.viewer;
  // Re-checks find the session by id: the subscription outlives any need for the token.
  ctx.session = { sessionId };
  const sessionChanges = ctx.app.pubsub.subscribe('session:changed', sessionId);
  const stream = new Repeater<Value>(async (push, stop) => {
    const events = Repeater.merge<unknown>([...sources, sessionChanges, expiry(ctx)]);
    stop.then(() => {
      release();
      return events.return?.();
    });
    for await (const event of events) {
      const why = await endOf(ctx, accountId, sessionId, scopes, event);
      if (why) {
        await push(end(why));
        stop();
        if (why.cause === 'SESSION_ENDED') ctx.closeConnection?.(SocketClose.UNAUTHORIZED, describeSessionEnd(why.session));
        return;
      }
      if (isSessionChange(event) || (event as { expired?: true }).expired) continue;
      const value = deliver(event as Event);
      if (value !== null) await push(value);
    }
  });
  // A stream ended before it was ever read still gives its place back.
  const finish = stream.return.bind(stream);
  stream.return = (value) => {
    release();
    return finish(value);
  };
  return stream;
}

export interface PermissionsChange {
  cause: PermissionChangeCause;
  /** The subscriber's effective permissions now; null in a final event. */
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
 * feature), and a final one when the session ends (nothing left) or moves to another account
 * (nothing changed here: the stream was about the account it left).
 */
export function myPermissionsStream(ctx: MemberContext, scopes: ScopeMap): AsyncIterable<PermissionsChange> {
  const { app, viewer } = ctx;
  let last = viewer.permissions;
  return guardedStream<PermissionsEvent, PermissionsChange>(
    ctx,
    scopes,
    [app.pubsub.subscribe('member:permissions', viewer.member.id), app.pubsub.subscribe('account:permissions', viewer.account.id)],
    (event) => {
      const now = ctx.viewer!.permissions;
      const diff = { ...change(event.cause, last, now, event.at), sessionEnded: null };
      const same = [diff.capabilitiesAdded, diff.capabilitiesRemoved, diff.permissionsAdded, diff.permissionsRemoved].every(
        (list) => list.length === 0,
      );
      last = now;
      // A change of regions changes what the member reaches, not what they may do: always told.
      return same && event.cause !== 'REGIONS_CHANGED' ? null : diff;
    },
    (why) => {
      const at = app.now().toISOString();
      if (why.cause === 'ACCOUNT_SWITCHED') {
        return { ...change('ACCOUNT_SWITCHED', last, last, at), permissions: null, sessionEnded: null };
      }
      // A member always holds the stream's scope while their session lives: the session ended.
      return { ...change('SESSION_ENDED', last, null, at), sessionEnded: why.cause === 'SESSION_ENDED' ? why.session : null };
    },
  );
}

/** Membership changes of the subscriber's account, for as long as they may manage users there. */
export function membershipStream(ctx: MemberContext, scopes: ScopeMap): AsyncIterable<MembershipEvent | Error> {
  const { app, viewer } = ctx;
  return guardedStream<MembershipEvent, MembershipEvent | Error>(
    ctx,
    scopes,
    [app.pubsub.subscribe('account:membership', viewer.account.id)],
    (event) => event,
    (why) => why.refusal,
  );
}
