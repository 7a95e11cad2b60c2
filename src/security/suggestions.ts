import { type ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** graphql-js's suggestions: `Did you mean "name"?`, `Did you mean the enum value "PENDING"?` */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

function withoutSuggestion<E extends Error>(error: E): E | GraphQLError {
  const message = error.message.replace(SUGGESTION, '');
  if (message === error.message || !(error instanceof GraphQLError)) return error;
  return new GraphQLError(message, {
    nodes: error.nodes,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/** A result's errors without suggestions (a stream's events carry none: its variables were read before). */
function hideSuggestions({ result, setResult }: { result: unknown; setResult: (result: ExecutionResult) => void }) {
  const { errors } = result as ExecutionResult;
  if (errors) setResult({ ...(result as ExecutionResult), errors: errors.map(withoutSuggestion) });
}

/**
 * With introspection off, no error suggests a name ("Did you mean …?"): suggestions would reveal
 * the schema a misspelling at a time. Validation errors are rewritten, and so are execution
 * results, where graphql-js reports variables that do not fit their types.
 */
export function useNoSuggestions(): Plugin {
  return {
    onValidate:
      () =>
      ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map(withoutSuggestion));
      },
    onExecute: () => ({ onExecuteDone: hideSuggestions }),
    onSubscribe: () => ({ onSubscribeResult: hideSuggestions }),
  };
}
