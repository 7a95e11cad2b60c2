import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, type TestServer, addMember, signUp, startServer } from './harness.js';

// No N+1: the number of SQL statements a request runs must not grow with the rows it returns.
describe('SQL statements per request', () => {
  let server: TestServer;
  let admin: SignedUp;
  beforeAll(async () => {
    server = await startServer();
    admin = await signUp(server);
  });
  afterAll(() => server.close());

  const USERS = `{
    users(first: 100) {
      totalCount
      nodes { id name email status joinedAt deletedBy { name } permissions { fullAccess permissions capabilities } }
    }
  }`;
  const AUDIT = `{ auditLog(first: 100) { nodes { action actor { name email } target { name } invite { email invitedBy { name } } } } }`;

  const statementsFor = async (query: string) => {
    const before = server.roster.app.db.statements.count;
    await server.ok(query, {}, admin.token);
    return server.roster.app.db.statements.count - before;
  };

  const growTo = async (members: number) => {
    const { totalCount } = (await server.ok(`{ users { totalCount } }`, {}, admin.token)).users;
    for (let i = totalCount; i < members; i++) {
      await addMember(server, admin, i % 2 ? ['OVERVIEW', 'RESTRICT_DELETE_STYLES'] : ['REPLENISHMENT'], `Member ${i}`);
    }
  };

  it('users: the same count with 10 and with 100 members', async () => {
    await growTo(10);
    const withTen = await statementsFor(USERS);
    await growTo(100);
    const withHundred = await statementsFor(USERS);
    const data = await server.ok(USERS, {}, admin.token);
    expect(data.users.nodes).toHaveLength(100);
    expect(data.users.totalCount).toBe(100);
    console.log(`statements: ${withTen} with 10 members, ${withHundred} with 100`);
    expect(withHundred).toBe(withTen);
    // the viewer (session, member, account and keys in one), page, count, people, accounts, member permissions
    expect(withHundred).toBeLessThanOrEqual(6);
  });

  it('auditLog: 100 entries with actors, targets and invites in a constant number of statements', async () => {
    const small = await statementsFor(AUDIT.replace('first: 100', 'first: 5'));
    const large = await statementsFor(AUDIT);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(8);
  });
});
