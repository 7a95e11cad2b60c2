import type { AccountFeatures } from '../permissions/decide.js';
import type { AccountRow } from './tables.js';

/** The account features that gate capabilities, read from the account row. */
export const accountFeatureFlags = (account: Pick<AccountRow, 'wholesaleEnabled'>): AccountFeatures => ({
  wholesale: account.wholesaleEnabled,
});
