import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { SpanKind } from '@opentelemetry/api';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import { GRAPHIQL_OPTIONS } from './graphiql.js';
import { type App, type AppOptions, createApp } from '../app.js';
import { type Config, SettingError } from '../config.js';
import { type Context, createContext } from '../request/context.js';
import { useInputErrorCodes, useNoNulCharacters } from './input-errors.js';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GRAPHIQL_POLICY, corsFor, setSecurityHeaders, useJsonBodiesOnly } from './security-headers.js';
import { useQueryLimits } from '../security/query-limits.js';
import { useNoSuggestions } from '../security/suggestions.js';
import { useRequestLog } from './request-log.js';
import { useBodyLimit } from './body-limit.js';
import { useOutageErrors } from './outage-errors.js';
import { useScopeCacheRelease } from './scope-cache.js';
import { watchInviteExpiry } from '../modules/invites/expiry.js';
import { contextSourceOf, serveWebSockets } from '../modules/live/websocket.js';
import { acceptInvitePage } from '../modules/invites/accept-page.js';
import { identityPages } from '../modules/identity/pages.js';
import type { HtmlPage } from '../lib/html-page.js';
import { watchLastSeen } from '../modules/auth/last-seen.js';
import { deliverMail } from '../modules/mail/delivery.js';
import { STYLE_IMAGES_PATH, serveStyleImage } from '../modules/styles/images.js';
import { schema } from '../graphql/schema.js';
import { METRICS_PATH, listenForScrapes, metricsHandler } from '../observability/endpoint.js';
import { sampleInstance } from '../observability/samples.js';
import { useOperationSpans } from '../observability/operation-spans.js';

function createRosterYoga(app: App, options: { schema?: GraphQLSchema } = {}) {
  return createYoga<object, Context>({
    schema: options.schema ?? schema,
    context: (initial) => createContext(app, contextSourceOf(initial)),
    graphiql: app.config.graphiql ? GRAPHIQL_OPTIONS : false,
    renderGraphiQL,
    // Anything that is not a typed RosterError reaches clients as "Unexpected error." with no details.
    maskedErrors: true,
    // Enforced by useBodyLimit, without a stream per request.
    maxRequestBodySize: false,
    cors: corsFor(app.config.corsOrigins),
    plugins: [
      useJsonBodiesOnly(),
      useBodyLimit(app.config.maxRequestBodyBytes),
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      useQueryLimits(app.config.queryLimits),
      useNoNulCharacters(),
      ...(app.config.introspection ? [] : [useDisableIntrospection(), useNoSuggestions()]),
      useInputErrorCodes(),
      useOutageErrors(app),
      useRequestLog(app),
      useOperationSpans(app),
      useScopeCacheRelease(),
    ],
    logging: app.logger,
  });
}

