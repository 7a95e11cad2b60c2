// Roster for the benchmark, as a child process (compiled to dist/bench/roster-server.js): `node roster-server.js
// [--unchecked]` with DATABASE_URL (and REDIS_URL) in its environment. Logs as `npm start` does (JSON lines on stdout); writes {"url","pid"} as one JSON
// line on file descriptor 3 once it is listening.
import { writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { outboxTransport } from '../../src/modules/mail/transport.js';
import { startRoster } from '../../src/http/server.js';
// The schema module registers every type on the builder; import it before using the builder.
import '../../src/graphql/schema.js';
import { builder } from '../../src/graphql/builder.js';

const { values } = parseArgs({ options: { unchecked: { type: 'boolean', default: false } } });
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is required');

const config = loadConfig({ ...process.env, PORT: '0', PASSWORD_HASH_COST: '10' });
const roster = await startRoster(config, {
  mail: outboxTransport(),
  // "Checks bypassed": the same types and resolvers with scope-auth switched off, used only to
  // measure what authorization costs.
  schema: values.unchecked ? builder.toSchema({ disableScopeAuth: true, sortSchema: true }) : undefined,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void roster.close().then(() => process.exit(0)));
writeSync(3, `${JSON.stringify({ url: roster.url, pid: process.pid })}\n`);
