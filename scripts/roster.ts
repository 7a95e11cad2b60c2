// The operator CLI: `npm run roster -- <command> [options]`, `npm run roster -- --help`. It works on
// the database DATABASE_URL names (or ./.env), applying migrations first, as the server does; run
// it beside a running server or without one.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { and, asc, eq } from 'drizzle-orm';
import { type App, createApp } from '../src/app.js';
import { SettingError, loadConfig, withoutPassword } from '../src/config.js';
import { one } from '../src/db/rows.js';
import { hashNewPassword } from '../src/lib/passwords.js';
import * as validate from '../src/lib/validate.js';
import { openAccount } from '../src/modules/accounts/service.js';
import { accounts } from '../src/modules/accounts/tables.js';
import { recordAuditForPerson } from '../src/modules/audit/service.js';
import { auditLog } from '../src/modules/audit/tables.js';
import { endSessions } from '../src/modules/auth/sessions.js';
import { catalog } from '../src/modules/permissions/catalog.js';
import { replacePermissions } from '../src/modules/permissions/service.js';
import { memberPermissions, members, people } from '../src/modules/users/tables.js';
import { loginOf } from '../src/modules/users/logins.js';

const COMMANDS = {
  'create-account':
    'create-account --name <account> --owner-email <email> --owner-name <name> [--password <pw>]: a new account whose owner has full access (a new login, or an existing one)',
  'reset-password':
    "reset-password --email <email> [--password <pw>]: set a login's password (printed when generated); every session of the login ends",
  'list-accounts': 'list-accounts: every account, with its number of active members',
  'list-members': 'list-members --account <id>: the members of an account, with their status and permissions',
  'export-audit': 'export-audit --account <id> [--format csv|json]: the audit log of an account, oldest first, to standard output',
  migrate: 'migrate: apply any migration not yet applied (the server does the same at start)',
  'seed-demo': 'seed-demo [--password <pw>]: a demo account with a member in every permission shape, each login printed',
} as const;
type Command = keyof typeof COMMANDS;

const help = () =>
  [
    'Usage: npm run roster -- <command> [options]',
    '',
    ...Object.values(COMMANDS).map((line) => `  ${line}`),
    '',
    'The database is DATABASE_URL (or ./.env), as for the server.',
  ].join('\n');

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    help: { type: 'boolean', short: 'h' },
    name: { type: 'string' },
    'owner-email': { type: 'string' },
    'owner-name': { type: 'string' },
    email: { type: 'string' },
    password: { type: 'string' },
    account: { type: 'string' },
    format: { type: 'string', default: 'json' },
  },
});

/** One line of progress on standard error, so that standard output stays the command's answer. */
const progress = (line: string) => process.stderr.write(`${line}\n`);