/** Listens on `port`; a port that is taken or not allowed is a PORT problem. */
function listen(server: Server, port: number) {
  return new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be listened on (${error.code ?? error.message})`;
      reject(new SettingError('PORT', `${port} ${why}: set PORT to a free port, or 0 for any`));
    });
    server.listen(port, resolve);
  });
}

export interface Roster {
  readonly app: App;
  readonly server: Server;
  /** The GraphQL endpoint, e.g. http://localhost:4000/graphql */
  readonly url: string;
  /** Where Prometheus scrapes, when metrics are on (METRICS_PORT or METRICS_TOKEN). */
  readonly metricsUrl: string | null;
  /**
   * Stops gracefully: no new connections, WebSockets closed with 1001 (Going Away), in-flight
   * requests finished (cut after SHUTDOWN_GRACE_SECONDS), then the database and Redis closed.
   */
  close(): Promise<void>;
}

export interface RosterOptions extends AppOptions {
  /**
   * Another schema from the same builder; only the benchmark uses it, to measure authorization by
   * serving `builder.toSchema({ disableScopeAuth: true })` beside the real one.
   */
  schema?: GraphQLSchema;
}

/** A response that is (or asks to be) a server-sent event stream. */
const isEventStream = (res: ServerResponse) => Boolean(res.req.headers.accept?.includes('text/event-stream'));

/** Roster's own pages, which emailed links open. */
const PAGES: Record<string, HtmlPage> = { '/invite': acceptInvitePage, ...identityPages };

const json = (res: ServerResponse, status: number, body: object, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers }).end(JSON.stringify(body));

/**
 * `/health`: the process is alive. `/ready`: the database (and Redis, when configured) answer within
 * a second, and the instance is not shutting down.
 */
async function probe(app: App, path: string, res: ServerResponse) {
  if (path === '/health') return json(res, 200, { status: 'ok' });
  if (app.draining.aborted) return json(res, 503, { status: 'draining' });
  try {
    await app.ready();
    json(res, 200, { status: 'ready' });
  } catch (error) {
    app.logger.warn('not ready', error);
    json(res, 503, { status: 'unavailable' });
  }
}

/** A request that arrives, on a kept-alive connection, once the instance is shutting down: another instance answers it. */
const refuseWhileDraining = (res: ServerResponse) =>
  json(
    res,
    503,
    {
      errors: [
        { message: 'This instance is shutting down: send the request again', extensions: { code: 'UNAVAILABLE', retryAfterSeconds: 0 } },
      ],
    },
    { connection: 'close', 'retry-after': '0' },
  );

/** Opens (and migrates) the database and serves GraphQL on `config.port` (0 picks a free port). */
export async function startRoster(config: Config, options: RosterOptions = {}): Promise<Roster> {
  const app = await createApp(config, options);
  const yoga = createRosterYoga(app, options);
  // Responses being written, so a shutdown can tell their connections to close once they are sent.
  const inFlight = new Set<ServerResponse>();
  // Metrics on the API port only behind their token; otherwise on METRICS_PORT, or not at all.
  const scrapeHere = config.metrics?.port === null ? metricsHandler(app) : null;
  /** Which of the port's routes a request takes: a bounded label for metrics and spans. */
  const routeOf = (req: IncomingMessage, path: string): string => {
    if (path === '/health' || path === '/ready') return 'probe';
    if (Object.hasOwn(PAGES, path)) return 'page';
    if (req.method === 'GET' && path.startsWith(STYLE_IMAGES_PATH)) return 'style_image';
    if (path === METRICS_PATH && scrapeHere) return 'metrics';
    // A subscription over SSE lasts as long as the stream: timed apart from answers.
    if (path === yoga.graphqlEndpoint) return req.headers.accept?.includes('text/event-stream') ? 'graphql_stream' : 'graphql';
    return path === '/' ? 'root' : 'other';
  };
  const serve = (req: IncomingMessage, res: ServerResponse, path: string, route: string) => {
    if (route === 'probe') void probe(app, path, res);
    else if (route === 'page')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(PAGES[path]!.html);
    else if (route === 'style_image') void serveStyleImage(app, req, res, path.slice(STYLE_IMAGES_PATH.length));
    else if (route === 'metrics') void scrapeHere!(req, res);
    else if (route === 'root') res.writeHead(302, { location: yoga.graphqlEndpoint }).end();
    else yoga(req, res);
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (app.draining.aborted && path !== '/health' && path !== '/ready') return refuseWhileDraining(res);
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    const graphiql = req.method === 'GET' && path === yoga.graphqlEndpoint && /text\/html/.test(req.headers.accept ?? '');
    setSecurityHeaders(res, Object.hasOwn(PAGES, path) ? PAGES[path]!.policy : graphiql ? GRAPHIQL_POLICY : undefined);
    const route = routeOf(req, path);
    const started = performance.now();
    // 'close', not 'finish': a stream the client leaves, or a request it aborts, never finishes.
    res.once('close', () => {
      app.metrics.httpRequests.inc({ route, code: res.writableFinished ? res.statusCode : 'aborted' });
      app.metrics.httpSeconds.observe({ route }, (performance.now() - started) / 1000);
    });
    if (!app.tracing.enabled) return serve(req, res, path, route);
    // The request's span continues the caller's trace (its `traceparent` header) and lasts until the answer is sent.
    const traceparent = req.headers.traceparent;
    void app.tracing.inSpan(
      `HTTP ${req.method} ${route}`,
      (span) => {
        serve(req, res, path, route);
        return new Promise<void>((resolve) =>
          res.once('close', () => {
            span.setAttribute('http.response.status_code', res.statusCode);
            resolve();
          }),
        );
      },
      {
        kind: SpanKind.SERVER,
        parent: app.tracing.contextOf(typeof traceparent === 'string' ? traceparent : null),
        attributes: { 'http.request.method': req.method ?? '', 'http.route': route },
      },
    );
  });
  try {
    await listen(server, config.port);
  } catch (error) {
    await app.close();
    throw error;
  }
  const sockets = serveWebSockets(app, server, yoga);
  let scrapes: Awaited<ReturnType<typeof listenForScrapes>> | null = null;
  if (config.metrics) {
    sampleInstance(app, { websockets: sockets.open, sse: () => [...inFlight].filter(isEventStream).length });
    try {
      if (config.metrics.port !== null) scrapes = await listenForScrapes(app, config.metrics.port);
    } catch (error) {
      await sockets.close();
      await new Promise((resolve) => server.close(resolve));
      await app.close();
      throw error;
    }
  }
  const stopExpiryWatch = watchInviteExpiry(app, config.inviteExpiryCheckSeconds);
  const stopLastSeenWatch = watchLastSeen(app);
  const stopMailDelivery = config.smtpUrl ? deliverMail(app, config.smtpUrl) : async () => {};
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    app,
    server,
    url: `http://localhost:${port}${yoga.graphqlEndpoint}`,
    metricsUrl: scrapes?.url ?? (scrapeHere ? `http://localhost:${port}${METRICS_PATH}` : null),
    close: () =>
      (closing ??= (async () => {
        // /ready says 503 at once and SSE streams end; no new connection is accepted; responses
        // still being written close their connection once sent; idle connections close as they
        // become idle. The close ends as soon as the last response is sent.
        app.drain();
        stopExpiryWatch();
        const drained = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const res of inFlight) {
          if (!res.headersSent) res.setHeader('connection', 'close');
          // An SSE stream never ends by itself: its connection closes (without a `complete`, which
          // would tell the client the subscription is over), and the client subscribes again elsewhere.
          else if (isEventStream(res)) res.socket?.destroy();
        }
        const idle = setInterval(() => server.closeIdleConnections(), 50);
        server.closeIdleConnections();
        await sockets.close();
        const cut = setTimeout(() => server.closeAllConnections(), config.shutdownGraceSeconds * 1000);
        await drained;
        clearInterval(idle);
        clearTimeout(cut);
        await stopLastSeenWatch();
        await stopMailDelivery();
        await new Promise((resolve) => (scrapes ? scrapes.server.close(resolve) : resolve(null)));
        await app.close();
      })()),
  };
}
