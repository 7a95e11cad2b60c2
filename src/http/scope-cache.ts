import { type Plugin, isAsyncIterable } from 'graphql-yoga';
import { type Context, releaseScopeCache } from '../request/context.js';

/** A query's or mutation's scope-auth decisions are dropped once its result is ready (see `releaseScopeCache`). */
export function useScopeCacheRelease(): Plugin<Context> {
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result }) => {
        if (!isAsyncIterable(result)) releaseScopeCache(args.contextValue);
      },
    }),
  };
}
