// Figure 8: one account feature switch fanned out to N graphql-ws subscribers, one socket each,
// spread over the instances given (the switch is made on the first; Redis carries it to the others).
import { performance } from 'node:perf_hooks';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from './load.js';
import { rssKiB } from './servers.js';

const SUBSCRIPTION = 'subscription { myPermissionsChanged { cause capabilitiesAdded } }';
/** Sockets opened at once: more would overflow the server's listen backlog (511) for no gain. */
const CONNECT_BATCH = 250;

export interface FanOut {
  n: number;
  /** Summed over the instances. */
  rssBeforeKiB: number;
  rssAfterKiB: number;
  /** Per subscriber and measured trial: ms from just before sending the mutation to its event. */
  latencies: number[];
  /** Per measured trial: ms until the last subscriber had its event. */
  allReceived: number[];
}

interface Trial {
  start: number;
  latencies: number[];
  done: () => void;
}

export async function fanOut(options: {
  urls: string[];
  pids: number[];
  n: number;
  trials: number;
  adminToken: string;
  tokenOf: (i: number) => string;
  progress: (detail: string) => void;
}): Promise<FanOut> {
  const { urls, n } = options;
  const rss = () => options.pids.reduce((sum, pid) => sum + rssKiB(pid), 0);
  const clients: Client[] = [];
  let trial: Trial | null = null;
  let failure: Error | null = null;
  const onEvent = (value: any) => {
    const cause = value?.data?.myPermissionsChanged?.cause;
    if (cause !== 'ACCOUNT_FEATURES_CHANGED') failure ??= new Error(`a subscriber got ${JSON.stringify(value)}`);
    if (!trial) return;
    trial.latencies.push(performance.now() - trial.start);
    if (trial.latencies.length === n) trial.done();
  };
  const connect = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const client = createClient({
        url: urls[i % urls.length]!.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${options.tokenOf(i)}` },
        retryAttempts: 0,
        on: {
          connected: () => resolve(),
          closed: (event: any) => reject(new Error(`subscriber ${i}: socket closed ${event?.code} ${event?.reason ?? ''}`)),
        },
      });
      clients.push(client);
      client.subscribe(
        { query: SUBSCRIPTION },
        { next: onEvent, error: (error) => (failure ??= new Error(`subscriber ${i}: ${JSON.stringify(error)}`)), complete: () => {} },
      );
    });

  try {
    const rssBeforeKiB = rss();
    for (let from = 0; from < n; from += CONNECT_BATCH) {
      options.progress(`connecting ${from.toLocaleString('en')}/${n.toLocaleString('en')}`);
      await Promise.all(Array.from({ length: Math.min(CONNECT_BATCH, n - from) }, (_, k) => connect(from + k)));
    }
    // `connected` means the session was accepted; the subscribe is set up on the server after it.
    // Let it settle (1 s per 1,000) so the sockets are idle when memory is read.
    options.progress('settling');
    await sleep(Math.max(1000, n));
    const rssAfterKiB = rss();

    let wholesale = false;
    const switchFeature = async (timeoutMs: number) => {
      wholesale = !wholesale;
      const latencies: number[] = [];
      const all = new Promise<void>((done) => (trial = { start: performance.now(), latencies, done }));
      await graphql(urls[0]!, `mutation { updateAccount(input: { wholesaleEnabled: ${wholesale} }) { id } }`, options.adminToken);
      const received = await Promise.race([all.then(() => true), sleep(timeoutMs).then(() => false)]);
      trial = null;
      if (failure) throw failure;
      if (!received) throw new Error(`only ${latencies.length} of ${n} subscribers got the event within ${timeoutMs} ms`);
      return latencies;
    };
    // The first switch proves every subscription is listening (and warms the JIT); it is not measured.
    options.progress('first switch (not measured)');
    await switchFeature(30_000 + 3 * n);
    const result: FanOut = { n, rssBeforeKiB, rssAfterKiB, latencies: [], allReceived: [] };
    for (let t = 1; t <= options.trials; t++) {
      options.progress(`switch ${t}/${options.trials}`);
      await sleep(300);
      const latencies = await switchFeature(30_000 + 3 * n);
      result.latencies.push(...latencies);
      result.allReceived.push(Math.max(...latencies));
    }
    return result;
  } finally {
    options.progress('closing sockets');
    await Promise.all(clients.map((client) => client.dispose()));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
