// Roster for the benchmark, as a child process (compiled to dist/bench/roster-server.js): `node roster-server.js
// --db FILE [--unchecked]`. Prints {"url","pid"} as one JSON line once it is listening.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { outboxTransport } from '../../src/modules/mail/transport.js';
import { startRoster } from '../../src/http/server.js';
// The schema module registers every type on the builder; import it before using the builder.
import '../../src/graphql/schema.js';
import { builder } from '../../src/graphql/builder.js';
import { quietLogger } from './quiet-logger.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, unchecked: { type: 'boolean', default: false } } });
if (!values.db) throw new Error('--db FILE is required');

const config = loadConfig({ ...process.env, PORT: '0', DATABASE_URL: `file:${values.db}`, PASSWORD_HASH_COST: '10' });
const roster = await startRoster(config, {
  logger: quietLogger,
  mail: outboxTransport(),
  // "Checks bypassed": the same types and resolvers with scope-auth switched off, used only to
  // measure what authorization costs.
  schema: values.unchecked ? builder.toSchema({ disableScopeAuth: true, sortSchema: true }) : undefined,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void roster.close().then(() => process.exit(0)));
console.log(JSON.stringify({ url: roster.url, pid: process.pid }));