function required(option: keyof typeof values): string {
  const value = values[option];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${option} is required`);
  return value;
}

class UsageError extends Error {}

const newPassword = () => randomBytes(12).toString('base64url');

async function createAccount(app: App) {
  const name = validate.name('name', required('name'));
  const email = validate.email('owner-email', required('owner-email'));
  const ownerName = validate.name('owner-name', required('owner-name'));
  const password = values.password ?? newPassword();
  const passwordHash = await hashNewPassword('password', password, app.config.passwordHashCost);
  const created = await app.db.transaction(async (tx) => {
    await tx.lock(`email:${email}`);
    const at = app.now();
    const existing = await loginOf(tx.db, email);
    const person =
      existing ?? (await one(tx.db.insert(people).values({ email, name: ownerName, passwordHash, createdAt: at }).returning()));
    const { account } = await openAccount(app, tx, person.id, name, at);
    return { account, existing: Boolean(existing) };
  });
  console.log(
    JSON.stringify({
      accountId: created.account.id,
      account: created.account.name,
      owner: email,
      password: created.existing ? '(their existing password)' : password,
    }),
  );
}

async function resetPassword(app: App) {
  const email = validate.email('email', required('email'));
  const password = values.password ?? newPassword();
  const passwordHash = await hashNewPassword('password', password, app.config.passwordHashCost);
  const ended = await app.db.transaction(async (tx) => {
    const person = await loginOf(tx.db, email);
    if (!person) throw new UsageError(`No login uses ${email}`);
    await tx.db.update(people).set({ passwordHash }).where(eq(people.id, person.id));
    const at = app.now();
    const sessions = await endSessions(app, tx, { personId: person.id }, 'PASSWORD_RESET', at);
    await recordAuditForPerson(app, tx, person.id, {
      action: 'PASSWORD_RESET',
      after: { sessionsEnded: sessions.length, by: 'operator' },
      at,
    });
    return sessions.length;
  });
  console.log(JSON.stringify({ email, password: values.password ? '(as given)' : password, sessionsEnded: ended }));
}

async function listAccounts(app: App) {
  const rows = await app.db.read.select().from(accounts).orderBy(asc(accounts.createdAt));
  for (const account of rows) {
    const active = await app.db.read
      .select({ id: members.id })
      .from(members)
      .where(and(eq(members.accountId, account.id), eq(members.status, 'ACTIVE')));
    console.log(JSON.stringify({ id: account.id, name: account.name, activeMembers: active.length, createdAt: account.createdAt }));
  }
}

async function listMembers(app: App) {
  const accountId = required('account');
  const rows = await app.db.read
    .select({ member: members, person: people })
    .from(members)
    .innerJoin(people, eq(people.id, members.personId))
    .where(eq(members.accountId, accountId))
    .orderBy(asc(members.createdAt));
  for (const { member, person } of rows) {
    const keys = await app.db.read.select().from(memberPermissions).where(eq(memberPermissions.memberId, member.id));
    console.log(
      JSON.stringify({
        id: member.id,
        name: person.name,
        email: person.email,
        status: member.status,
        permissions: keys.map((k) => k.permissionKey).sort(),
      }),
    );
  }
}

const csvCell = (value: unknown) => {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : value instanceof Date
          ? value.toISOString()
          : JSON.stringify(value);
  // A leading =, +, - or @ would be read as a formula by a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

async function exportAudit(app: App) {
  const accountId = required('account');
  if (values.format !== 'csv' && values.format !== 'json') throw new UsageError('--format is csv or json');
  const rows = await app.db.read
    .select()
    .from(auditLog)
    .where(eq(auditLog.accountId, accountId))
    .orderBy(asc(auditLog.createdAt), asc(auditLog.id));
  const columns = ['createdAt', 'action', 'actorId', 'subjectType', 'subjectId', 'targetId', 'inviteId', 'before', 'after'] as const;
  if (values.format === 'json') {
    for (const row of rows) console.log(JSON.stringify(Object.fromEntries(columns.map((column) => [column, row[column]]))));
  } else {
    console.log(columns.join(','));
    for (const row of rows) console.log(columns.map((column) => csvCell(row[column])).join(','));
  }
}

/** Members of the demo account: one per shape a demanding admin wants to try. */
const DEMO_SHAPES: Array<{ name: string; permissions: string[] }> = [
  { name: 'Mia Manager', permissions: ['ALLOW_MANAGE_PERMISSIONS', 'OVERVIEW', 'REPLENISHMENT'] },
  ...catalog
    .filter((entry) => entry.kind === 'PERMISSION_SET' && entry.key !== 'FULL_ACCESS')
    .map((entry) => ({ name: `Demo ${entry.name}`, permissions: [entry.key] })),
  { name: 'Rex Restricted', permissions: ['OVERVIEW', 'RESTRICT_DELETE_STYLES', 'RESTRICT_APPROVE_ORDERS', 'RESTRICT_OVERSELLING'] },
  { name: 'Gina Geographic', permissions: ['OVERVIEW', 'ENABLE_GEOGRAPHIC_PERMISSIONS'] },
  { name: 'Nia Nothing', permissions: [] },
];

async function seedDemo(app: App) {
  const password = values.password ?? 'demo password';
  const passwordHash = await hashNewPassword('password', password, app.config.passwordHashCost);
  const suffix = randomBytes(3).toString('hex');
  const address = (name: string) =>
    `${name
      .toLowerCase()
      .replace(/[^a-z]+/g, '.')
      .replace(/^\.|\.$/g, '')}.${suffix}@demo.example`;
  const logins: Array<{ email: string; name: string; permissions: string[] }> = [];
  await app.db.transaction(async (tx) => {
    const at = app.now();
    const owner = await one(
      tx.db
        .insert(people)
        .values({ email: address('Olive Owner'), name: 'Olive Owner', passwordHash, createdAt: at })
        .returning(),
    );
    const { account } = await openAccount(app, tx, owner.id, `Demo Co ${suffix}`, at);
    await tx.db.update(accounts).set({ wholesaleEnabled: true }).where(eq(accounts.id, account.id));
    logins.push({ email: owner.email, name: owner.name, permissions: ['FULL_ACCESS'] });
    for (const [i, shape] of DEMO_SHAPES.entries()) {
      progress(`seed-demo: member ${i + 1} of ${DEMO_SHAPES.length}, ${shape.name}`);
      const person = await one(
        tx.db
          .insert(people)
          .values({ email: address(shape.name), name: shape.name, passwordHash, createdAt: at })
          .returning(),
      );
      const member = await one(
        tx.db.insert(members).values({ accountId: account.id, personId: person.id, status: 'ACTIVE', createdAt: at }).returning(),
      );
      await replacePermissions(tx, member.id, shape.permissions);
      logins.push({ email: person.email, name: person.name, permissions: shape.permissions });
    }
  });
  console.log(JSON.stringify({ password, logins }, null, 2));
}

async function main() {
  const [command] = positionals as [Command | undefined];
  if (values.help || !command) {
    console.log(help());
    return;
  }
  if (!(command in COMMANDS)) throw new UsageError(`Unknown command ${command}`);
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = loadConfig();
  progress(`roster ${command}: database ${withoutPassword(config.databaseUrl)} (migrations applied)`);
  const app = await createApp(config, { logger: { debug() {}, info() {}, warn: console.error, error: console.error } as never });
  try {
    const run: Record<Command, (app: App) => Promise<void>> = {
      'create-account': createAccount,
      'reset-password': resetPassword,
      'list-accounts': listAccounts,
      'list-members': listMembers,
      'export-audit': exportAudit,
      migrate: async () => console.log(JSON.stringify({ migrated: true })),
      'seed-demo': seedDemo,
    };
    await run[command](app);
  } finally {
    await app.close();
  }
}

try {
  await main();
} catch (error) {
  // Wrong usage, a bad setting or bad input: one line, no stack.
  if (error instanceof UsageError || error instanceof SettingError || (error as { extensions?: unknown }).extensions) {
    console.error(`roster: ${(error as Error).message}\n\n${help()}`);
    process.exit(2);
  }
  throw error;
}
