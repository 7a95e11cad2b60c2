// The reference: a hello-world graphql-yoga on node:http, from the same node_modules as Roster.
// Prints {"url","pid"} as one JSON line once it is listening. `--no-body-pipe`: see figure 1b.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';
import { quietLogger } from './quiet-logger.js';

const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } }),
  logging: quietLogger,
  // Figure 1b: without yoga's default body limit, which pipes every body through a counting stream.
  ...(process.argv.includes('--no-body-pipe') ? { maxRequestBodySize: false } : {}),
});
const server = createServer(yoga);
server.listen(0, () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ url: `http://localhost:${port}${yoga.graphqlEndpoint}`, pid: process.pid }));
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => server.close(() => process.exit(0)));
