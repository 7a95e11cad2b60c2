import { RequestCache } from '@pothos/plugin-scope-auth';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { builder } from '../src/graphql/builder.js';
import { type SignedUp, type TestServer, addMember, signUp, startServer } from './harness.js';

// Scope-auth keeps its decisions in a module-level WeakMap whose entry refers back to the request's
// context; V8's young-generation collections do not clear such an entry, so a context left there
// (with its loaders and rows) lived on until a full collection. Once a query has its answer, its
// entry must be gone, so that nothing of the request outlives it. (A mutation's entries are also
// dropped by refreshViewer, which its transaction calls.)
describe("scope-auth's cache of a request", () => {
  let server: TestServer;
  let admin: SignedUp;
  beforeAll(async () => {
    server = await startServer();
    admin = await signUp(server);
    await addMember(server, admin, ['OVERVIEW']);
  });
  afterAll(() => server.close());

  /** Runs `request`, returning each context scope-auth decided for and the cache it used. */
  async function cachesUsedBy(request: () => Promise<unknown>) {
    const fromContext = RequestCache.fromContext.bind(RequestCache);
    const used = new Map<object, unknown>();
    const spy = vi.spyOn(RequestCache, 'fromContext').mockImplementation((context, ...rest) => {
      const cache = fromContext(context, ...rest);
      used.set(context, cache);
      return cache;
    });
    try {
      await request();
    } finally {
      spy.mockRestore();
    }
    return { used, fromContext };
  }

  it('is dropped once a query has its answer', async () => {
    const { used, fromContext } = await cachesUsedBy(() =>
      server.ok('{ users(first: 10) { nodes { name permissions { fullAccess } } } }', {}, admin.token),
    );
    expect(used.size).toBe(1);
    for (const [context, cache] of used) expect(fromContext(context as never, builder as never)).not.toBe(cache);
  });
});
