// HTTP load through autocannon's Node API: one POST JSON request, repeated for a duration.
import autocannon from 'autocannon';

export interface Load {
  /** Several: the connections are shared out between them (instances behind a load balancer). */
  url: string | string[];
  query: string;
  token?: string;
  connections?: number;
  /** Bodies to send in turn on each connection (figure 6); default: `query` every time. */
  nextBody?: () => string;
}

export interface Measured {
  /** Completed requests per second. */
  rps: number;
  /** Latency percentile 99, ms. */
  p99: number;
  requests: number;
  /** Transport errors, timeouts, non-2xx answers and answers with GraphQL `errors`. */
  failed: number;
}

export const headers = (token?: string): Record<string, string> => ({
  'content-type': 'application/json',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

/** For `seconds`, or for `amount` requests (a warm-up). */
export type Length = { seconds: number } | { amount: number };

export async function measure(load: Load, length: Length): Promise<Measured> {
  const body = JSON.stringify({ query: load.query });
  const next = load.nextBody;
  const connections = load.connections ?? 20;
  const urls = [load.url].flat().slice(0, connections);
  const results = await Promise.all(
    urls.map((url, i) =>
      autocannon({
        url,
        method: 'POST',
        headers: headers(load.token),
        body,
        connections: Math.floor(connections / urls.length) + (i < connections % urls.length ? 1 : 0),
        pipelining: 1,
        ...('seconds' in length ? { duration: length.seconds } : { amount: Math.ceil(length.amount / urls.length) }),
        requests: next ? [{ setupRequest: (request) => ({ ...request, body: next() }) }] : undefined,
        // GraphQL answers errors with 200: a body that carries any counts as a failed request.
        verifyBody: (text) => !text.includes('"errors"'),
      }),
    ),
  );
  const sum = (value: (result: (typeof results)[number]) => number) => results.reduce((total, result) => total + value(result), 0);
  return {
    rps: sum((result) => result.requests.total / result.duration),
    p99: Math.max(...results.map((result) => result.latency.p99)),
    requests: sum((result) => result.requests.total),
    failed: sum((result) => result.errors + result.non2xx + result.mismatches),
  };
}

/** One request through fetch, failing on any GraphQL error: checks a figure's query before loading it. */
export async function graphql<T = any>(url: string, query: string, token?: string, variables?: object): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: headers(token), body: JSON.stringify({ query, variables }) });
  const text = await response.text();
  let json: { data?: T; errors?: unknown[] };
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${url} answered ${response.status}: ${text.slice(0, 200)}`);
  }
  if (!response.ok || json.errors) throw new Error(`${query.slice(0, 80)}… answered ${response.status}: ${JSON.stringify(json.errors)}`);
  return json.data as T;
}
