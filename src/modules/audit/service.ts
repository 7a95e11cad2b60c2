import { and, eq } from 'drizzle-orm';
import type { MemberContext } from '../../context.js';
import type { Transaction } from '../../db/client.js';
import { paginate } from '../../db/paginate.js';
import type { PageArgs } from '../../lib/pagination.js';
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

/** Appends to the audit log inside the change's own transaction: no change goes unrecorded. */
export async function recordAudit(tx: Transaction, record: AuditRecord) {
  await tx.db.insert(auditLog).values({
    accountId: record.accountId,
    action: record.action,
    actorId: record.actorId,
    targetId: record.targetId ?? null,
    inviteId: record.inviteId ?? null,
    before: record.before ?? null,
    after: record.after ?? null,
    createdAt: record.at,
  });
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
