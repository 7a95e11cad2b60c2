import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialect } from '../src/db/dialect.js';
import { type TestDatabase, createTestDatabase } from './databases.js';
import { type SignedUp, type TestServer, addMember, signUp, startServer, uniqueEmail } from './harness.js';
import { root } from './process-harness.js';

// Issue 15: the README's backup and restore commands, run as written, give a fresh server that
// serves the same data (sessions included).

const SNAPSHOT = `{
  users { nodes { id name email status permissions { permissions } } }
  invites { nodes { email status } }
  auditLog(first: 100) { nodes { action subjectId } }
}`;

describe('backup and restore', () => {
  let original: TestServer;
  let admin: SignedUp;
  let folder: string;
  beforeAll(async () => {
    original = await startServer();
    admin = await signUp(original, 'Backed Up Co', 'Bea Backup');
    await addMember(original, admin, ['OVERVIEW', 'RESTRICT_DELETE_STYLES'], 'Max Member');
    await original.ok(`mutation ($email: String!) { inviteUser(input: { email: $email }) { id } }`, { email: uniqueEmail('pending') }, admin.token);
    folder = mkdtempSync(join(tmpdir(), 'roster-backup-'));
  });
  afterAll(async () => {
    await original.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function expectSameData(restored: TestDatabase) {
    const before = await original.ok(SNAPSHOT, {}, admin.token);
    const copy = await startServer({ database: restored });
    try {
      expect(await copy.ok(SNAPSHOT, {}, admin.token)).toEqual(before);
    } finally {
      await copy.close();
    }
  }

  it.skipIf(dialect !== 'sqlite')('SQLite: `npm run backup -- <file>` while the server runs and writes', async () => {
    const file = join(folder, 'roster-backup.db');
    // A write in flight while the backup runs: the copy is a consistent snapshot either way.
    const writing = original.ok(`mutation { updateAccount(input: { name: "Backed Up Co" }) { name } }`, {}, admin.token);
    const output = execFileSync('npm', ['run', '--silent', 'backup', '--', file], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: original.roster.app.config.databaseUrl },
      encoding: 'utf8',
    });
    await writing;
    expect(output).toContain('integrity ok');
    await expectSameData({ url: `file:${file}`, drop: async () => {} });
  });

  it.skipIf(dialect !== 'pg')('PostgreSQL: pg_dump, then pg_restore into an empty database', async () => {
    const dump = join(folder, 'roster.dump');
    execFileSync('pg_dump', ['--format=custom', '--file', dump, original.roster.app.config.databaseUrl]);
    const restored = await createTestDatabase();
    execFileSync('pg_restore', ['--no-owner', '--dbname', restored.url, dump]);
    await expectSameData(restored);
  });
});
