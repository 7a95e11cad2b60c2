import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import Sqlite from 'better-sqlite3';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialect } from '../src/db/dialect.js';
import { sqlitePath } from '../src/db/sqlite.js';
import { auditLog } from '../src/modules/audit/tables.js';
import { sessions } from '../src/modules/auth/tables.js';
import { invites } from '../src/modules/invites/tables.js';
import { memberPermissions, members } from '../src/modules/users/tables.js';
import { type TestDatabase, createTestDatabase } from './databases.js';
import { PASSWORD, type TestServer, addMember, signUp, startServer } from './harness.js';
import { buildServer, processGql, signUpThroughLog, startProcess, tokenFromLog } from './process-harness.js';
import type { PermissionKey } from './kit/gql/graphql.js';
import { graphql, ok, run } from './kit/index.js';

// Issue 15: a server killed at a random moment loses nothing it acknowledged and leaves nothing
// half-applied; concurrent edits of one member lose nothing and their audit log replays.

const RELAXED = {
  EMAILS_PER_CLIENT_PER_HOUR: '1000000',
  ...Object.fromEntries(
    ['LOGIN_PER_CLIENT', 'SIGN_UP_PER_CLIENT', 'LINKS_PER_CLIENT', 'INVITES_PER_ACCOUNT', 'INVITES_PER_CLIENT'].map((name) => [
      `RATE_LIMIT_${name}`,
      '1000000/3600',
    ]),
  ),
};
const SETS: PermissionKey[][] = [
  ['REPLENISHMENT'],
  ['OVERVIEW', 'INVENTORY_KPIS'],
  ['PURCHASE_ORDERS'],
  ['OPEN_TO_BUY', 'OVERSTOCK'],
  ['OVERVIEW'],
];
const UPDATE = graphql(`
  mutation CrashUpdate($id: ID!, $permissions: [PermissionKey!]!) {
    updateUserPermissions(input: { userId: $id, permissions: $permissions }) {
      id
    }
  }
`);
const sorted = (keys: readonly string[]) => [...keys].sort();

/** The permissions after each PERMISSIONS_CHANGED of a member, oldest first, checked to chain. */
async function replay(server: TestServer, memberId: string, initial: string[]) {
  const entries = await server.roster.app.db.read
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'PERMISSIONS_CHANGED'), eq(auditLog.subjectId, memberId)))
    .orderBy(asc(auditLog.createdAt), asc(auditLog.id));
  let state = sorted(initial);
  for (const entry of entries) {
    expect(sorted((entry.before as { permissions: string[] }).permissions)).toEqual(state);
    state = sorted((entry.after as { permissions: string[] }).permissions);
  }
  return { state, entries: entries.length };
}

async function permissionsOf(server: TestServer, memberId: string) {
  const rows = await server.roster.app.db.read.select().from(memberPermissions).where(eq(memberPermissions.memberId, memberId));
  return sorted(rows.map((row) => row.permissionKey));
}

