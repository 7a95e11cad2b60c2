import type { Capability } from '../modules/permissions/capabilities.js';

/**
 * The scopes every field and mutation is guarded by. One scope per capability (generated from
 * src/modules/permissions/capabilities.ts), plus:
 * - `public`: anyone, signed in or not. Declared explicitly on the few public operations.
 * - `member`: a live session of an active member. The default of every root type.
 */
export type AuthScopes = { public: boolean; member: boolean } & { [C in Capability]: boolean };

/**
 * Scope maps shared by several fields, declared on them as `authScopes`. A member mutation's scopes
 * are decided again inside its transaction (src/graphql/transactions.ts).
 */
export const MEMBER = { member: true } as const;
export const USER_MANAGER = { manageUsers: true } as const;
export const ACCOUNT_SETTINGS = { settings: true } as const;
