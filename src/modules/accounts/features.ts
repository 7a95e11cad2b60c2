import type { AccountFeatures } from '../permissions/decide.js';
import type { AccountRow } from './tables.js';

/** Per row read: every member of a list shares their account's row, so `decide` recognises its flags by identity. */
const flagsOfRow = new WeakMap<object, AccountFeatures>();

/** The account features that gate capabilities, read from the account row (rows are never changed in place). */
export function accountFeatureFlags(account: Pick<AccountRow, 'wholesaleEnabled'>): AccountFeatures {
  let flags = flagsOfRow.get(account);
  if (!flags) flagsOfRow.set(account, (flags = Object.freeze({ wholesale: account.wholesaleEnabled })));
  return flags;
}
