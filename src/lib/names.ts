/** `manageUsers` → `MANAGE_USERS`: how camelCase internal names appear in GraphQL enums. */
export const constantCase = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
