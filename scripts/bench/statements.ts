// Figure 9: SQL statements per request, counted in this process on the database's own counter.
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { outboxTransport } from '../../src/modules/mail/transport.js';
import { startRoster } from '../../src/http/server.js';
import { graphql } from './load.js';
import { quietLogger } from './quiet-logger.js';
import { ADMIN_TOKEN, seed } from './seed.js';

/** Statements `query` (as the admin) runs on databases of each size of `users` (the admin included). */
export async function statementsPerRequest(dir: string, query: string, users: number[]): Promise<number[]> {
  const counts: number[] = [];
  for (const size of users) {
    const path = join(dir, `statements-${size}.db`);
    await seed(`file:${path}`, { members: size - 1 });
    const env = { PORT: '0', DATABASE_URL: `file:${path}`, PASSWORD_HASH_COST: '10', INVITE_EXPIRY_CHECK_SECONDS: '86400' };
    const roster = await startRoster(loadConfig(env), { logger: quietLogger, mail: outboxTransport() });
    try {
      const before = roster.app.db.statements.count;
      const data = await graphql<{ users: { nodes: unknown[] } }>(roster.url, query, ADMIN_TOKEN);
      counts.push(roster.app.db.statements.count - before);
      if (data.users.nodes.length !== Math.min(100, size))
        throw new Error(`expected ${Math.min(100, size)} users, got ${data.users.nodes.length}`);
    } finally {
      await roster.close();
    }
  }
  return counts;
}
