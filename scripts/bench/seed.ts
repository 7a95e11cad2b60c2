// Fills a fresh database for the benchmark straight through the project's own drizzle tables
// (never through GraphQL: 100,000 members would take hours of password hashing and HTTP). The
// tables are those of the dialect this process loaded (src/db/dialect.ts): a PostgreSQL database is
// seeded by a child process started with its DATABASE_URL (`seedInChild`).
import { execFile } from 'node:child_process';
import { parseArgs, promisify } from 'node:util';
import { loadConfig } from '../../src/config.js';
import { newId } from '../../src/db/columns.js';
import { openDatabase } from '../../src/db/open.js';
import { accounts, inviteTokens, invites, memberPermissions, members, people, sessions } from '../../src/db/schema.js';
import { hashPassword } from '../../src/lib/passwords.js';
import { hashToken } from '../../src/lib/tokens.js';
import { NO_TRACING } from '../../src/observability/tracing.js';

/**
 * Members' permissions, by turns. Every variant includes PURCHASE_ORDERS, which grants WHOLESALE:
 * switching the account feature then changes every member's capabilities, so every fan-out
 * subscriber gets an event (myPermissionsChanged stays silent when nothing changes for you).
 */
export const MEMBER_PERMISSIONS = [
  ['OVERVIEW', 'RESTRICT_DELETE_STYLES', 'PURCHASE_ORDERS'],
  ['REPLENISHMENT', 'PURCHASE_ORDERS'],
  ['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW', 'PURCHASE_ORDERS'],
  ['PURCHASE_ORDERS', 'INVENTORY_KPIS', 'MODIFY_SHARED_PRESETS'],
];

export interface Seeded {
  /** DATABASE_URL of the seeded database: `file:<path>` or a PostgreSQL URL. */
  url: string;
  members: number;
  adminToken: string;
  /** Member i's id (0-based, oldest first); the admin is not one of them. */
  memberIds: string[];
}

/** Member i's session token: the bench knows every token without storing 100,000 of them. */
export const memberToken = (i: number) => `bench-member-${i}`;
export const ADMIN_TOKEN = 'bench-admin';

const BATCH = 500;
const DAY = 24 * 60 * 60 * 1000;

/**
 * One account with an admin (FULL_ACCESS), `members` members with varied permissions and one live
 * session each, and `pendingInvites` pending invites. Wholesale starts off.
 */
export async function seed(url: string, count: { members: number; pendingInvites?: number }): Promise<Seeded> {
  const log = (message: string, error: unknown) => console.error(message, error);
  const db = await openDatabase(loadConfig({ DATABASE_URL: url, PASSWORD_HASH_COST: '10' }), log, NO_TRACING);
  // One hash for everyone: sign-in is not measured, and 100,000 scrypt runs would dominate seeding.
  const passwordHash = await hashPassword('bench password', 10);
  const start = Date.now() - count.members - 10_000;
  // Strictly increasing creation times keep "oldest first" equal to member index order.
  const at = (i: number) => new Date(start + i);
  const expiresAt = new Date(Date.now() + 30 * DAY);
  const memberIds: string[] = [];
  try {
    await db.transaction(async ({ db: tx }) => {
      const [account] = await tx
        .insert(accounts)
        .values({ name: 'Bench Co', createdAt: at(0) })
        .returning();
      const [admin] = await tx
        .insert(people)
        .values({ email: 'admin@bench.test', name: 'Ada Admin', passwordHash, createdAt: at(0) })
        .returning();
      const [adminMember] = await tx
        .insert(members)
        .values({ accountId: account!.id, personId: admin!.id, status: 'ACTIVE', createdAt: at(0) })
        .returning();
      await tx.insert(memberPermissions).values({ memberId: adminMember!.id, permissionKey: 'FULL_ACCESS' });
      await tx
        .insert(sessions)
        .values({ tokenHash: hashToken(ADMIN_TOKEN), personId: admin!.id, accountId: account!.id, createdAt: at(0), expiresAt });

      for (let from = 0; from < count.members; from += BATCH) {
        const batch = Array.from({ length: Math.min(BATCH, count.members - from) }, (_, k) => {
          const i = from + k;
          return { i, personId: newId(), memberId: newId(), createdAt: at(i + 1) };
        });
        await tx.insert(people).values(
          batch.map((m) => ({
            id: m.personId,
            email: `member${m.i}@bench.test`,
            name: `Member ${m.i}`,
            passwordHash,
            createdAt: m.createdAt,
          })),
        );
        await tx.insert(members).values(
          batch.map((m) => ({
            id: m.memberId,
            accountId: account!.id,
            personId: m.personId,
            status: 'ACTIVE' as const,
            createdAt: m.createdAt,
          })),
        );
        await tx
          .insert(memberPermissions)
          .values(
            batch.flatMap((m) =>
              MEMBER_PERMISSIONS[m.i % MEMBER_PERMISSIONS.length]!.map((permissionKey) => ({ memberId: m.memberId, permissionKey })),
            ),
          );
        await tx.insert(sessions).values(
          batch.map((m) => ({
            tokenHash: hashToken(memberToken(m.i)),
            personId: m.personId,
            accountId: account!.id,
            createdAt: m.createdAt,
            expiresAt,
          })),
        );
        memberIds.push(...batch.map((m) => m.memberId));
      }

      for (let i = 0; i < (count.pendingInvites ?? 60); i++) {
        const [invite] = await tx
          .insert(invites)
          .values({
            accountId: account!.id,
            email: `invitee${i}@bench.test`,
            name: `Invitee ${i}`,
            permissions: MEMBER_PERMISSIONS[i % MEMBER_PERMISSIONS.length]!,
            status: 'PENDING',
            invitedById: adminMember!.id,
            lastSentById: adminMember!.id,
            createdAt: at(count.members + i + 1),
            lastSentAt: at(count.members + i + 1),
            expiresAt: new Date(Date.now() + 7 * DAY),
          })
          .returning();
        await tx.insert(inviteTokens).values({ tokenHash: hashToken(`bench-invite-${i}`), inviteId: invite!.id });
      }
    });
  } finally {
    await db.close();
  }
  return { url, members: count.members, adminToken: ADMIN_TOKEN, memberIds };
}

/**
 * Seeds `url` from a child process whose dialect is that URL's (`seed` can only write the tables
 * of the dialect its process loaded). Prints nothing on success but the Seeded JSON.
 */
export async function seedInChild(url: string, count: { members: number }): Promise<Seeded> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', import.meta.filename, '--url', url, '--members', String(count.members)],
    { env: { ...process.env, DATABASE_URL: url }, maxBuffer: 64 * 2 ** 20 },
  );
  return JSON.parse(stdout) as Seeded;
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({ options: { url: { type: 'string' }, members: { type: 'string' } } });
  process.stdout.write(JSON.stringify(await seed(values.url!, { members: Number(values.members) })));
}
