/**
 * Scope maps shared by several fields, declared on them as `authScopes`. A member mutation's scopes
 * are decided again inside its transaction (src/graphql/transactions.ts).
 */
export const MEMBER = { member: true } as const;
export const USER_MANAGER = { manageUsers: true } as const;
export const ACCOUNT_SETTINGS = { settings: true } as const;
