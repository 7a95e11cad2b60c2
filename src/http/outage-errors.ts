import { GraphQLError } from 'graphql';
import { type Plugin, handleStreamOrSingleExecutionResult } from 'graphql-yoga';
import type { App } from '../app.js';
import { asDatabaseOutage } from '../db/outages.js';
import type { Context } from '../request/context.js';

/**
 * Turns the database's failures in an operation's result into UNAVAILABLE, so clients can tell an
 * outage from a bug (anything else unexpected stays masked), and logs each one, with its cause, as a
 * warning: an outage is the operator's to see, not a defect of the request.
 */
export function useOutageErrors(app: App): Plugin<Context> {
  const told = (error: GraphQLError) => {
    const outage = asDatabaseOutage(error);
    const typed = outage ?? (error.extensions?.code === 'UNAVAILABLE' ? error : null);
    if (!typed) return error;
    const cause = (outage ?? error.originalError ?? error).cause;
    const timedOut = (cause as { code?: string } | undefined)?.code === '57014';
    app.metrics.dependencyFailures.inc({
      // Every UNAVAILABLE Roster raises names its dependency (src/errors.ts); DATABASE is the one without.
      dependency: String(typed.extensions.dependency ?? 'DATABASE'),
      reason: timedOut ? 'statement_timeout' : 'unavailable',
    });
    app.logger.warn(
      'dependency unavailable',
      { dependency: typed.extensions.dependency ?? null, path: error.path?.join('.') ?? null },
      cause ?? '',
    );
    return outage ? new GraphQLError(outage.message, { nodes: error.nodes, path: error.path, extensions: outage.extensions }) : error;
  };
  const onResult = (payload: Parameters<typeof handleStreamOrSingleExecutionResult>[0]) =>
    handleStreamOrSingleExecutionResult(payload, ({ result, setResult }) => {
      if (result.errors?.length) setResult({ ...result, errors: result.errors.map(told) });
    });
  return {
    onExecute: () => ({ onExecuteDone: onResult }),
    onSubscribe: () => ({ onSubscribeResult: onResult }),
  };
}
