import { Table, getTableName, is } from 'drizzle-orm';
import type { GraphQLSchema } from 'graphql';
import * as tables from '../src/db/schema.js';
import { type Config, loadConfig } from '../src/config.js';
import { jsonLogger } from '../src/lib/log.js';
import { RateLimit, type RateLimits } from '../src/security/limits.js';
import { type MailTransport, outboxTransport } from '../src/modules/mail/transport.js';
import { outbox } from '../src/modules/mail/tables.js';
import { type Roster, startRoster } from '../src/http/server.js';
import { type TestDatabase, createTestDatabase } from './databases.js';
import { assertVocabulary } from './vocabulary.js';
import type { PermissionKey } from './kit/gql/graphql.js';
import { graphql } from './kit/gql/index.js';
import { ok } from './kit/send.js';

/** A clock the tests move by hand, to expire invites and sessions. */
export class Clock {
  time = Date.now();
  now = () => new Date(this.time);
  advanceDays(days: number) {
    this.time += days * 24 * 60 * 60 * 1000;
  }
}

export interface GraphQLResponse<T = any> {
  status: number;
  data: T | null | undefined;
  errors: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }> | undefined;
}

export interface TestServer {
  roster: Roster;
  clock: Clock;
  /** POSTs a GraphQL request to the real HTTP server, with an optional session token. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns `data`. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** Emails sent so far, newest last. */
  emails(): Promise<Array<{ recipient: string; subject: string; text: string }>>;
  /**
   * Errors and warnings the server logged (unexpected errors, masked for clients). They are printed
   * as they happen unless a test that provokes them called `expectLoggedErrors()` and checks them here.
   */
  loggedErrors: string[];
  expectLoggedErrors(): void;
  /** The invite token from the last email sent to `email`, read from its accept link. */
  inviteToken(email: string): Promise<string>;
  /** The token of the last link to `page` (`/verify-email`, `/reset-password`, …) emailed to `email`. */
  linkToken(email: string, page: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts Roster on a free port with a database of its own, exactly as `npm start` does. */
export async function startServer(
  options: {
    mail?: MailTransport;
    config?: Partial<Config>;
    /** A second instance on the first one's database (which the first one drops). */
    sameDatabaseAs?: TestServer;
    /** A database made beforehand (a restart on a killed process's data); dropped on close. */
    database?: TestDatabase;
    /** Receives the server's log as the server writes it (JSON lines), info included. */
    log?: (line: string) => void;
    /** Another schema from the same builder (a test's probe fields added to Roster's). */
    schema?: GraphQLSchema;
  } = {},
): Promise<TestServer> {
  const database: TestDatabase = options.sameDatabaseAs
    ? { url: options.sameDatabaseAs.roster.app.config.databaseUrl, drop: async () => {} }
    : (options.database ?? (await createTestDatabase()));
  const clock = new Clock();
  const config = {
    ...loadConfig({}),
    port: 0,
    databaseUrl: database.url,
    redisUrl: process.env.REDIS_URL || null,
    shutdownGraceSeconds: 1,
    // scrypt at 2^10 keeps the suite fast; production uses 2^17 (see docs/reference/settings.md).
    passwordHashCost: 10,
    // Expiry announcements write audit entries; tests that want them ask for a short interval.
    inviteExpiryCheckSeconds: 3600,
    // Every test's requests come from 127.0.0.1, and suites start hundreds of sign-ins at once:
    // the tests of limits set their own.
    emailsPerClientPerHour: 1_000_000,
    rateLimits: Object.fromEntries(Object.keys(RateLimit).map((limit) => [limit, { count: 1_000_000, seconds: 3600 }])) as RateLimits,
    passwordHashQueue: 10_000,
    ...options.config,
  };
  const loggedErrors: string[] = [];
  let errorsExpected = false;
  const json = options.log ? jsonLogger('info', options.log) : null;
  const logger = {
    debug: () => {},
    info: (...args: unknown[]) => json?.info(...args),
    warn: (...args: unknown[]) => logger.error(...args),
    error: (...args: unknown[]) => {
      json?.error(...args);
      loggedErrors.push(args.map(String).join(' '));
      if (!errorsExpected) console.error(...args);
    },
  };
  const roster = await startRoster(config, { now: clock.now, mail: options.mail ?? silentOutbox(), logger, schema: options.schema });
  const gql = async (query: string, variables?: Record<string, unknown>, token?: string) => {
    const response = await fetch(roster.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: GraphQLResponse['errors'] };
    assertVocabulary(body.errors);
    return { status: response.status, data: body.data as any, errors: body.errors };
  };
  const emails = async () => (await roster.app.db.read.select().from(outbox)).sort((a, b) => +a.createdAt - +b.createdAt);
  const linkToken = async (email: string, page: string) => {
    const pattern = new RegExp(`${page}\\?token=([\\w-]+)`);
    const token = (await emails())
      .filter((m) => m.recipient === email && pattern.test(m.text))
      .at(-1)
      ?.text.match(pattern)?.[1];
    if (!token) throw new Error(`no email to ${email} links to ${page}`);
    return token;
  };
  return {
    roster,
    clock,
    gql,
    ok: async (query, variables, token) => {
      const response = await gql(query, variables, token);
      if (response.errors) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
      return response.data;
    },
    emails,
    loggedErrors,
    expectLoggedErrors: () => void (errorsExpected = true),
    inviteToken: (email) => linkToken(email, '/invite'),
    linkToken,
    close: async () => {
      await roster.close();
      await database.drop();
    },
  };
}

/** The default outbox transport, without printing every email into the test output. */
const silentOutbox = () => outboxTransport();

let counter = 0;
/** A unique email for this test run. */
export const uniqueEmail = (name = 'user') => `${name}.${process.pid}.${++counter}@example.com`;

export const PASSWORD = 'correct horse battery';

const SignUp = graphql(`
  mutation HarnessSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      email
    }
  }
`);
const VerifyEmail = graphql(`
  mutation HarnessVerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
      token
      me {
        account {
          id
        }
        user {
          id
        }
      }
    }
  }
`);
const InviteUser = graphql(`
  mutation HarnessInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
    }
  }
`);
const AcceptInvite = graphql(`
  mutation HarnessAcceptInvite($input: AcceptInviteInput!) {
    acceptInvite(input: $input) {
      token
      me {
        account {
          id
        }
        user {
          id
        }
      }
    }
  }
`);

export interface SignedUp {
  token: string;
  email: string;
  accountId: string;
  userId: string;
}

/** Signs up and follows the emailed link, as a person would: a new login, account and session. */
export async function signUp(
  server: TestServer,
  accountName = 'Acme',
  name = 'Ada Admin',
  email = uniqueEmail(name.split(' ')[0]!.toLowerCase()),
): Promise<SignedUp> {
  await ok(server, SignUp, { input: { accountName, name, email, password: PASSWORD } });
  const data = await ok(server, VerifyEmail, { input: { token: await server.linkToken(email, '/verify-email'), password: PASSWORD } });
  return { token: data.verifyEmail.token, email, accountId: data.verifyEmail.me.account.id, userId: data.verifyEmail.me.user.id };
}

/** Invites `email` with `permissions` as `admin`, accepts from the emailed link, returns the new member. */
export async function addMember(
  server: TestServer,
  admin: { token: string },
  permissions: string[],
  name = 'Bob Member',
): Promise<SignedUp & { inviteId: string }> {
  const email = uniqueEmail(name.split(' ')[0]!.toLowerCase());
  const invited = await ok(server, InviteUser, { input: { email, name, permissions: permissions as PermissionKey[] } }, admin.token);
  const accepted = await ok(server, AcceptInvite, { input: { token: await server.inviteToken(email), password: PASSWORD } });
  return {
    token: accepted.acceptInvite.token,
    email,
    accountId: accepted.acceptInvite.me.account.id,
    userId: accepted.acceptInvite.me.user.id,
    inviteId: invited.inviteUser.id,
  };
}

/** The error codes of a response, in order. */
export const codes = (response: GraphQLResponse) => (response.errors ?? []).map((e) => e.extensions?.code);

/**
 * Every row of every table, as JSON: equal before and after means nothing was written. When
 * sessions were last seen is left out: the server writes it in the background (last-seen.ts),
 * never because of a request.
 */
export async function snapshotTables(server: TestServer): Promise<string> {
  const db = server.roster.app.db.read;
  const all: Record<string, unknown[]> = {};
  for (const table of Object.values(tables)) {
    if (!is(table, Table)) continue;
    const rows = (await db.select().from(table as never)) as Array<Record<string, unknown>>;
    // In a stable order: PostgreSQL returns rows in whatever order their pages hold them, and a
    // background write (when a session was last seen) moves a row without changing what it says.
    all[getTableName(table)] = rows.map(({ lastSeenAt: _, ...row }) => JSON.stringify(row)).sort();
  }
  return JSON.stringify(all);
}
