/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ClientLogIn($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n      me {\n        name\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClientLogInDocument,
    "\n  query ClientMyPermissions {\n    me {\n      name\n      permissions {\n        fullAccess\n        permissions\n        decisions {\n          capability\n          allowed\n          reason\n          grantedBy\n          restrictedBy\n        }\n      }\n    }\n  }\n": typeof types.ClientMyPermissionsDocument,
    "\n  query ClientMembers($first: Int) {\n    users(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        status\n        permissions {\n          fullAccess\n          permissions\n        }\n      }\n    }\n  }\n": typeof types.ClientMembersDocument,
    "\n  mutation ClientInvite($email: String!, $name: String, $permissions: [PermissionKey!]) {\n    inviteUser(input: { email: $email, name: $name, permissions: $permissions }) {\n      id\n      email\n      status\n      permissions\n    }\n  }\n": typeof types.ClientInviteDocument,
    "\n  mutation ClientSetPermissions($userId: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $userId, permissions: $permissions }) {\n      id\n      permissions {\n        permissions\n        capabilities\n      }\n    }\n  }\n": typeof types.ClientSetPermissionsDocument,
    "\n  query ClientPermissionCatalog {\n    permissionCatalog {\n      key\n      name\n      description\n      category\n      kind\n      grants\n      removes\n      narrows\n    }\n  }\n": typeof types.ClientPermissionCatalogDocument,
};
const documents: Documents = {
    "\n  mutation ClientLogIn($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n      me {\n        name\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ClientLogInDocument,
    "\n  query ClientMyPermissions {\n    me {\n      name\n      permissions {\n        fullAccess\n        permissions\n        decisions {\n          capability\n          allowed\n          reason\n          grantedBy\n          restrictedBy\n        }\n      }\n    }\n  }\n": types.ClientMyPermissionsDocument,
    "\n  query ClientMembers($first: Int) {\n    users(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        status\n        permissions {\n          fullAccess\n          permissions\n        }\n      }\n    }\n  }\n": types.ClientMembersDocument,
    "\n  mutation ClientInvite($email: String!, $name: String, $permissions: [PermissionKey!]) {\n    inviteUser(input: { email: $email, name: $name, permissions: $permissions }) {\n      id\n      email\n      status\n      permissions\n    }\n  }\n": types.ClientInviteDocument,
    "\n  mutation ClientSetPermissions($userId: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $userId, permissions: $permissions }) {\n      id\n      permissions {\n        permissions\n        capabilities\n      }\n    }\n  }\n": types.ClientSetPermissionsDocument,
    "\n  query ClientPermissionCatalog {\n    permissionCatalog {\n      key\n      name\n      description\n      category\n      kind\n      grants\n      removes\n      narrows\n    }\n  }\n": types.ClientPermissionCatalogDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientLogIn($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n      me {\n        name\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClientLogIn($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) {\n      token\n      me {\n        name\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientMyPermissions {\n    me {\n      name\n      permissions {\n        fullAccess\n        permissions\n        decisions {\n          capability\n          allowed\n          reason\n          grantedBy\n          restrictedBy\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientMyPermissions {\n    me {\n      name\n      permissions {\n        fullAccess\n        permissions\n        decisions {\n          capability\n          allowed\n          reason\n          grantedBy\n          restrictedBy\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientMembers($first: Int) {\n    users(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        status\n        permissions {\n          fullAccess\n          permissions\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientMembers($first: Int) {\n    users(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        email\n        status\n        permissions {\n          fullAccess\n          permissions\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientInvite($email: String!, $name: String, $permissions: [PermissionKey!]) {\n    inviteUser(input: { email: $email, name: $name, permissions: $permissions }) {\n      id\n      email\n      status\n      permissions\n    }\n  }\n"): (typeof documents)["\n  mutation ClientInvite($email: String!, $name: String, $permissions: [PermissionKey!]) {\n    inviteUser(input: { email: $email, name: $name, permissions: $permissions }) {\n      id\n      email\n      status\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientSetPermissions($userId: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $userId, permissions: $permissions }) {\n      id\n      permissions {\n        permissions\n        capabilities\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClientSetPermissions($userId: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $userId, permissions: $permissions }) {\n      id\n      permissions {\n        permissions\n        capabilities\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientPermissionCatalog {\n    permissionCatalog {\n      key\n      name\n      description\n      category\n      kind\n      grants\n      removes\n      narrows\n    }\n  }\n"): (typeof documents)["\n  query ClientPermissionCatalog {\n    permissionCatalog {\n      key\n      name\n      description\n      category\n      kind\n      grants\n      removes\n      narrows\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;