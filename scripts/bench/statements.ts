// Figure 9: SQL statements per request, counted in this process on the database's own counter.
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { outboxTransport } from '../../src/modules/mail/transport.js';
import { startRoster } from '../../src/http/server.js';
import { graphql } from './load.js';
import { quietLogger } from './quiet-logger.js';
import { ADMIN_TOKEN, seed } from './seed.js';

type Roster = Awaited<ReturnType<typeof startRoster>>;

/** Runs `use` against a Roster started in this process on a new SQLite file seeded with `members` besides the admin. */
export async function withRosterInProcess<T>(path: string, members: number, use: (roster: Roster) => Promise<T>): Promise<T> {
  await seed(`file:${path}`, { members });
  const env = { PORT: '0', DATABASE_URL: `file:${path}`, PASSWORD_HASH_COST: '10', INVITE_EXPIRY_CHECK_SECONDS: '86400' };
  const roster = await startRoster(loadConfig(env), { logger: quietLogger, mail: outboxTransport() });
  try {
    return await use(roster);
  } finally {
    await roster.close();
  }
}

/** The answer to `query` asked as the admin, and how many SQL statements it ran. */
export async function countStatements<T>(roster: Roster, query: string): Promise<{ data: T; statements: number }> {
  const before = roster.app.db.statements.count;
  const data = await graphql<T>(roster.url, query, ADMIN_TOKEN);
  return { data, statements: roster.app.db.statements.count - before };
}

/** Statements `query` (as the admin) runs on databases of each size of `users` (the admin included). */
export async function statementsPerRequest(dir: string, query: string, users: number[]): Promise<number[]> {
  const counts: number[] = [];
  for (const size of users) {
    await withRosterInProcess(join(dir, `statements-${size}.db`), size - 1, async (roster) => {
      const { data, statements } = await countStatements<{ users: { nodes: unknown[] } }>(roster, query);
      if (data.users.nodes.length !== Math.min(100, size))
        throw new Error(`expected ${Math.min(100, size)} users, got ${data.users.nodes.length}`);
      counts.push(statements);
    });
  }
  return counts;
}
