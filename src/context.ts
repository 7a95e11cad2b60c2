import type { App } from './app.js';
import type { Transaction } from './db/client.js';
import { unauthenticated } from './errors.js';
import { type Loaders, createLoaders } from './loaders.js';
import { type Viewer, loadViewer } from './modules/auth/viewer.js';

export type { Viewer } from './modules/auth/viewer.js';

/** Built once per request, and once per subscription: the caller and their effective permissions. */
export interface Context {
  readonly app: App;
  loaders: Loaders;
  /** The signed-in member, or null for an anonymous caller. A subscription refreshes it per event. */
  viewer: Viewer | null;
  /** True when a token was sent but names no live session. */
  readonly staleToken: boolean;
  /** Closes the caller's connection (a WebSocket), when there is one to close. */
  readonly closeConnection?: (code: number, reason: string) => void;
}

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
}

export async function createContext(app: App, source: ContextSource): Promise<Context> {
  const loaders = createLoaders(app.db.read);
  const token = bearerToken(source.authorization);
  const viewer = token ? await loadViewer(app, loaders, { token }) : null;
  return { app, loaders, viewer, staleToken: token !== null && viewer === null, closeConnection: source.closeConnection };
}

/**
 * Runs a service's changes in one transaction, then drops the request's cached reads so that the
 * mutation's payload shows the committed state.
 */
export async function mutate<T>(ctx: Context, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const result = await ctx.app.db.transaction(work);
  ctx.loaders = createLoaders(ctx.app.db.read);
  return result;
}

/**
 * The context of a resolver whose root type already required the `member` scope. Scope-auth has
 * decided by then; this only narrows the type (and fails closed if a field is ever misdeclared).
 */
export function asMember(ctx: Context): MemberContext {
  if (!ctx.viewer) throw unauthenticated();
  return ctx as MemberContext;
}
