import type { IncomingMessage, Server } from 'node:http';
import { type DocumentNode, GraphQLError } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaInitialContext, YogaServerInstance } from 'graphql-yoga';
import { type WebSocket, WebSocketServer } from 'ws';
import type { App } from '../../app.js';
import { type Context, type ContextSource, bearerToken, clientOf } from '../../request/context.js';
import { createLoaders } from '../../request/loaders.js';
import { type Viewer, loadViewer } from '../auth/viewer.js';
import { asDatabaseOutage } from '../../db/outages.js';
import { claimSocket, tooMany } from './caps.js';
import { requestIdOf } from '../../http/request-log.js';

/**
 * Close codes Roster uses on WebSockets, graphql-ws's own and the WebSocket standard's. Clients
 * of graphql-ws treat 4401 as final (no reconnect with the same token) and may retry after 4403.
 * Besides these: 4408 (no connection_init in time) from graphql-ws, 1009 (message too big) from ws.
 */
export const SocketClose = {
  /** No token in `connectionParams.authorization`, or the session ended while connected. */
  UNAUTHORIZED: CloseCode.Unauthorized,
  /** The token names no live session (unknown, expired, logged out, member deleted). */
  FORBIDDEN: CloseCode.Forbidden,
  /** The session already has MAX_SOCKETS_PER_SESSION sockets open (the standard's Policy Violation). */
  TOO_MANY: 1008,
  /** The database did not answer while the session was checked: connect again shortly (the standard's Try Again Later). */
  TRY_AGAIN_LATER: 1013,
} as const;

type Subscriptions = Record<string, unknown>;

/** Where the context of a request or a socket finds its token, and how to close the socket. */
export function contextSourceOf(
  initial: YogaInitialContext & {
    req?: IncomingMessage;
    socket?: WebSocket;
    connectionParams?: Record<string, unknown>;
    subscriptions?: Subscriptions;
  },
): ContextSource {
  const { socket, subscriptions } = initial;
  const client = clientOf(initial.req);
  if (!socket || !subscriptions)
    return { authorization: initial.request.headers.get('authorization'), client, requestId: requestIdOf(initial.request) };
  return {
    client,
    authorization: initial.connectionParams?.authorization,
    closeConnection: (code, reason) => closeWhenIdle(socket, subscriptions, code, reason),
  };
}

/**
 * Closes the socket once its subscriptions have finished, so each can send its final event and
 * graphql-ws's `complete` first; after a second it closes regardless.
 */
function closeWhenIdle(socket: WebSocket, subscriptions: Subscriptions, code: number, reason: string) {
  const deadline = Date.now() + 1000;
  const attempt = () => {
    if (socket.readyState !== socket.OPEN) return;
    if (Object.keys(subscriptions).length === 0 || Date.now() > deadline) socket.close(code, reason);
    else setTimeout(attempt, 5).unref();
  };
  attempt();
}

/**
 * graphql-ws on the same port and path as HTTP. A socket is authenticated once, in
 * `connection_init`; each subscription then re-checks the session on every event (streams.ts), and
 * the socket closes as soon as its session ends.
 */
