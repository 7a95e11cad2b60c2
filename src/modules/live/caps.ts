import type { App } from '../../app.js';
import type { MemberContext } from '../../request/context.js';
import { RosterError } from '../../errors.js';

/** The caps on live connections, named in `extensions.limit` when one refuses. */
export const StreamLimit = {
  SUBSCRIPTIONS_PER_SOCKET: 'Subscriptions open on one WebSocket',
  SUBSCRIPTIONS_PER_SESSION: 'Subscriptions (WebSocket and SSE) open for one session',
  SUBSCRIPTIONS_PER_PERSON: 'Subscriptions (WebSocket and SSE) open for one person, all sessions together',
} as const;
export type StreamLimit = keyof typeof StreamLimit;

export const tooMany = (limit: StreamLimit, max: number) =>
  new RosterError('BAD_REQUEST', `Too many subscriptions: at most ${max} (limit ${limit}); end one first`, { limit, max });

/** What this instance has open, per session and per person (each instance caps its own). */
interface Open {
  streamsBySession: Map<string, number>;
  streamsByPerson: Map<string, number>;
  socketsBySession: Map<string, number>;
  /** Streams by transport, for the metrics (`websocket`, `sse`). */
  streamsByTransport: Map<string, number>;
}
const perApp = new WeakMap<App, Open>();
const openOn = (app: App) =>
  perApp.get(app) ??
  perApp
    .set(app, { streamsBySession: new Map(), streamsByPerson: new Map(), socketsBySession: new Map(), streamsByTransport: new Map() })
    .get(app)!;

/** Streams open on this instance, by transport. */
export const openStreams = (app: App): Array<[{ transport: string }, number]> =>
  ['websocket', 'sse'].map((transport) => [{ transport }, openOn(app).streamsByTransport.get(transport) ?? 0]);

const add = (counts: Map<string, number>, key: string, by: number) => {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
};

/** Counts a subscription of the caller, or refuses it beyond a cap; the returned function releases it (once). */
export function claimStream(ctx: MemberContext): () => void {
  const { perSession, perPerson } = ctx.app.config.streams;
  const open = openOn(ctx.app);
  const { sessionId } = ctx.viewer;
  const personId = ctx.viewer.person.id;
  if ((open.streamsBySession.get(sessionId) ?? 0) >= perSession) throw tooMany('SUBSCRIPTIONS_PER_SESSION', perSession);
  if ((open.streamsByPerson.get(personId) ?? 0) >= perPerson) throw tooMany('SUBSCRIPTIONS_PER_PERSON', perPerson);
  // Only a WebSocket's context can close its connection.
  const transport = ctx.closeConnection ? 'websocket' : 'sse';
  add(open.streamsBySession, sessionId, 1);
  add(open.streamsByPerson, personId, 1);
  add(open.streamsByTransport, transport, 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    add(open.streamsBySession, sessionId, -1);
    add(open.streamsByPerson, personId, -1);
    add(open.streamsByTransport, transport, -1);
  };
}

/** Counts a WebSocket of a session; null beyond MAX_SOCKETS_PER_SESSION. */
export function claimSocket(app: App, sessionId: string): (() => void) | null {
  const open = openOn(app);
  if ((open.socketsBySession.get(sessionId) ?? 0) >= app.config.streams.socketsPerSession) return null;
  add(open.socketsBySession, sessionId, 1);
  let released = false;
  return () => {
    if (!released) add(open.socketsBySession, sessionId, -1);
    released = true;
  };
}
