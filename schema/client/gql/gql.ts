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
    "\n  mutation ClientLogIn($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) { token me { name account { id name } } }\n  }\n": typeof types.ClientLogInDocument,
    "\n  query ClientMyPermissions {\n    me {\n      name\n      permissions { fullAccess permissions decisions { capability allowed reason grantedBy restrictedBy } }\n    }\n  }\n": typeof types.ClientMyPermissionsDocument,
    "\n  query ClientMembers($first: Int) {\n    users(first: $first) { totalCount nodes { id name email status permissions { fullAccess permissions } } }\n  }\n": typeof types.ClientMembersDocument,
    "\n  mutation ClientInvite($email: String!, $name: String, $permissions: [PermissionKey!]) {\n    inviteUser(input: { email: $email, name: $name, permissions: $permissions }) { id email status permissions }\n  }\n": typeof types.ClientInviteDocument,
    "\n  mutation ClientSetPermissions($userId: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $userId, permissions: $permissions }) { id permissions { permissions capabilities } }\n  }\n": typeof types.ClientSetPermissionsDocument,
    "\n  query ClientPermissionCatalog {\n    permissionCatalog { key name description category kind grants removes narrows }\n  }\n": typeof types.ClientPermissionCatalogDocument,
};
const documents: Documents = {
    "\n  mutation ClientLogIn($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) { token me { name account { id name } } }\n  }\n": types.ClientLogInDocument,
    "\n  query ClientMyPermissions {\n    me {\n      name\n      permissions { fullAccess permissions decisions { capability allowed reason grantedBy restrictedBy } }\n    }\n  }\n": types.ClientMyPermissionsDocument,
    "\n  query ClientMembers($first: Int) {\n    users(first: $first) { totalCount nodes { id name email status permissions { fullAccess permissions } } }\n  }\n": types.ClientMembersDocument,
    "\n  mutation ClientInvite($email: String!, $name: String, $permissions: [PermissionKey!]) {\n    inviteUser(input: { email: $email, name: $name, permissions: $permissions }) { id email status permissions }\n  }\n": types.ClientInviteDocument,
    "\n  mutation ClientSetPermissions($userId: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $userId, permissions: $permissions }) { id permissions { permissions capabilities } }\n  }\n": types.ClientSetPermissionsDocument,
    "\n  query ClientPermissionCatalog {\n    permissionCatalog { key name description category kind grants removes narrows }\n  }\n": types.ClientPermissionCatalogDocument,
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
export function graphql(source: "\n  mutation ClientLogIn($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) { token me { name account { id name } } }\n  }\n"): (typeof documents)["\n  mutation ClientLogIn($email: String!, $password: String!) {\n    login(input: { email: $email, password: $password }) { token me { name account { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientMyPermissions {\n    me {\n      name\n      permissions { fullAccess permissions decisions { capability allowed reason grantedBy restrictedBy } }\n    }\n  }\n"): (typeof documents)["\n  query ClientMyPermissions {\n    me {\n      name\n      permissions { fullAccess permissions decisions { capability allowed reason grantedBy restrictedBy } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientMembers($first: Int) {\n    users(first: $first) { totalCount nodes { id name email status permissions { fullAccess permissions } } }\n  }\n"): (typeof documents)["\n  query ClientMembers($first: Int) {\n    users(first: $first) { totalCount nodes { id name email status permissions { fullAccess permissions } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientInvite($email: String!, $name: String, $permissions: [PermissionKey!]) {\n    inviteUser(input: { email: $email, name: $name, permissions: $permissions }) { id email status permissions }\n  }\n"): (typeof documents)["\n  mutation ClientInvite($email: String!, $name: String, $permissions: [PermissionKey!]) {\n    inviteUser(input: { email: $email, name: $name, permissions: $permissions }) { id email status permissions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientSetPermissions($userId: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $userId, permissions: $permissions }) { id permissions { permissions capabilities } }\n  }\n"): (typeof documents)["\n  mutation ClientSetPermissions($userId: ID!, $permissions: [PermissionKey!]!) {\n    updateUserPermissions(input: { userId: $userId, permissions: $permissions }) { id permissions { permissions capabilities } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientPermissionCatalog {\n    permissionCatalog { key name description category kind grants removes narrows }\n  }\n"): (typeof documents)["\n  query ClientPermissionCatalog {\n    permissionCatalog { key name description category kind grants removes narrows }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;