export function serveWebSockets(app: App, server: Server, yoga: YogaServerInstance<object, Context>) {
  // A larger message closes the socket with 1009 before it is parsed, connection_init included.
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint, maxPayload: app.config.wsMaxMessageBytes });
  const stopWatching = new WeakMap<WebSocket, () => void>();
  // Counted as subscribe messages arrive, not as subscriptions start: a burst cannot slip past.
  const { perSocket } = app.config.streams;
  const subscribed = new WeakMap<WebSocket, Set<string>>();
  const idsOf = (socket: WebSocket) => subscribed.get(socket) ?? subscribed.set(socket, new Set()).get(socket)!;
  wss.on('connection', refuseServerMessages);

  const disposable = useServer<Record<string, unknown>>(
    {
      // Internal errors never reach a client, whatever NODE_ENV says.
      isProd: true,
      // A socket that does not authenticate in time is closed with 4408.
      connectionInitWaitTimeout: app.config.wsInitTimeoutMs,
      execute: (args: any) => args.rootValue.execute(args),
      subscribe: (args: any) => args.rootValue.subscribe(args),
      onConnect: async (ctx) => {
        const { socket } = ctx.extra;
        const token = bearerToken(ctx.connectionParams?.authorization);
        if (!token) {
          socket.close(SocketClose.UNAUTHORIZED, 'Unauthorized: send connectionParams.authorization = "Bearer <token>"');
          return false;
        }
        let viewer: Viewer | null;
        try {
          viewer = await loadViewer(app, app.db.read, createLoaders(app.db.read), { token });
        } catch (error) {
          if (!asDatabaseOutage(error)) throw error;
          socket.close(SocketClose.TRY_AGAIN_LATER, 'Try again later: the database is not answering');
          return false;
        }
        if (!viewer) {
          socket.close(SocketClose.FORBIDDEN, 'Forbidden: the session token is invalid, expired or ended');
          return false;
        }
        const release = claimSocket(app, viewer.sessionId);
        if (!release) {
          const max = app.config.streams.socketsPerSession;
          socket.close(SocketClose.TOO_MANY, `Too many sockets for this session: at most ${max} (MAX_SOCKETS_PER_SESSION)`);
          return false;
        }
        const stop = closeWhenSessionEnds(app, viewer.sessionId, socket, ctx.subscriptions);
        stopWatching.set(socket, () => {
          stop();
          release();
        });
        // Acknowledged only once the session's end is heard from every instance: a logout right after
        // connecting still closes the socket at once.
        await app.eventsListening();
        return true;
      },
      onClose: (ctx) => stopWatching.get(ctx.extra.socket)?.(),
      onComplete: (ctx, id) => void idsOf(ctx.extra.socket).delete(id),
      onSubscribe: async (ctx, id, payload) => {
        const ids = idsOf(ctx.extra.socket);
        if (ids.size >= perSocket) return [tooMany('SUBSCRIPTIONS_PER_SOCKET', perSocket)];
        ids.add(id);
        const refuse = (errors: readonly GraphQLError[]) => {
          ids.delete(id);
          return errors;
        };
        const enveloped = yoga.getEnveloped({ ...ctx, req: ctx.extra.request, socket: ctx.extra.socket, params: payload });
        let document: DocumentNode;
        try {
          document = enveloped.parse(payload.query);
        } catch (error) {
          // A malformed query fails its own subscription, not the socket and its other subscriptions.
          return refuse([error instanceof GraphQLError ? error : new GraphQLError('The query could not be parsed')]);
        }
        const errors = enveloped.validate(enveloped.schema, document);
        if (errors.length > 0) return refuse(errors);
        let contextValue: Context;
        try {
          contextValue = await enveloped.contextFactory();
        } catch (error) {
          // The database did not answer: this subscription fails, typed; the socket stays open.
          if (error instanceof GraphQLError) return refuse([error]);
          throw error;
        }
        return {
          schema: enveloped.schema,
          operationName: payload.operationName,
          document,
          variableValues: payload.variables,
          contextValue,
          rootValue: { execute: enveloped.execute, subscribe: enveloped.subscribe },
        };
      },
    },
    wss,
  );
  // A socket error (a message over the size limit: ws has already closed with 1009) goes to the
  // structured log, not graphql-ws's console line.
  wss.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (error) => {
      app.logger.warn('WebSocket closed on error', { reason: error.message });
      if (socket.readyState === socket.OPEN) socket.close(1011, 'Internal server error');
    });
  });
  return {
    /** Sockets open now. */
    open: () => wss.clients.size,
    close: async () => {
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** Messages only a server sends; graphql-ws would treat one from a client as its own failure (4500). */
const SERVER_MESSAGES = new Set(['connection_ack', 'next', 'error']);

/**
 * Registered before graphql-ws's own listener, so it sees each message first: a client sending a
 * server's message is answered as the client error it is (4400), not as an internal one.
 */
function refuseServerMessages(socket: WebSocket) {
  const on = socket.on.bind(socket);
  socket.on = ((event: string, listener: (...args: unknown[]) => void) => {
    if (event !== 'message') return on(event, listener);
    return on('message', (data: unknown, ...rest: unknown[]) => {
      let type: unknown;
      try {
        type = (JSON.parse(String(data)) as { type?: unknown })?.type;
      } catch {
        // not JSON: graphql-ws refuses it itself
      }
      if (typeof type === 'string' && SERVER_MESSAGES.has(type)) {
        socket.close(CloseCode.BadRequest, `Invalid message received: a client does not send ${type}`);
        return;
      }
      listener(data, ...rest);
    });
  }) as typeof socket.on;
}

/** Closes the socket when its session ends, once its subscriptions have sent their final events. */
function closeWhenSessionEnds(app: App, sessionId: string, socket: WebSocket, subscriptions: Subscriptions) {
  const unlisten = app.pubsub.listen('session:changed', sessionId, (event) => {
    if (event.change !== 'ENDED') return;
    unlisten();
    closeWhenIdle(socket, subscriptions, SocketClose.UNAUTHORIZED, describeSessionEnd(event.reason));
  });
  return unlisten;
}

export const describeSessionEnd = (end: string) => `Session ended: ${end.toLowerCase().replace(/_/g, ' ')}`;
