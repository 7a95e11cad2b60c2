import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { Topics } from '../src/modules/live/events.js';
import type { TestServer } from './harness.js';
import { assertVocabulary } from './vocabulary.js';

export interface Received {
  data?: any;
  errors?: Array<{ message: string; extensions?: Record<string, any> }>;
}

/** How long a test waits for what should arrive. */
const WAIT_MS = 15_000;

/** Values pushed by a stream, awaited one at a time. */
class Inbox<T extends Received> {
  private items: T[] = [];
  private waiting: Array<(item: T) => void> = [];
  push(item: T) {
    assertVocabulary(item.errors);
    const waiter = this.waiting.shift();
    if (waiter) waiter(item);
    else this.items.push(item);
  }
  /**
   * The next value, or a failure after `timeoutMs`. Only a failing test waits that long, so the wait
   * is generous enough for a loaded machine; how soon values arrive is measured by `npm run bench`.
   */
  next(timeoutMs = WAIT_MS): Promise<T> {
    const item = this.items.shift();
    if (item !== undefined) return Promise.resolve(item);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((w) => w !== waiter);
        reject(new Error(`nothing received within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = (value: T) => {
        clearTimeout(timer);
        resolve(value);
      };
      this.waiting.push(waiter);
    });
  }
  /** Everything received so far and not yet taken. */
  drain(): T[] {
    return this.items.splice(0);
  }
}

/**
 * Counts the server's live pub/sub listeners per topic, so a test knows a subscription is listening
 * on the server before it causes the change (the subscribe message is handled asynchronously).
 */
export function watchSubscriptions(server: TestServer) {
  const pubsub = server.roster.app.pubsub;
  const original = pubsub.listen.bind(pubsub);
  const counts = new Map<string, number>();
  // Streams attach their listeners when they are first pulled, through `listen`: count them then.
  pubsub.listen = ((...args: Parameters<typeof original>) => {
    const key = `${args[0]}:${args[1]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return original(...args);
  }) as typeof pubsub.listen;
  return {
    /** How many times `topic` for `id` has been subscribed so far. */
    count<T extends keyof Topics>(topic: T, id: string) {
      return counts.get(`${topic}:${id}`) ?? 0;
    },
    /** Resolves once `topic` for `id` has been subscribed `count` times in all. */
    async until<T extends keyof Topics>(topic: T, id: string, count = 1) {
      for (let waited = 0; (counts.get(`${topic}:${id}`) ?? 0) < count; waited += 10) {
        if (waited > WAIT_MS) throw new Error(`no subscription to ${topic}:${id}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}

export interface WsSubscription {
  results: Inbox<Received>;
  /** Resolves when the server completes the subscription. */
  completed: Promise<void>;
}

export interface WsConnection {
  client: Client;
  /** Resolves with the close event of the socket. */
  closed: Promise<{ code: number; reason: string }>;
  subscribe(query: string, variables?: Record<string, unknown>): WsSubscription;
  dispose(): Promise<void>;
}

/** A real graphql-ws client over a real WebSocket, authenticated in connection_init. */
export function connectWs(server: TestServer, connectionParams: Record<string, unknown> = {}): WsConnection {
  let onClosed!: (event: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: server.roster.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => {},
    on: { closed: (event: any) => onClosed({ code: event.code, reason: String(event.reason) }) },
  });
  return {
    client,
    closed,
    subscribe(query, variables) {
      const results = new Inbox<Received>();
      let complete!: () => void;
      const completed = new Promise<void>((resolve) => (complete = resolve));
      client.subscribe(
        { query, variables },
        {
          next: (value) => results.push(value as Received),
          error: (error) => {
            // graphql-ws reports a refused subscribe as its GraphQL errors, a closed socket as the close event.
            const errors = Array.isArray(error) ? error : [{ message: String((error as any)?.message ?? (error as any)?.reason ?? error) }];
            results.push({ errors });
            complete();
          },
          complete,
        },
      );
      return { results, completed };
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}

/** A real Server-Sent Events subscription through yoga, authenticated with the Authorization header. */
export async function subscribeSse(server: TestServer, token: string, query: string) {
  return subscribeSseWith(server, { authorization: `Bearer ${token}` }, query);
}

/**
 * Like `subscribeSse`, with the request's extra headers given whole: `{}` sends no Authorization
 * header at all, `{ authorization: 'Bearer nonsense' }` a bad one.
 */
export async function subscribeSseWith(server: TestServer, headers: Record<string, string>, query: string) {
  const results = new Inbox<Received>();
  const controller = new AbortController();
  const response = await fetch(server.roster.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  let ended!: () => void;
  const completed = new Promise<void>((resolve) => (ended = resolve));
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let boundary: number;
        while ((boundary = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const event = /^event: (\w+)/m.exec(message)?.[1];
          const data = /^data: (.*)$/m.exec(message)?.[1];
          if (event === 'next' && data) results.push(JSON.parse(data));
          if (event === 'complete') ended();
        }
      }
    } catch {
      // aborted by the test
    }
    ended();
  })();
  return { status: response.status, results, completed, close: () => controller.abort() };
}

/**
 * Resolves when the server acknowledges the socket's `connection_init` (the session was accepted).
 * Call it right after `connectWs`, before the acknowledgement can arrive.
 */
export function whenConnected(ws: WsConnection): Promise<void> {
  return new Promise((resolve) => {
    const off = ws.client.on('connected', () => {
      off();
      resolve();
    });
  });
}
