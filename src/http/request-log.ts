import { randomUUID } from 'node:crypto';
import { type ExecutionResult, GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { App } from '../app.js';
import type { Context } from '../request/context.js';

/** The id of each HTTP request, answered in `x-request-id` and written on its log lines. */
const requestIds = new WeakMap<Request, string>();
export const requestIdOf = (request: Request | undefined) => (request && requestIds.get(request)) ?? randomUUID();

/**
 * One structured log line, and the metrics, per operation: its request id, operation name, the acting member and
 * account (never a token, a password or a variable), how long it took and the error codes it
 * answered with; an unexpected error (masked for the client) is logged in full with the same id.
 */
export function useRequestLog(app: App): Plugin<Context> {
  return {
    onRequest({ request }) {
      requestIds.set(request, randomUUID());
    },
    onResponse({ request, response }) {
      const id = requestIds.get(request);
      if (id) response.headers.set('x-request-id', id);
    },
    onExecute({ args }) {
      const started = performance.now();
      const ctx = args.contextValue;
      return {
        onExecuteDone({ result }) {
          if (Symbol.asyncIterator in result) return; // a subscription's stream: its events are not requests
          const errors = (result as ExecutionResult).errors ?? [];
          const seconds = (performance.now() - started) / 1000;
          const operation = getOperationAST(args.document, args.operationName);
          const fields = {
            requestId: ctx.requestId,
            operation: operation?.name?.value ?? null,
            memberId: ctx.viewer?.member.id ?? null,
            accountId: ctx.viewer?.account.id ?? null,
            ms: Math.round(seconds * 10_000) / 10,
            errors: errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
          };
          app.logger.info('graphql', fields);
          const labels = {
            operation: app.metrics.operationLabel(fields.operation, Boolean(ctx.viewer)),
            type: operation?.operation ?? 'unknown',
          };
          app.metrics.operations.inc({ ...labels, outcome: fields.errors[0] ?? 'OK' });
          app.metrics.operationSeconds.observe(labels, seconds);
          for (const error of errors) {
            if (error.extensions?.code) continue;
            const cause = error instanceof GraphQLError && error.originalError ? error.originalError : error;
            app.logger.error('unexpected error (masked for the client)', { requestId: ctx.requestId, memberId: fields.memberId }, cause);
          }
        },
      };
    },
  };
}
