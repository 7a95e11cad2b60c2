import { and, count, eq, ne } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import type { Transaction } from '../../db/client.js';
import { conflict, forbidden } from '../../errors.js';
import { accountFeatures, capabilityName } from './capabilities.js';
import { FULL_ACCESS, Narrowing } from './catalog.js';
import { type AccountFeatures, type EffectivePermissions, decide, gains } from './decide.js';
import { memberPermissions, members } from '../users/index.js';

/**
 * Escalation is judged with every feature on and without combinations, so a grant cannot lie dormant
 * until a feature is enabled or a combining permission is added.
 */
const allFeaturesOn = Object.fromEntries(Object.keys(accountFeatures).map((f) => [f, true])) as AccountFeatures;
const asGrants = (keys: readonly string[]) => decide(keys, allFeaturesOn, { combinations: false });

export interface Grantor {
  readonly memberId: string;
  readonly permissionKeys: readonly string[];
}

/** The caller as a grantor. `mutate` has reloaded them inside the transaction, so this is current. */
export const grantorOf = (ctx: MemberContext): Grantor => ({
  memberId: ctx.viewer.member.id,
  permissionKeys: ctx.viewer.permissions.permissionKeys,
});

export interface PermissionChange {
  /** The member whose permissions change; null for an invite not yet accepted. */
  readonly targetMemberId: string | null;
  /** What the member holds now; null for someone who is not a member yet and so holds nothing. */
  readonly before: readonly string[] | null;
  readonly after: readonly string[];
}

/**
 * A person who is not a member: no capability at all, every narrowing. Against this baseline an
 * invite must be covered whole by the inviter, everyday capabilities included: a manager under a
 * restriction or a scope cannot invite someone free of it.
 */
const nobody: Pick<EffectivePermissions, 'capabilities' | 'narrowings'> = {
  capabilities: new Set(),
  narrowings: Object.keys(Narrowing) as Array<keyof typeof Narrowing>,
};

/**
 * The rules of managing permissions (shared/PERMISSION-MODEL.md, "Managing"): nobody edits their
 * own permissions; only full-access members grant full access or touch a full-access member; a
 * manager grants only capabilities they hold and lifts only narrowings they are not under.
 */
export function assertMayChangePermissions(grantor: Grantor, change: PermissionChange): void {
  if (change.targetMemberId === grantor.memberId) {
    throw forbidden('Nobody can change their own permissions', { rule: 'SELF_EDIT' });
  }
  if (change.before?.includes(FULL_ACCESS) || change.after.includes(FULL_ACCESS)) assertFullAccess(grantor);
  const grantorPermissions = asGrants(grantor.permissionKeys);
  const before = change.before === null ? nobody : asGrants(change.before);
  const gained = gains(before, asGrants(change.after));
  const notHeld = gained.capabilities.filter((capability) => !grantorPermissions.has(capability));
  if (notHeld.length > 0) {
    const names = notHeld.map(capabilityName);
    throw forbidden(`You cannot grant what you do not hold: ${names.join(', ')}`, {
      rule: 'GRANT_NOT_HELD',
      capability: names[0],
      capabilities: names,
    });
  }
  const lifted = gained.liftedNarrowings.filter((narrowing) => grantorPermissions.narrowings.includes(narrowing));
  if (lifted.length > 0) {
    throw forbidden(`You cannot lift a narrowing you are under yourself: ${lifted.join(', ')}`, {
      rule: 'GRANT_NOT_HELD',
      narrowings: lifted,
    });
  }
}

/** Only full-access members grant full access or touch (edit, delete, re-invite) a full-access member. */
export function assertFullAccess(grantor: Grantor): void {
  if (!grantor.permissionKeys.includes(FULL_ACCESS)) {
    throw forbidden('Only a full-access user can grant full access or change a full-access user', {
      rule: 'FULL_ACCESS_REQUIRED',
    });
  }
}

/** An account always keeps at least one active full-access member besides `leavingMemberId`. */
export async function assertAnotherFullAccessMember(tx: Transaction, accountId: string, leavingMemberId: string) {
  const [row] = await tx.db
    .select({ count: count() })
    .from(memberPermissions)
    .innerJoin(members, eq(members.id, memberPermissions.memberId))
    .where(
      and(
        eq(members.accountId, accountId),
        eq(members.status, 'ACTIVE'),
        ne(members.id, leavingMemberId),
        eq(memberPermissions.permissionKey, FULL_ACCESS),
      ),
    );
  if (!row || row.count === 0) {
    throw conflict('The account must keep at least one full-access user', { rule: 'LAST_FULL_ACCESS_USER' });
  }
}

export async function replacePermissions(tx: Transaction, memberId: string, keys: readonly string[]) {
  await tx.db.delete(memberPermissions).where(eq(memberPermissions.memberId, memberId));
  if (keys.length > 0) {
    await tx.db.insert(memberPermissions).values(keys.map((permissionKey) => ({ memberId, permissionKey })));
  }
}

/** The catalog keys a member holds, as committed. */
export async function heldKeys(tx: Transaction, memberId: string): Promise<string[]> {
  const rows = await tx.db.select().from(memberPermissions).where(eq(memberPermissions.memberId, memberId));
  return normalizeKeys(rows.map((row) => row.permissionKey));
}

/** Sorted and without repeats, so that audit records and comparisons are stable. */
export const normalizeKeys = (keys: readonly string[]) => [...new Set(keys)].sort();
