import { one } from '../../db/rows.js';
import { and, eq } from 'drizzle-orm';
import type { App } from '../../app.js';
import type { MemberContext } from '../../context.js';
import type { Transaction } from '../../db/client.js';
import { paginate } from '../../db/paginate.js';
import type { PageArgs } from '../../lib/pagination.js';
import { publishAfterCommit } from '../live/publish.js';
import { type AuditAction, auditLog } from './tables.js';

export interface AuditRecord {
  accountId: string;
  action: AuditAction;
  actorId: string | null;
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
  'USER_DELETED',
]);

/**
 * Appends to the audit log inside the change's own transaction (no change goes unrecorded), and
 * announces membership changes to the account's subscribers once it commits.
 */
export async function recordAudit(app: App, tx: Transaction, record: AuditRecord) {
  const entry = await one(tx.db
    .insert(auditLog)
    .values({
      accountId: record.accountId,
      action: record.action,
      actorId: record.actorId,
      targetId: record.targetId ?? null,
      inviteId: record.inviteId ?? null,
      before: record.before ?? null,
      after: record.after ?? null,
      createdAt: record.at,
    })
    .returning());
  if (MEMBERSHIP_ACTIONS.has(record.action)) {
    publishAfterCommit(app, tx, 'account:membership', record.accountId, {
      id: entry.id,
      accountId: entry.accountId,
      action: entry.action,
      actorId: entry.actorId,
      targetId: entry.targetId,
      inviteId: entry.inviteId,
      at: entry.createdAt.toISOString(),
    });
  }
}

export interface AuditLogArgs extends PageArgs {
  targetId?: string | null;
}

/** The caller's account's audit log, newest first. */
export async function listAuditLog(ctx: MemberContext, args: AuditLogArgs) {
  const scope = and(
    eq(auditLog.accountId, ctx.viewer.account.id),
    args.targetId ? eq(auditLog.targetId, args.targetId) : undefined,
  );
  return paginate(ctx.app.db.read, auditLog, scope, args, 'desc');
}
