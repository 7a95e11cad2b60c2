import { SpanKind } from '@opentelemetry/api';
import { Repeater } from 'graphql-yoga';
import type { AuthScopes } from '../../graphql/scopes.js';
import { type Context, type MemberContext, refreshViewer } from '../../request/context.js';
import { asDatabaseOutage } from '../../db/outages.js';
import { forbidden } from '../../errors.js';
import { sessionEnd } from '../auth/sessions.js';
import { membershipEventsSince } from '../audit/service.js';
import type { Capability } from '../permissions/capabilities.js';
import type { EffectivePermissions } from '../permissions/decide.js';
import type { MembershipEvent, PermissionChangeCause, PermissionsEvent, SessionChangedEvent } from './events.js';
import { claimStream } from './caps.js';
import { SocketClose, describeSessionEnd } from './websocket.js';
import { decideScopes } from '../../graphql/decide.js';

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

/** How long a re-check waits for the database to answer again before the stream ends with UNAVAILABLE. */
const RECHECK_PATIENCE_MS = 30_000;

/**
 * Scope-auth's decision on `scopes` for the subscriber as they are now: the refusal, or null. A
 * database that does not answer decides nothing: the re-check is tried again (nothing is delivered
 * meanwhile) and, if the outage outlasts RECHECK_PATIENCE_MS, the stream ends with UNAVAILABLE,
 * never with a refusal or an ended session that did not happen.
 */
