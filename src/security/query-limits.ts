import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { type DocumentNode, GraphQLError, type GraphQLSchema, type ValidationRule, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../request/context.js';
import { RosterError } from '../errors.js';
import { type QueryLimit, type QueryLimits } from './limits.js';

const exceeded = (limit: QueryLimit, max: number, message: string) =>
  new RosterError('BAD_REQUEST', `${message.replace(/^Syntax Error: /, '')} (limit ${limit})`, { limit, max });

/**
 * A check of documents against one audience's limits: graphql-armor's four rules in one pass of
 * graphql-js's validation. Documents come from yoga's parse cache, so each is measured once.
 */
function limitsCheck(limits: Record<QueryLimit, number>) {
  let rejected: QueryLimit | null = null;
  const onReject = (limit: QueryLimit) => [() => void (rejected ??= limit)];
  const rules = [
    maxDepthRule({ n: limits.DEPTH, onReject: onReject('DEPTH') }),
    maxAliasesRule({ n: limits.ALIASES, onReject: onReject('ALIASES') }),
    costLimitRule({ maxCost: limits.COST, onReject: onReject('COST') }),
    maxDirectivesRule({ n: limits.DIRECTIVES, onReject: onReject('DIRECTIVES') }),
  ] as unknown as ValidationRule[];
  const measured = new WeakMap<DocumentNode, RosterError | null>();
  return (schema: GraphQLSchema, document: DocumentNode): RosterError | null => {
    if (measured.has(document)) return measured.get(document)!;
    rejected = null;
    let error: GraphQLError | undefined;
    try {
      [error] = validate(schema, document, rules);
    } catch (thrown) {
      // graphql-armor's rules throw their rejection.
      if (!(thrown instanceof GraphQLError)) throw thrown;
      error = thrown;
    }
    const refusal = error && rejected ? exceeded(rejected, limits[rejected], error.message) : null;
    measured.set(document, refusal);
    return refusal;
  };
}

/**
 * graphql-armor's limits, chosen by caller: they are checked once the context is built (a
 * session or none), before anything runs, over HTTP, SSE and WebSocket alike. Tokens are counted
 * by graphql-armor's parser, before the document exists.
 */
export function useQueryLimits(limits: QueryLimits): Plugin<Context> {
  const member = limitsCheck(limits.member);
  const anyone = limitsCheck(limits.public);
  const tokens = Math.max(limits.member.TOKENS, limits.public.TOKENS);
  const check = ({
    args,
    setResultAndStopExecution,
  }: {
    args: { schema: GraphQLSchema; document: DocumentNode; contextValue: Context };
    setResultAndStopExecution: (result: { errors: GraphQLError[] }) => void;
  }) => {
    const error = (args.contextValue.viewer ? member : anyone)(args.schema, args.document);
    if (error) setResultAndStopExecution({ errors: [error] });
  };
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return new MaxTokensParserWLexer(source, { ...options, n: tokens }).parseDocument();
        } catch (error) {
          if (error instanceof GraphQLError && /Token limit/.test(error.message)) throw exceeded('TOKENS', tokens, error.message);
          throw error;
        }
      });
    },
    onExecute: check,
    onSubscribe: check,
  };
}
