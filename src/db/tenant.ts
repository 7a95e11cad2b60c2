import { text } from './dialect.js';
import { accounts } from '../modules/accounts/index.js';

/** The column every tenant table starts with: the account a row belongs to. */
export const accountId = () =>
  text('account_id')
    .notNull()
    .references(() => accounts.id);