async function recheck(ctx: Context, scopes: ScopeMap): Promise<Error | null> {
  const giveUpAt = Date.now() + RECHECK_PATIENCE_MS;
  for (let delay = 250; ; delay = Math.min(delay * 2, 2_000)) {
    try {
      await refreshViewer(ctx);
      await decideScopes(ctx, scopes);
      return null;
    } catch (error) {
      const outage = asDatabaseOutage(error);
      if (!outage) return error as Error;
      if (Date.now() + delay > giveUpAt) throw outage;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

const isSessionChange = (event: unknown): event is SessionChangedEvent => typeof event === 'object' && event !== null && 'change' in event;

const switched = () => forbidden('This session now acts in another account: subscribe again', { rule: 'ACCOUNT_SWITCHED' });

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
 * Calls `fire` each time the session's expiry passes by the app's clock, so its streams end then
 * rather than at their next event; `arm` again once the re-check found the session still live.
 */
function expiryTimer(ctx: Context, fire: () => void) {
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    // The session as last re-checked: a stream outlives any one reading of it.
    const remaining = (ctx.viewer?.sessionExpiresAt.getTime() ?? 0) - ctx.app.now().getTime();
    timer = setTimeout(() => (remaining > MAX_TIMER_MS ? arm() : fire()), Math.min(Math.max(remaining, 0), MAX_TIMER_MS));
    timer.unref();
  };
  arm();
  return { arm, cancel: () => clearTimeout(timer) };
}

const EXPIRED = { expired: true } as const;

/** Subscribes a stream's listener to one source of its events; returns how to unsubscribe. */
export type Source<Event> = (hear: (event: Event) => void) => () => void;

/** What a stream does with its own events, and with the moments it must catch up or end. */
interface StreamHandlers<Event, Value> {
  /** The value an event delivers (null: nothing to tell). */
  deliver(event: Event): Value | null;
  /** What a subscriber who may have missed events since `since` is told, once re-checked. */
  catchUp(since: Date): Promise<Value[]>;
  /** The last value, when the stream ends because of `why`. */
  end(why: StreamEnd): Value;
}

/**
 * A live stream that checks every event before it is delivered: a value goes out only while the
 * session is live, in the account the stream was opened in, and `scopes` still hold for the
 * subscriber; otherwise `end` produces the last value, the stream ends, and if the session itself
 * is gone its socket closes. Session changes (logout, deletion, account switch, expiry) reach the
 * stream at once, not at the next event of its account. After events may have been missed (a Redis
 * outage), the same check runs first, so a revocation made meanwhile is honoured before anything
 * else is sent, and then the subscriber catches up.
 *
 * Its sources call one listener, and the events it hears are handled one at a time, in the order
 * heard: one Repeater per stream, whatever the number of sources.
 */
function guardedStream<Event, Value>(
  ctx: MemberContext,
  scopes: ScopeMap,
  sources: Array<Source<Event>>,
  on: StreamHandlers<Event, Value>,
): AsyncIterable<Value> {
  const release = claimStream(ctx);
  const { metrics, tracing } = ctx.app;
  const accountId = ctx.viewer.account.id;
  const { sessionId } = ctx.viewer;
  // Re-checks find the session by id: the subscription outlives any need for the token.
  ctx.session = { sessionId };
  const stream = new Repeater<Value>(async (push, stop) => {
    const heard: unknown[] = [];
    let wake: (() => void) | undefined;
    const hear = (event: unknown) => {
      heard.push(event);
      wake?.();
    };
    const expiry = expiryTimer(ctx, () => hear(EXPIRED));
    const unlisten = [
      ...sources.map((source) => source(hear)),
      ctx.app.pubsub.listen('session:changed', sessionId, hear),
      ctx.app.missedEvents.subscribe((since) => hear({ missedSince: since })),
      expiry.cancel,
    ];
    let stopped = false;
    void stop.then(() => {
      stopped = true;
      wake?.();
    });
    /** Re-checks the subscriber, then tells them `event` (or ends the stream: true). */
    const handle = async (event: unknown): Promise<boolean> => {
      const why = await endOf(ctx, accountId, sessionId, scopes, event);
      metrics.streamRechecks.inc({ outcome: why ? 'ended' : 'kept' });
      if (why) {
        metrics.streamEvents.inc({ outcome: 'ended' });
        await push(on.end(why));
        stop();
        if (why.cause === 'SESSION_ENDED') ctx.closeConnection?.(SocketClose.UNAUTHORIZED, describeSessionEnd(why.session));
        return true;
      }
      const { missedSince } = event as { missedSince?: Date };
      if (missedSince) {
        metrics.streamEvents.inc({ outcome: 'caught_up' });
        for (const value of await on.catchUp(missedSince)) await push(value);
        return false;
      }
      if (event === EXPIRED) expiry.arm();
      const value = isSessionChange(event) || event === EXPIRED ? null : on.deliver(event as Event);
      metrics.streamEvents.inc({ outcome: value === null ? 'unchanged' : 'delivered' });
      if (value === null) return false;
      await push(value);
      // Every topic's event says when its change was made (`at`, on the publishing instance's clock).
      const { at } = event as { at?: string };
      if (at) metrics.eventDeliverySeconds.observe(Math.max(0, (ctx.app.now().getTime() - Date.parse(at)) / 1000));
      return false;
    };
    try {
      while (!stopped) {
        if (heard.length === 0) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          continue;
        }
        const event = heard.shift();
        // An event published by a traced change carries its trace: this delivery joins it, on any instance.
        const { traceparent } = (event ?? {}) as { traceparent?: string };
        const ended = traceparent
          ? await tracing.inSpan('live deliver', () => handle(event), { kind: SpanKind.CONSUMER, parent: tracing.contextOf(traceparent) })
          : await handle(event);
        if (ended) return;
      }
    } finally {
      for (const stopListening of unlisten) stopListening();
      release();
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
  /** The subscriber's permissions now, as a change from what they were last told. */
  const changeTo = (cause: PermissionChangeCause, at: string) => {
    const now = ctx.viewer!.permissions;
    const diff = { ...change(cause, last, now, at), sessionEnded: null };
    last = now;
    return diff;
  };
  return guardedStream<PermissionsEvent, PermissionsChange>(
    ctx,
    scopes,
    [
      (hear) => app.pubsub.listen('member:permissions', viewer.member.id, hear),
      (hear) => app.pubsub.listen('account:permissions', viewer.account.id, hear),
    ],
    {
      deliver: (event) => {
        const diff = changeTo(event.cause, event.at);
        const same = [diff.capabilitiesAdded, diff.capabilitiesRemoved, diff.permissionsAdded, diff.permissionsRemoved].every(
          (list) => list.length === 0,
        );
        // A change of regions changes what the member reaches, not what they may do: always told.
        return same && event.cause !== 'REGIONS_CHANGED' ? null : diff;
      },
      // Always told, changed or not: what was missed may have been a change of regions.
      catchUp: async () => [changeTo('EVENTS_MISSED', app.now().toISOString())],
      end: (why) => {
        const at = app.now().toISOString();
        if (why.cause === 'ACCOUNT_SWITCHED') {
          return { ...change('ACCOUNT_SWITCHED', last, last, at), permissions: null, sessionEnded: null };
        }
        // A member always holds the stream's scope while their session lives: the session ended.
        return { ...change('SESSION_ENDED', last, null, at), sessionEnded: why.cause === 'SESSION_ENDED' ? why.session : null };
      },
    },
  );
}

/** Membership changes of the subscriber's account, for as long as they may manage users there. */
export function membershipStream(ctx: MemberContext, scopes: ScopeMap): AsyncIterable<MembershipEvent | Error> {
  const { app, viewer } = ctx;
  const openedAt = app.now();
  // Ids of the events told lately, so that a catch-up and the live events around it tell each once.
  const told = new Set<string>();
  const tell = (event: MembershipEvent) => {
    if (told.has(event.id)) return null;
    told.add(event.id);
    if (told.size > RECENTLY_TOLD) told.delete(told.values().next().value!);
    return event;
  };
  return guardedStream<MembershipEvent, MembershipEvent | Error>(
    ctx,
    scopes,
    [(hear) => app.pubsub.listen('account:membership', viewer.account.id, hear)],
    {
      deliver: tell,
      // Every membership event is in the audit log: what was missed is read back from there.
      catchUp: async (since) => {
        const from = new Date(Math.max(openedAt.getTime(), since.getTime() - CATCH_UP_MARGIN_MS));
        return (await membershipEventsSince(app, viewer.account.id, from)).flatMap((event) => tell(event) ?? []);
      },
      end: (why) => why.refusal,
    },
  );
}

/** How many event ids a membership stream remembers having told. */
const RECENTLY_TOLD = 1000;
/**
 * A catch-up reads back from a little before the loss was noticed: a connection can be gone for a
 * heartbeat before it is seen to be, and instances' clocks differ a little.
 */
const CATCH_UP_MARGIN_MS = 10_000;
