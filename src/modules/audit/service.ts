import { one } from '../../db/rows.js';
import { and, asc, eq, gte, inArray, notInArray, or } from 'drizzle-orm';
import type { App } from '../../app.js';
import type { MemberContext } from '../../request/context.js';
import type { Transaction } from '../../db/client.js';
import { inChunks } from '../../db/chunks.js';
import { paginate } from '../../db/paginate.js';
import type { PageArgs } from '../../lib/pagination.js';
import { publishAfterCommit } from '../live/publish.js';
import type { MembershipEvent } from '../live/events.js';
import type { WriteContext } from '../../request/transaction.js';
import { reachableRecords } from '../connections/scope.js';
import { members } from '../users/index.js';
import { type AuditAction, type AuditSubjectType, auditLog, auditSubjectOf } from './tables.js';

export interface AuditRecord {
  accountId: string;
  action: AuditAction;
  actorId: string | null;
  /** The record the action is about (its type follows from the action); defaults to the invite, user or account. */
  subjectId?: string;
  targetId?: string | null;
  inviteId?: string | null;
  before?: unknown;
  after?: unknown;
  at: Date;
}

/** Audited actions that subscribers of `accountMembershipChanged` hear about. */
const MEMBERSHIP_ACTIONS = new Set<AuditAction>([
  'ACCOUNT_UPDATED',
  'INVITE_SENT',
  'INVITE_RESENT',
  'INVITE_REVOKED',
  'INVITE_ACCEPTED',
  'INVITE_EXPIRED',
  'PERMISSIONS_CHANGED',
  'USER_REGIONS_CHANGED',
  'USER_DELETED',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET',
  'EMAIL_CHANGED',
]);

/**
 * Appends to the audit log inside the change's own transaction (no change goes unrecorded), and
 * announces membership changes to the account's subscribers once it commits.
 */
export async function recordAudit(app: App, tx: Transaction, record: AuditRecord) {
  const entry = await one(
    tx.db
      .insert(auditLog)
      .values({
        accountId: record.accountId,
        action: record.action,
        actorId: record.actorId,
        subjectType: auditSubjectOf(record.action),
        subjectId: record.subjectId ?? record.inviteId ?? record.targetId ?? record.accountId,
        targetId: record.targetId ?? null,
        inviteId: record.inviteId ?? null,
        before: record.before ?? null,
        after: record.after ?? null,
        createdAt: record.at,
      })
      .returning(),
  );
  if (MEMBERSHIP_ACTIONS.has(record.action)) publishAfterCommit(app, tx, 'account:membership', record.accountId, membershipEventOf(entry));
}

const membershipEventOf = (entry: typeof auditLog.$inferSelect): MembershipEvent => ({
  id: entry.id,
  accountId: entry.accountId,
  action: entry.action,
  actorId: entry.actorId,
  targetId: entry.targetId,
  inviteId: entry.inviteId,
  at: entry.createdAt.toISOString(),
});

/**
 * The membership events of an account recorded since `since`, oldest first: what a stream that may
 * have missed events (a Redis outage) replays from the audit log, which holds every one of them.
 */
export async function membershipEventsSince(app: App, accountId: string, since: Date): Promise<MembershipEvent[]> {
  const entries = await app.db.read
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.accountId, accountId), inArray(auditLog.action, [...MEMBERSHIP_ACTIONS]), gte(auditLog.createdAt, since)))
    .orderBy(asc(auditLog.createdAt), asc(auditLog.id))
    .limit(MAX_REPLAYED);
  return entries.map(membershipEventOf);
}

/** A replay longer than this is cut: a client that missed so much re-reads the audit log. */
const MAX_REPLAYED = 1000;

/**
 * Records a change to a login (its password, its email) in every account the person is an active
 * member of, as done by and to their member there: each account's admins see it.
 */
export async function recordAuditForPerson(
  app: App,
  tx: Transaction,
  personId: string,
  record: Pick<AuditRecord, 'action' | 'before' | 'after' | 'at'>,
) {
  const memberships = await tx.db
    .select({ id: members.id, accountId: members.accountId })
    .from(members)
    .where(and(eq(members.personId, personId), eq(members.status, 'ACTIVE')));
  for (const member of memberships) {
    await recordAudit(app, tx, { ...record, accountId: member.accountId, actorId: member.id, targetId: member.id });
  }
}

/** What changed, as JSON: the fields that changed, before and after. */
export interface AuditChange {
  before?: unknown;
  after?: unknown;
}

/**
 * Records an action of the caller inside their mutation's transaction: account, actor and time come
 * from the context, the subject's type from the action.
 */
export const audit = (ctx: WriteContext, action: AuditAction, subjectId: string, change: AuditChange = {}) =>
  recordAudit(ctx.app, ctx.tx, {
    accountId: ctx.viewer.account.id,
    action,
    actorId: ctx.viewer.member.id,
    subjectId,
    targetId: auditSubjectOf(action) === 'User' ? subjectId : null,
    inviteId: auditSubjectOf(action) === 'Invite' ? subjectId : null,
    ...change,
    at: ctx.app.now(),
  });

/**
 * Records the same action on many subjects at once (an import's orders), a few statements for any
 * number. For actions nobody subscribes to: membership actions go through `audit` one by one.
 */
export async function auditEach(ctx: WriteContext, action: AuditAction, entries: ReadonlyArray<AuditChange & { subjectId: string }>) {
  if (MEMBERSHIP_ACTIONS.has(action)) throw new Error(`${action} is announced to subscribers: record it with audit()`);
  const subject = auditSubjectOf(action);
  const at = ctx.app.now();
  await inChunks(entries, (chunk) =>
    ctx.tx.db
      .insert(auditLog)
      .values(
        chunk.map((entry) => ({
          accountId: ctx.viewer.account.id,
          action,
          actorId: ctx.viewer.member.id,
          subjectType: subject,
          subjectId: entry.subjectId,
          targetId: subject === 'User' ? entry.subjectId : null,
          inviteId: subject === 'Invite' ? entry.subjectId : null,
          before: entry.before ?? null,
          after: entry.after ?? null,
          createdAt: at,
        })),
      )
      .returning({ id: auditLog.id }),
  );
}

export interface AuditLogArgs extends PageArgs {
  targetId?: string | null;
  subjectType?: AuditSubjectType | null;
  subjectId?: string | null;
}

/**
 * Under geographic scope, entries about connections, orders and invoices outside the caller's
 * regions are left out, as those records are (nothing about them leaks through the log).
 */
async function withinGeographicScope(ctx: MemberContext) {
  const reached = await reachableRecords(ctx);
  if (!reached) return undefined;
  return or(notInArray(auditLog.subjectType, reached.types), ...reached.ids.map((ids) => inArray(auditLog.subjectId, ids)));
}

/** The caller's account's audit log, newest first. */
export async function listAuditLog(ctx: MemberContext, args: AuditLogArgs) {
  const scope = and(
    eq(auditLog.accountId, ctx.viewer.account.id),
    args.targetId ? eq(auditLog.targetId, args.targetId) : undefined,
    args.subjectType ? eq(auditLog.subjectType, args.subjectType) : undefined,
    args.subjectId ? eq(auditLog.subjectId, args.subjectId) : undefined,
    await withinGeographicScope(ctx),
  );
  return paginate(ctx.app.db.read, auditLog, scope, args, 'desc');
}
