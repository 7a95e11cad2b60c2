/**
 * Scope maps shared by several fields. Each is declared on its fields (`authScopes`) and passed to
 * `mutate`, which has scope-auth decide it again inside the mutation's transaction, against the
 * caller's session and permissions as committed at that moment.
 */
export const MEMBER = { member: true } as const;
export const USER_MANAGER = { manageUsers: true } as const;
export const ACCOUNT_SETTINGS = { settings: true } as const;
