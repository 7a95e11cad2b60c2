import { type PubSub, createPubSub } from 'graphql-yoga';
import type { AuditAction } from '../audit/index.js';
import type { SessionEndReason } from '../auth/index.js';

/** Why a member's effective permissions may have changed. */
export const PermissionChangeCause = {
  PERMISSIONS_EDITED: "The member's permission sets or toggles were edited",
  ACCOUNT_FEATURES_CHANGED: 'An account feature that gates capabilities was switched',
  REGIONS_CHANGED: "The member's geographic regions changed: with geographic permissions on, they reach other connections",
  SESSION_ENDED: 'The session ended (logout, deletion of the member, expiry): no permissions remain',
  ACCOUNT_SWITCHED: 'The session moved to another account; this stream was about the previous one and ends',
  EVENTS_MISSED:
    'Redis, which carries events between instances, was unreachable, so changes may have gone unannounced: these are your permissions as they are now',
} as const;
export type PermissionChangeCause = keyof typeof PermissionChangeCause;

export interface PermissionsEvent {
  cause: PermissionChangeCause;
  /** ISO-8601: payloads stay plain JSON, as a Redis event target will carry them. */
  at: string;
}

/** One change to an account's membership, as the audit log records it. */
export interface MembershipEvent {
  id: string;
  accountId: string;
  action: AuditAction;
  actorId: string | null;
  targetId: string | null;
  inviteId: string | null;
  at: string;
}

/** A session ended (its sockets close), or moved to another account (its streams end). */
export type SessionChangedEvent =
  { change: 'ENDED'; reason: SessionEndReason; at: string } | { change: 'SWITCHED'; accountId: string; at: string };

/**
 * Every topic Roster publishes, each keyed by the id of who should hear it. Published only after
 * the transaction that caused it commits (see `publishAfterCommit`). A Redis event target can be
 * passed to `createRosterPubSub` to carry them between instances without touching the modules.
 */
export type Topics = {
  /** A member's own permissions changed. */
  'member:permissions': [memberId: string, event: PermissionsEvent];
  /** Something that gates every member's permissions changed (account features). */
  'account:permissions': [accountId: string, event: PermissionsEvent];
  /** Invites, acceptances, expiries, permission edits and deletions in an account. */
  'account:membership': [accountId: string, event: MembershipEvent];
  /** A session ended or switched accounts: its streams get a final event at once. */
  'session:changed': [sessionId: string, event: SessionChangedEvent];
};

export interface RosterPubSub extends PubSub<Topics> {
  /**
   * Calls `hear` with each event of `topic` for `id` until the returned function is called: a plain
   * listener on the event target, for streams that hear several topics (a Repeater per topic and
   * per stream cost every idle socket kilobytes, and every event a chain of promises).
   */
  listen<K extends keyof Topics>(topic: K, id: Topics[K][0], hear: (event: Topics[K][1]) => void): () => void;
}

/**
 * Tells when events may have been lost between instances (Redis was away): `since` is when the loss
 * began. Every open stream then re-checks its subscriber against the database. In one process no
 * event can be lost, and nothing is ever told.
 */
export interface MissedEvents {
  subscribe(tell: (since: Date) => void): () => void;
}

export const NO_MISSED_EVENTS: MissedEvents = { subscribe: () => () => {} };

/**
 * Events within one process: listeners by event name, a Set each. Every subscriber of an account
 * listens under the same name, and Node's EventTarget checks each new listener against all the
 * others of its name (10,000 subscribers: 50 million comparisons, 5 % of a fan-out's CPU).
 */
function inProcessEventTarget(): EventTarget {
  const listeners = new Map<string, Set<EventListener>>();
  return {
    addEventListener(name: string, listener: EventListener | null) {
      if (!listener) return;
      const named = listeners.get(name);
      if (named) named.add(listener);
      else listeners.set(name, new Set([listener]));
    },
    removeEventListener(name: string, listener: EventListener | null) {
      const named = listeners.get(name);
      if (listener && named?.delete(listener) && named.size === 0) listeners.delete(name);
    },
    dispatchEvent(event: Event) {
      // Every listener hears the event; one that throws fails the publish after the others have.
      let failure: unknown;
      for (const listener of listeners.get(event.type) ?? []) {
        try {
          listener(event);
        } catch (error) {
          failure ??= error;
        }
      }
      if (failure !== undefined) throw failure;
      return true;
    },
  } as EventTarget;
}

/** In-process by default; a Redis event target carries the same topics between instances. */
export function createRosterPubSub(config?: Parameters<typeof createPubSub<Topics>>[0]): RosterPubSub {
  const eventTarget = config?.eventTarget ?? inProcessEventTarget();
  return {
    ...createPubSub<Topics>({ ...config, eventTarget }),
    listen(topic, id, hear) {
      // The event name yoga's pub/sub publishes under: `${topic}:${id}`.
      const name = `${topic}:${id}`;
      const listener = (event: Event) => hear((event as CustomEvent).detail);
      eventTarget.addEventListener(name, listener);
      return () => eventTarget.removeEventListener(name, listener);
    },
  };
}
