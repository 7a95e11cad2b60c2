import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * Roster's Prometheus instruments, one registry per app. Every label set is bounded: codes, topics,
 * limits, routes and outcomes come from Roster's own lists, and operation names (chosen by clients)
 * are capped (OPERATION_NAMES), the rest counted as `_other`. No id, no email.
 * docs/observability.md says what each means and what a healthy value looks like.
 */
export interface Metrics {
  /** Null when metrics are off: nothing is recorded and nothing is served. */
  readonly registry: Registry | null;
  readonly httpRequests: Counter<'route' | 'code'>;
  readonly httpSeconds: Histogram<'route'>;
  readonly operations: Counter<'operation' | 'type' | 'outcome'>;
  readonly operationSeconds: Histogram<'operation' | 'type'>;
  readonly eventsPublished: Counter<'topic'>;
  readonly eventsReceived: Counter<'topic'>;
  readonly eventsDropped: Counter<'reason'>;
  readonly streamEvents: Counter<'outcome'>;
  readonly streamRechecks: Counter<'outcome'>;
  readonly eventDeliverySeconds: Histogram;
  readonly rateLimitRefusals: Counter<'limit'>;
  readonly mailDeliveries: Counter<'outcome'>;
  readonly dependencyFailures: Counter<'dependency' | 'reason'>;
  /**
   * A gauge (or, for a total kept elsewhere, a counter) read when scraped: `read` returns its value,
   * or its values by label; it may be async (a database query) and may fail (the series is then left
   * out of that scrape, and the failure counted).
   */
  sample(name: string, help: string, read: () => Sample | Promise<Sample>, options?: { labelNames?: string[]; counter?: boolean }): void;
  /**
   * The operation name as a label value: bounded, whatever clients send. Names first sent by signed-in
   * callers and by anyone else fill separate allowances, so anonymous junk cannot crowd out members' names.
   */
  operationLabel(name: string | null | undefined, signedIn: boolean): string;
}

export type Sample = number | Array<[labels: Record<string, string>, value: number]>;

/** Distinct operation names given labels of their own, by who sent them first; nobody can grow the series beyond. */
const OPERATION_NAMES = { signedIn: 150, anonymous: 50 };

/** Latency buckets (seconds) from 2.5 ms to 10 s: the API answers most reads in milliseconds. */
const SECONDS = [0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const counter = <L extends string>(name: string, help: string, labelNames: L[]) =>
    new Counter<L>({ name, help, labelNames, registers: [registry] });
  const histogram = <L extends string>(name: string, help: string, labelNames: L[]) =>
    new Histogram<L>({ name, help, labelNames, buckets: SECONDS, registers: [registry] });
  const sampleFailures = counter('roster_metric_sample_failures_total', 'Scrapes that could not read a sampled gauge', ['metric']);
  const named = new Set<string>();
  const claimed = { signedIn: 0, anonymous: 0 };
  return {
    registry,
    httpRequests: counter('roster_http_requests_total', 'HTTP requests answered, by route and status code', ['route', 'code']),
    httpSeconds: histogram('roster_http_request_duration_seconds', 'Time to answer an HTTP request, by route', ['route']),
    operations: counter(
      'roster_graphql_operations_total',
      'GraphQL operations executed, by name, type and outcome (OK or the first error code)',
      ['operation', 'type', 'outcome'],
    ),
    operationSeconds: histogram('roster_graphql_operation_duration_seconds', 'Time to execute a GraphQL operation', ['operation', 'type']),
    eventsPublished: counter('roster_events_published_total', 'Live events published by this instance, by topic', ['topic']),
    eventsReceived: counter('roster_events_received_total', 'Live events heard from other instances through Redis, by topic', ['topic']),
    eventsDropped: counter(
      'roster_events_dropped_total',
      'Live events that could not be published (open streams re-check once Redis is back)',
      ['reason'],
    ),
    streamEvents: counter('roster_stream_events_total', 'Events heard by open streams, by what became of them', ['outcome']),
    streamRechecks: counter('roster_stream_rechecks_total', 'Re-checks of a subscriber before an event is delivered, by result', [
      'outcome',
    ]),
    eventDeliverySeconds: histogram(
      'roster_event_delivery_lag_seconds',
      'From a change being committed (its event published) to a stream sending it to its subscriber',
      [],
    ),
    rateLimitRefusals: counter('roster_rate_limit_refusals_total', 'Requests refused by a rate limit, by limit', ['limit']),
    mailDeliveries: counter('roster_mail_deliveries_total', 'Emails handed to SMTP, by result', ['outcome']),
    dependencyFailures: counter('roster_dependency_failures_total', 'Operations answered UNAVAILABLE, by dependency and reason', [
      'dependency',
      'reason',
    ]),
    sample(name, help, read, { labelNames = [], counter = false } = {}) {
      async function collect(this: Gauge | Counter) {
        let sample: Sample;
        try {
          sample = await read();
        } catch {
          // Left out of this scrape (a reset unlabelled series would read 0, and clear an alert).
          this.reset();
          if (labelNames.length === 0) this.remove({});
          sampleFailures.inc({ metric: name });
          return;
        }
        // Reset and written with no await between: scrapes that overlap each see a whole reading.
        this.reset();
        const set = (labels: Record<string, string>, value: number) =>
          this instanceof Gauge ? this.set(labels, value) : this.inc(labels, value);
        if (typeof sample === 'number') set({}, sample);
        else for (const [labels, value] of sample) set(labels, value);
      }
      const configuration = { name, help, labelNames, registers: [registry], collect };
      if (counter) new Counter(configuration);
      else new Gauge(configuration);
    },
    operationLabel(name, signedIn) {
      if (!name) return '_anonymous';
      if (named.has(name)) return name;
      const by = signedIn ? 'signedIn' : 'anonymous';
      if (claimed[by] >= OPERATION_NAMES[by]) return '_other';
      claimed[by]++;
      named.add(name);
      return name;
    },
  };
}

/** Instruments that record nothing: metrics off costs a function call per event. */
const ignore = { inc() {}, dec() {}, set() {}, observe() {}, reset() {}, startTimer: () => () => 0, labels: () => ignore };

export const NO_METRICS: Metrics = {
  registry: null,
  httpRequests: ignore as never,
  httpSeconds: ignore as never,
  operations: ignore as never,
  operationSeconds: ignore as never,
  eventsPublished: ignore as never,
  eventsReceived: ignore as never,
  eventsDropped: ignore as never,
  streamEvents: ignore as never,
  streamRechecks: ignore as never,
  eventDeliverySeconds: ignore as never,
  rateLimitRefusals: ignore as never,
  mailDeliveries: ignore as never,
  dependencyFailures: ignore as never,
  sample() {},
  operationLabel: () => '',
};
