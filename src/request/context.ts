import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { initContextCache } from '@pothos/core';
import { RequestCache } from '@pothos/plugin-scope-auth';
import type { App } from '../app.js';
import type { Db } from '../db/client.js';
import { unauthenticated } from '../errors.js';
import { asDatabaseOutage } from '../db/outages.js';
import { type Loaders, createLoaders } from './loaders.js';
import { noteSeen } from '../modules/auth/last-seen.js';
import { type SessionKey, type Viewer, loadViewer } from '../modules/auth/viewer.js';

export type { Viewer } from '../modules/auth/viewer.js';

/** Built once per request, and once per subscription: the caller and their effective permissions. */
export interface Context {
  readonly app: App;
  loaders: Loaders;
  /** The session the caller presented (a token), or null for an anonymous caller. */
  session: SessionKey | null;
  /** The signed-in member, or null. Reloaded after every mutation and, in a subscription, every event. */
  viewer: Viewer | null;
  /** True when a session was presented but is not live (unknown, expired, ended, member deleted). */
  staleToken: boolean;
  /** Closes the caller's connection (a WebSocket), when there is one to close. */
  readonly closeConnection?: (code: number, reason: string) => void;
  /** Where the request came from: for rate limits and a person's list of sessions. */
  readonly client: Client;
  /** The request's id, in its log lines and its `x-request-id` header. */
  readonly requestId: string;
}

export interface Client {
  /** The peer's IP address, as the socket sees it. */
  readonly address: string | null;
  readonly userAgent: string | null;
}

/** Where an HTTP request (or a WebSocket's upgrade request) came from. */
export const clientOf = (req: IncomingMessage | undefined): Client => ({
  address: req?.socket.remoteAddress ?? null,
  userAgent: req?.headers['user-agent'] ?? null,
});

/** The context once the `member` scope has passed. */
export interface MemberContext extends Context {
  viewer: Viewer;
}

export function bearerToken(authorization: unknown): string | null {
  const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(authorization) : null;
  return match?.[1] ?? null;
}

export interface ContextSource {
  /** The `Authorization` header, or `connectionParams.authorization` on a WebSocket. */
  authorization: unknown;
  closeConnection?: Context['closeConnection'];
  client: Client;
  requestId?: string;
}

export async function createContext(app: App, source: ContextSource): Promise<Context> {
  const token = bearerToken(source.authorization);
  const ctx: Context = {
    app,
    loaders: createLoaders(app.db.read),
    session: token ? { token } : null,
    viewer: null,
    staleToken: false,
    closeConnection: source.closeConnection,
    client: source.client,
    requestId: source.requestId ?? randomUUID(),
  };
  try {
    await refreshViewer(ctx);
  } catch (error) {
    throw asDatabaseOutage(error) ?? error;
  }
  if (ctx.viewer) noteSeen(app, ctx.viewer.sessionId);
  return ctx;
}

/**
 * Reloads the caller as `db` sees them (committed data; inside a mutation, its transaction) and
 * gives scope-auth a fresh cache, so its next decisions use the session and permissions as they are
 * now, not as they were when the request (or the subscription) began.
 */
export async function refreshViewer(ctx: Context, session: SessionKey | null = ctx.session, db: Db = ctx.app.db.read): Promise<void> {
  ctx.session = session;
  ctx.loaders = createLoaders(db);
  ctx.viewer = session ? await loadViewer(ctx.app, db, ctx.loaders, session) : null;
  ctx.staleToken = session !== null && ctx.viewer === null;
  releaseScopeCache(ctx);
  Object.assign(ctx, initContextCache());
}

/**
 * Drops scope-auth's decisions for `ctx` (the next decision starts a fresh cache). They sit in a
 * module-level WeakMap whose entry refers back to the context, and V8's young-generation
 * collections do not clear such an entry: left there, every request's context with its loaders and
 * rows survived into the old generation until the next full collection (1,000 guarded fields cost a
 * third more CPU, mostly garbage collection). Called by `refreshViewer` (a new request, each
 * mutation's transaction, a stream's re-check) and once a query or mutation has its result; a
 * subscription's last entry goes when its context is collected.
 */
export function releaseScopeCache(ctx: Context): void {
  RequestCache.clearForContext(ctx);
}

/**
 * The context of a resolver whose root type already required the `member` scope. Scope-auth has
 * decided by then; this only narrows the type (and fails closed if a field is ever misdeclared).
 */
export function asMember(ctx: Context): MemberContext {
  if (!ctx.viewer) throw unauthenticated();
  return ctx as MemberContext;
}
