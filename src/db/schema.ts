// Every module's tables, for drizzle-kit and the typed database client. Tables live in their modules.
export * from '../modules/accounts/tables.js';
export * from '../modules/users/tables.js';
export * from '../modules/auth/tables.js';
export * from '../modules/invites/tables.js';
export * from '../modules/audit/tables.js';
export * from '../modules/mail/tables.js';
