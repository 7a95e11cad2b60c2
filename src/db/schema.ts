// Every module's tables, for drizzle-kit and the typed database client. Tables live in their modules.
export * from '../modules/accounts/tables.js';
export * from '../modules/users/tables.js';
export * from '../modules/auth/tables.js';
export * from '../modules/invites/tables.js';
export * from '../modules/audit/tables.js';
export * from '../modules/mail/tables.js';
export * from '../modules/catalog/tables.js';
export * from '../modules/purchasing/tables.js';
export * from '../modules/wholesale/tables.js';
export * from '../modules/open-to-buy/tables.js';
export * from '../modules/reports/tables.js';
export * from '../modules/billing/tables.js';
export * from '../modules/sync/tables.js';
