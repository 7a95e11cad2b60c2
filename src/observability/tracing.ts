import {
  type Context as TraceContext,
  type Span,
  type SpanOptions,
  type Tracer,
  INVALID_SPAN_CONTEXT,
  DiagLogLevel,
  ROOT_CONTEXT,
  SpanStatusCode,
  context,
  diag,
  defaultTextMapGetter,
  defaultTextMapSetter,
  trace,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/**
 * OpenTelemetry traces of one app: a span per HTTP request and GraphQL operation, its transactions
 * and SQL statements, mail deliveries, and each live event's delivery, on whichever instance
 * delivers it (the event carries its `traceparent` through Redis). Exported over OTLP/HTTP when
 * TRACES_OTLP_URL is set; otherwise every call is a no-op of the OpenTelemetry API.
 */
export interface Tracing {
  readonly enabled: boolean;
  readonly tracer: Tracer;
  /**
   * Runs `work` in a span, child of the active one (or of `parent`), ending it when `work` settles;
   * errors are recorded. With `withinTrace`, only inside a traced piece of work (a request, a
   * delivery): migrations and background polls make no traces of their own.
   */
  inSpan<T>(
    name: string,
    work: (span: Span) => T,
    options?: SpanOptions & { parent?: TraceContext; withinTrace?: boolean; errorsWithoutDetail?: boolean },
  ): T;
  /** A span, child of the active one, that the caller ends (for work that reports by callback); only within a trace. */
  startSpan(name: string, options?: SpanOptions): Span;
  /** The active span's context as a `traceparent` header value, to carry in an event; undefined when off. */
  traceparent(): string | undefined;
  /** The context a `traceparent` (from a header or an event) names; the root context without one. */
  contextOf(traceparent: string | null | undefined): TraceContext;
  /** Sends what is buffered (tests, shutdown). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

const propagator = new W3CTraceContextPropagator();

/** Where OpenTelemetry's own warnings go (a failed export): the log of the app started last. */
let warnOfExports: (message: string) => void = () => {};

/**
 * One context manager for the process, so spans follow `await` through AsyncLocalStorage, and one
 * diagnostic logger (both are OpenTelemetry globals).
 */
let contextManager: AsyncLocalStorageContextManager | null = null;
function useAsyncContext() {
  if (contextManager) return;
  contextManager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(contextManager);
  const say = (...args: unknown[]) => warnOfExports(`traces: ${args.map(String).join(' ')}`);
  diag.setLogger({ error: say, warn: say, info: () => {}, debug: () => {}, verbose: () => {} }, DiagLogLevel.WARN);
}

const settle = <T>(span: Span, result: T, detail: boolean): T => {
  if (result instanceof Promise) {
    return result.then(
      (value) => {
        span.end();
        return value;
      },
      (error) => {
        fail(span, error, detail);
        span.end();
        throw error;
      },
    ) as T;
  }
  span.end();
  return result;
};

/** Marks the span failed; with `detail`, the error's message and stack too (not for messages that may hold an address). */
function fail(span: Span, error: unknown, detail: boolean) {
  if (!detail) return span.setStatus({ code: SpanStatusCode.ERROR });
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
}

/** Whether the work running now is part of a trace. */
const traced = () => trace.getSpan(context.active())?.isRecording() ?? false;

/** What a span-taking callback gets while tracing is off: records nothing. */
const NOT_RECORDED = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

function tracingWith(tracer: Tracer, enabled: boolean, provider: NodeTracerProvider | null): Tracing {
  return {
    enabled,
    tracer,
    startSpan: (name, options) => (enabled && traced() ? tracer.startSpan(name, options) : NOT_RECORDED),
    inSpan(name, work, { parent, withinTrace = false, errorsWithoutDetail = false, ...options } = {}) {
      if (!enabled || (withinTrace && !traced())) return work(NOT_RECORDED);
      return tracer.startActiveSpan(name, options, parent ?? context.active(), (span) => {
        try {
          return settle(span, work(span), !errorsWithoutDetail);
        } catch (error) {
          fail(span, error, !errorsWithoutDetail);
          span.end();
          throw error;
        }
      });
    },
    traceparent() {
      if (!enabled) return undefined;
      const carrier: Record<string, string> = {};
      propagator.inject(context.active(), carrier, defaultTextMapSetter);
      return carrier.traceparent;
    },
    contextOf(traceparent) {
      if (!enabled || !traceparent) return ROOT_CONTEXT;
      return propagator.extract(ROOT_CONTEXT, { traceparent }, defaultTextMapGetter);
    },
    flush: async () => provider?.forceFlush(),
    close: async () => provider?.shutdown(),
  };
}

export const NO_TRACING: Tracing = tracingWith(trace.getTracer('roster-off'), false, null);

/**
 * Traces exported to `url` (an OTLP/HTTP traces endpoint, `…/v1/traces`) as `serviceName`. An export
 * that fails (the collector away) drops that batch and is logged as a warning, never thrown.
 */
export function startTracing(url: string, serviceName: string, warn: (message: string) => void): Tracing {
  useAsyncContext();
  warnOfExports = warn;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url }), { scheduledDelayMillis: 1000 })],
  });
  return tracingWith(provider.getTracer('roster'), true, provider);
}
