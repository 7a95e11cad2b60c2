import { type ExecutionResult, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { App } from '../app.js';
import type { Context } from '../request/context.js';

/**
 * A span per GraphQL operation, child of its HTTP request's, active while it executes: its
 * transactions and SQL statements are its children. Its outcome is `OK` or the first error code.
 */
export function useOperationSpans(app: App): Plugin<Context> {
  if (!app.tracing.enabled) return {};
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName);
      const type = operation?.operation ?? 'query';
      const name = operation?.name?.value;
      setExecuteFn((execution) =>
        app.tracing.inSpan(
          name ? `graphql ${type} ${name}` : `graphql ${type}`,
          async (span) => {
            const result = await executeFn(execution);
            if (!(Symbol.asyncIterator in result)) {
              const [error] = (result as ExecutionResult).errors ?? [];
              span.setAttribute('graphql.outcome', error ? String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'OK');
            }
            return result;
          },
          { attributes: { 'graphql.operation.type': type, 'graphql.operation.name': name ?? '' } },
        ),
      );
    },
  };
}
