import { graphql } from './gql/index.js';

// The example client's operations: typed by `npm run codegen` (The Guild's client preset) into
// ./gql/, so variables and answers are checked by TypeScript in the application that uses them.

export const LogIn = graphql(`
  mutation ClientLogIn($email: String!, $password: String!) {
    login(input: { email: $email, password: $password }) {
      token
      me {
        name
        account {
          id
          name
        }
      }
    }
  }
`);

export const MyPermissions = graphql(`
  query ClientMyPermissions {
    me {
      name
      permissions {
        fullAccess
        permissions
        decisions {
          capability
          allowed
          reason
          grantedBy
          restrictedBy
        }
      }
    }
  }
`);

export const Members = graphql(`
  query ClientMembers($first: Int) {
    users(first: $first) {
      totalCount
      nodes {
        id
        name
        email
        status
        permissions {
          fullAccess
          permissions
        }
      }
    }
  }
`);

export const Invite = graphql(`
  mutation ClientInvite($email: String!, $name: String, $permissions: [PermissionKey!]) {
    inviteUser(input: { email: $email, name: $name, permissions: $permissions }) {
      id
      email
      status
      permissions
    }
  }
`);

export const SetPermissions = graphql(`
  mutation ClientSetPermissions($userId: ID!, $permissions: [PermissionKey!]!) {
    updateUserPermissions(input: { userId: $userId, permissions: $permissions }) {
      id
      permissions {
        permissions
        capabilities
      }
    }
  }
`);

export const PermissionCatalog = graphql(`
  query ClientPermissionCatalog {
    permissionCatalog {
      key
      name
      description
      category
      kind
      grants
      removes
      narrows
    }
  }
`);
