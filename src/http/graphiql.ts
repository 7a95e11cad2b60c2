import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL as Roster serves it: every script, style and worker inlined by
 * `@graphql-yoga/render-graphiql`, so it works with no internet; one tab per first task, and a
 * Headers tab ready for the session token.
 */
const tab = (query: string) => ({ query: query.trim(), headers: '{ "Authorization": "" }' });

export const GRAPHIQL_OPTIONS: GraphiQLOptions = {
  title: 'Roster',
  subscriptionsProtocol: 'SSE',
  // Its subscriptions go as GET requests: they carry the header that CSRF prevention asks of a GET.
  additionalHeaders: { 'x-graphql-yoga-csrf': 'graphiql' },
  defaultTabs: [
    tab(`
# Welcome to Roster. Sign up, then open the link the server's log shows (or run VerifyEmail with its
# token). Put the session token you get in the Headers tab: { "Authorization": "Bearer <token>" }
mutation SignUp {
  signUp(input: { accountName: "Acme", name: "Ada Admin", email: "ada@example.com", password: "correct horse" }) { email message }
}

mutation VerifyEmail {
  verifyEmail(input: { token: "<token from the link>", password: "correct horse" }) {
    token
    me { name account { name } permissions { fullAccess } }
  }
}

mutation LogIn {
  login(input: { email: "ada@example.com", password: "correct horse" }) { token me { name account { name } } }
}`),
    tab(`
# Members of your account, with their permissions (needs MANAGE_USERS to see others' permissions)
query Users {
  users(first: 50) { totalCount nodes { id name email status permissions { fullAccess permissions } } }
}

# What you may do, and why
query Me {
  me { name account { name } permissions { decisions { capability allowed reason grantedBy restrictedBy } } }
}`),
    tab(`
# Invite someone: "Full access" unless you pass other permissions (see permissionCatalog)
mutation Invite {
  inviteUser(input: { email: "bob@example.com", name: "Bob Buyer", permissions: [OVERVIEW, REPLENISHMENT] }) { id status expiresAt }
}

# Change a member's permissions: the complete new set
mutation EditPermissions {
  updateUserPermissions(input: { userId: "<a user id from Users>", permissions: [OVERVIEW] }) { name permissions { permissions } }
}

# Every permission set and toggle, to build a permission editor from
query PermissionCatalog {
  permissionCatalog { key name category kind description grants removes }
}`),
    tab(`
# Your permissions, live: run it, then change them from another tab or client
subscription WatchMyPermissions {
  myPermissionsChanged { cause capabilitiesAdded capabilitiesRemoved sessionEnded }
}`),
  ],
};
