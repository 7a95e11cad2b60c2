import { createHash, timingSafeEqual } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../app.js';
import { SettingError } from '../config.js';
import { bearerToken } from '../request/context.js';

export const METRICS_PATH = '/metrics';

const digest = (token: string) => createHash('sha256').update(token).digest();

/**
 * Answers a scrape with the app's registry in Prometheus's text format. With METRICS_TOKEN set, a
 * scrape without `Authorization: Bearer <token>` gets 401 and nothing else (compared in constant time).
 */
export function metricsHandler(app: App) {
  const { registry } = app.metrics;
  const expected = app.config.metrics?.token ? digest(app.config.metrics.token) : null;
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    const token = bearerToken(req.headers.authorization);
    if (expected && !(token && timingSafeEqual(digest(token), expected))) {
      return void res.writeHead(401, { 'www-authenticate': 'Bearer realm="metrics"' }).end();
    }
    try {
      const body = await registry!.metrics();
      res.writeHead(200, { 'content-type': registry!.contentType, 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? '' : body);
    } catch (error) {
      app.logger.error('metrics could not be collected', error);
      res.writeHead(500).end();
    }
  };
}

/** Serves `/metrics` alone on METRICS_PORT; resolves once listening. */
export async function listenForScrapes(app: App, port: number): Promise<{ server: Server; url: string }> {
  const handle = metricsHandler(app);
  const server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname === METRICS_PATH) void handle(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new SettingError('METRICS_PORT', `${port} cannot be listened on (${error.code ?? error.message})`)),
    );
    server.listen(port, resolve);
  });
  return { server, url: `http://localhost:${(server.address() as AddressInfo).port}${METRICS_PATH}` };
}
