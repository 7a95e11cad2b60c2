import { first, one } from '../../db/rows.js';
import { eq } from 'drizzle-orm';
import type { App } from '../../app.js';
import type { Transaction } from '../../db/client.js';
import { changesOf } from '../../lib/changes.js';
import * as validate from '../../lib/validate.js';
import type { WriteContext } from '../../request/transaction.js';
import { audit, recordAudit } from '../audit/service.js';
import { publishAfterCommit } from '../live/publish.js';
import { FULL_ACCESS } from '../permissions/catalog.js';
import { replacePermissions } from '../permissions/service.js';
import { members } from '../users/index.js';
import { accounts } from './tables.js';

/** A new account whose first member, the person `personId`, has full access. */
export async function openAccount(app: App, tx: Transaction, personId: string, name: string, at: Date) {
  const account = await one(tx.db.insert(accounts).values({ name, createdAt: at }).returning());
  const member = await one(tx.db.insert(members).values({ accountId: account.id, personId, status: 'ACTIVE', createdAt: at }).returning());
  await replacePermissions(tx, member.id, [FULL_ACCESS]);
  await recordAudit(app, tx, {
    accountId: account.id,
    action: 'ACCOUNT_CREATED',
    subjectId: account.id,
    actorId: member.id,
    targetId: member.id,
    after: { name: account.name, permissions: [FULL_ACCESS] },
    at,
  });
  return { account, member };
}

export interface UpdateAccountInput {
  name?: string | null;
  wholesaleEnabled?: boolean | null;
  coverDays?: number | null;
  overstockCoverDays?: number | null;
}

/** Changes the account's settings and features; a feature change re-decides every member's capabilities. */
export async function updateAccount(ctx: WriteContext, input: UpdateAccountInput) {
  const proposed = {
    name: input.name == null ? undefined : validate.name('name', input.name),
    wholesaleEnabled: input.wholesaleEnabled ?? undefined,
    coverDays: input.coverDays == null ? undefined : validate.wholeNumber('coverDays', input.coverDays, 1, 365),
    overstockCoverDays:
      input.overstockCoverDays == null ? undefined : validate.wholeNumber('overstockCoverDays', input.overstockCoverDays, 1, 730),
  };
  const { tx } = ctx;
  const current = (await first(tx.db.select().from(accounts).where(eq(accounts.id, ctx.viewer.account.id))))!;
  const changes = changesOf(current, proposed);
  if (changes.keys.length === 0) return current;
  const after = await one(tx.db.update(accounts).set(changes.set).where(eq(accounts.id, current.id)).returning());
  if (changes.keys.includes('wholesaleEnabled')) {
    publishAfterCommit(ctx.app, tx, 'account:permissions', after.id, {
      cause: 'ACCOUNT_FEATURES_CHANGED',
      at: ctx.app.now().toISOString(),
    });
  }
  await audit(ctx, 'ACCOUNT_UPDATED', after.id, { before: changes.before, after: changes.after });
  return after;
}