describe('SIGKILL at a random moment, then a restart on the same database', () => {
  let database: TestDatabase;
  let restarted: TestServer;
  beforeAll(async () => {
    await buildServer();
    database = await createTestDatabase();
  });
  afterAll(() => restarted?.close());

  it('keeps every acknowledged write, applies nothing by halves, and the database is intact', async () => {
    const instance = await startProcess({ DATABASE_URL: database.url, ...RELAXED });
    const admin = await signUpThroughLog(instance, 'ada@example.com', PASSWORD);
    const ask = async <Variables>(query: TypedDocumentNode<unknown, Variables>, variables: Variables) => {
      const response = await processGql(instance, print(query), variables as Record<string, unknown>, admin);
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data;
    };
    // Members to edit and to delete, invited and joined through the log's links.
    const memberIds: string[] = [];
    for (const name of ['edited', 'deleted']) {
      const email = `${name}@example.com`;
      await ask(
        graphql(`
          mutation CrashInviteMember($email: String!) {
            inviteUser(input: { email: $email, permissions: [OVERVIEW] }) {
              id
            }
          }
        `),
        { email },
      );
      const token = await tokenFromLog(instance, email, '/invite');
      const joined = await processGql(
        instance,
        `mutation ($token: String!) { acceptInvite(input: { token: $token, name: "M", password: "${PASSWORD}" }) { me { user { id } } } }`,
        { token },
      );
      memberIds.push(joined.data.acceptInvite.me.user.id);
    }
    const [edited, deleted] = memberIds as [string, string];

    const acknowledged = { invites: [] as string[], sets: [] as number[] };
    const sentAfterLastAck: number[] = [];
    let deletedAcked = false;
    const loop = async (step: (i: number) => Promise<void>) => {
      for (let i = 0; ; i++) {
        try {
          await step(i);
        } catch {
          return; // the process is gone
        }
      }
    };
    const streams = [
      loop(async (i) => {
        await ask(
          graphql(`
            mutation CrashInvite($email: String!) {
              inviteUser(input: { email: $email }) {
                id
              }
            }
          `),
          { email: `w${i}@example.com` },
        );
        acknowledged.invites.push(`w${i}@example.com`);
      }),
      loop(async (i) => {
        const set = i % SETS.length;
        sentAfterLastAck.push(set);
        await ask(UPDATE, { id: edited, permissions: SETS[set]! });
        acknowledged.sets.push(set);
        sentAfterLastAck.length = 0;
      }),
      loop(async (i) => {
        if (i === 3) {
          await ask(
            graphql(`
              mutation CrashDeleteUser($id: ID!) {
                deleteUser(userId: $id) {
                  id
                }
              }
            `),
            { id: deleted },
          );
          deletedAcked = true;
        } else {
          await ask(
            graphql(`
              query CrashUserCount {
                users {
                  totalCount
                }
              }
            `),
            {},
          );
        }
      }),
    ];
    await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 700));
    instance.child.kill('SIGKILL');
    await Promise.all(streams);
    expect(acknowledged.invites.length + acknowledged.sets.length).toBeGreaterThan(0);

    restarted = await startServer({ database });
    const { db } = restarted.roster.app;
    // Every acknowledged invite is there, and every invite has its audit entry and no more.
    const stored = await db.read.select().from(invites);
    for (const email of acknowledged.invites) expect(stored.map((invite) => invite.email)).toContain(email);
    const sent = await db.read.select().from(auditLog).where(eq(auditLog.action, 'INVITE_SENT'));
    expect(sorted(sent.map((entry) => entry.subjectId))).toEqual(sorted(stored.map((invite) => invite.id)));
    // The edited member holds the last acknowledged set, or one sent after it; the log replays to it.
    const now = await permissionsOf(restarted, edited);
    const possible = [acknowledged.sets.at(-1), ...sentAfterLastAck].filter((set) => set !== undefined).map((set) => sorted(SETS[set!]!));
    if (possible.length > 0) expect(possible).toContainEqual(now);
    const log = await replay(restarted, edited, ['OVERVIEW']);
    expect(log.state).toEqual(now);
    // Each acknowledged edit changed something (consecutive sets differ), so each has its entry.
    expect(log.entries).toBeGreaterThanOrEqual(acknowledged.sets.length);
    expect(log.entries).toBeLessThanOrEqual(acknowledged.sets.length + 1);
    // A deleted member has no live session; a member with a live session is not deleted.
    const [gone] = await db.read.select().from(members).where(eq(members.id, deleted));
    if (deletedAcked) expect(gone!.status).toBe('DELETED');
    if (gone!.status === 'DELETED') {
      const live = await db.read
        .select()
        .from(sessions)
        .where(and(eq(sessions.personId, gone!.personId), eq(sessions.accountId, gone!.accountId), isNull(sessions.endedAt)));
      expect(live).toEqual([]);
    }
    // The acknowledged session still works after the restart.
    expect(
      (
        await run(
          restarted,
          graphql(`
            query CrashMe {
              me {
                email
              }
            }
          `),
          {},
          admin,
        )
      ).data!.me.email,
    ).toBe('ada@example.com');
    if (dialect === 'sqlite') {
      const file = new Sqlite(sqlitePath(database.url), { readonly: true });
      try {
        expect(file.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(file.pragma('foreign_key_check')).toEqual([]);
      } finally {
        file.close();
      }
    }
  });
});

describe('two managers editing one member at once', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('every edit commits in turn (the last one wins), none is lost, and the audit log replays to the result', async () => {
    const owner = await signUp(server, 'Busy Co', 'Olive Owner');
    const other = await addMember(server, owner, ['FULL_ACCESS'], 'Max Manager');
    const target = await addMember(server, owner, ['OVERVIEW'], 'Tia Target');
    const edits = Array.from({ length: 30 }, (_, i) => ({ by: i % 2 ? owner : other, set: SETS[i % SETS.length]! }));
    const answers = await Promise.all(edits.map(({ by, set }) => run(server, UPDATE, { id: target.userId, permissions: set }, by.token)));
    expect(answers.filter((answer) => answer.errors)).toEqual([]);
    const log = await replay(server, target.userId, ['OVERVIEW']);
    expect(log.entries).toBeGreaterThan(0);
    expect(log.state).toEqual(await permissionsOf(server, target.userId));
    // The last committed edit is the one whose `after` is the member's permissions now.
    const { users } = await ok(
      server,
      graphql(`
        query CrashUsers {
          users {
            nodes {
              id
              permissions {
                permissions
              }
            }
          }
        }
      `),
      {},
      owner.token,
    );
    const now = users.nodes.find((user: { id: string }) => user.id === target.userId)!.permissions!.permissions;
    expect(sorted(now)).toEqual(log.state);
  });
});
