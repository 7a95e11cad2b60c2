import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedUp, type TestServer, addMember, signUp, startServer, uniqueEmail } from './harness.js';
import { vocabularyProblems } from './vocabulary.js';
import { graphql, run } from './kit/index.js';

// One vocabulary: every capability, permission, rule and reason an error names is a value of the
// schema's enums. The harness checks every error of every suite (test/vocabulary.ts); this file
// checks the checker, and each kind of refusal by name.

describe('the vocabulary check', () => {
  it('flags internal names, unknown extension keys and values outside the enums', () => {
    expect(vocabularyProblems({ message: 'Missing permission "manageUsers"', extensions: { capability: 'manageUsers' } })).toHaveLength(2);
    expect(vocabularyProblems({ message: 'no', extensions: { code: 'FORBIDDEN', capability: 'fullAccess' } })).toHaveLength(1);
    expect(vocabularyProblems({ message: 'no', extensions: { code: 'FORBIDDEN', rule: 'NOT_A_RULE' } })).toHaveLength(1);
    expect(vocabularyProblems({ message: 'no', extensions: { code: 'FORBIDDEN', somethingNew: 1 } })).toEqual([
      'unknown extensions.somethingNew',
    ]);
    expect(
      vocabularyProblems({ message: 'Missing capability MANAGE_USERS', extensions: { code: 'FORBIDDEN', capability: 'MANAGE_USERS' } }),
    ).toEqual([]);
  });
});

describe('refusals name enum values', () => {
  let server: TestServer;
  let admin: SignedUp;
  let manager: SignedUp;
  beforeAll(async () => {
    server = await startServer();
    admin = await signUp(server);
    manager = await addMember(server, admin, ['OVERVIEW', 'ALLOW_MANAGE_PERMISSIONS'], 'Max Manager');
  });
  afterAll(() => server.close());

  const INVITE = graphql(`
    mutation VocabularyInvite($input: InviteUserInput!) {
      inviteUser(input: $input) {
        id
      }
    }
  `);
  const refusal = async <Result, Variables>(query: TypedDocumentNode<Result, Variables>, variables: Variables, token: string) => {
    const response = await run(server, query, variables, token);
    expect(response.errors, JSON.stringify(response)).toHaveLength(1);
    return response.errors![0]!;
  };

  it('a missing capability: the Capability value, the reason and the granting keys', async () => {
    const member = await addMember(server, admin, ['OVERVIEW'], 'Olga Overview');
    const error = await refusal(
      graphql(`
        query VocabularyInvites {
          invites {
            totalCount
          }
        }
      `),
      {},
      member.token,
    );
    expect(error.message).toMatch(/^Missing capability MANAGE_USERS: granted by FULL_ACCESS/);
    expect(error.extensions).toEqual({
      code: 'FORBIDDEN',
      capability: 'MANAGE_USERS',
      reason: 'NOT_GRANTED',
      grantedBy: ['FULL_ACCESS', 'ALLOW_MANAGE_PERMISSIONS'],
      restrictedBy: [],
    });
    const settings = await refusal(
      graphql(`
        mutation VocabularyUpdateAccount {
          updateAccount(input: { name: "X" }) {
            id
          }
        }
      `),
      {},
      member.token,
    );
    expect(settings.extensions).toMatchObject({ capability: 'SETTINGS', reason: 'NOT_GRANTED' });
  });

  it('full-access rules name the rule FULL_ACCESS_REQUIRED, not a capability', async () => {
    const error = await refusal(INVITE, { input: { email: uniqueEmail(), permissions: ['FULL_ACCESS'] } }, manager.token);
    expect(error.extensions).toEqual({ code: 'FORBIDDEN', rule: 'FULL_ACCESS_REQUIRED' });
  });

  it('grants not held name Capability values', async () => {
    const error = await refusal(
      INVITE,
      { input: { email: uniqueEmail(), permissions: ['OVERVIEW', 'ALLOW_MANAGE_PERMISSIONS', 'OVERSTOCK'] } },
      manager.token,
    );
    expect(error.extensions).toEqual({ code: 'FORBIDDEN', rule: 'GRANT_NOT_HELD', capability: 'OVERSTOCK', capabilities: ['OVERSTOCK'] });
    expect(error.message).toBe('You cannot grant what you do not hold: OVERSTOCK');
  });

  it('self-edit and the last full-access user name their rules', async () => {
    const self = await refusal(
      graphql(`
        mutation VocabularySelfEdit($id: ID!) {
          updateUserPermissions(input: { userId: $id, permissions: [OVERVIEW] }) {
            id
          }
        }
      `),
      { id: admin.userId },
      admin.token,
    );
    expect(self.extensions).toEqual({ code: 'FORBIDDEN', rule: 'SELF_EDIT' });
    const last = await refusal(
      graphql(`
        mutation VocabularyDeleteUser($id: ID!) {
          deleteUser(userId: $id) {
            id
          }
        }
      `),
      { id: admin.userId },
      admin.token,
    );
    expect(last.extensions).toEqual({ code: 'CONFLICT', rule: 'LAST_FULL_ACCESS_USER' });
  });
});
