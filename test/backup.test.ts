import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialect } from '../src/db/dialect.js';
import { type TestDatabase, createTestDatabase } from './databases.js';
import { type SignedUp, type TestServer, addMember, signUp, startServer, uniqueEmail } from './harness.js';
import { root } from './process-harness.js';
import { graphql, ok } from './kit/index.js';

// Issue 15: the backup and restore commands of docs/operations.md, run as written, give a fresh server that
// serves the same data (sessions included).

const SNAPSHOT = graphql(`
  query BackupSnapshot {
    users {
      nodes {
        id
        name
        email
        status
        permissions {
          permissions
        }
      }
    }
    invites {
      nodes {
        email
        status
      }
    }
    auditLog(first: 100) {
      nodes {
        action
        subjectId
      }
    }
  }
`);

describe('backup and restore', () => {
  let original: TestServer;
  let admin: SignedUp;
  let folder: string;
  beforeAll(async () => {
    original = await startServer();
    admin = await signUp(original, 'Backed Up Co', 'Bea Backup');
    await addMember(original, admin, ['OVERVIEW', 'RESTRICT_DELETE_STYLES'], 'Max Member');
    await ok(
      original,
      graphql(`
        mutation BackupInviteUser($email: String!) {
          inviteUser(input: { email: $email }) {
            id
          }
        }
      `),
      { email: uniqueEmail('pending') },
      admin.token,
    );
    folder = mkdtempSync(join(tmpdir(), 'roster-backup-'));
  });
  afterAll(async () => {
    await original.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function expectSameData(restored: TestDatabase) {
    const before = await ok(original, SNAPSHOT, {}, admin.token);
    const copy = await startServer({ database: restored });
    try {
      expect(await ok(copy, SNAPSHOT, {}, admin.token)).toEqual(before);
    } finally {
      await copy.close();
    }
  }

  const backup = (file: string) =>
    spawnSync('npm', ['run', '--silent', 'backup', '--', file], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: original.roster.app.config.databaseUrl },
      encoding: 'utf8',
    });

  it.skipIf(dialect !== 'sqlite')('SQLite: `npm run backup -- <file>` while the server runs and writes', async () => {
    // Into a folder that does not exist yet, as docs/operations.md's `backups/roster-2026-11-26.db` on a fresh clone.
    const file = join(folder, 'backups', 'roster-backup.db');
    // A write in flight while the backup runs: the copy is a consistent snapshot either way.
    const writing = ok(
      original,
      graphql(`
        mutation BackupUpdateAccount {
          updateAccount(input: { name: "Backed Up Co" }) {
            name
          }
        }
      `),
      {},
      admin.token,
    );
    const output = execFileSync('npm', ['run', '--silent', 'backup', '--', file], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: original.roster.app.config.databaseUrl },
      encoding: 'utf8',
    });
    await writing;
    expect(output).toContain('integrity ok');
    // One self-contained file: no -wal or -shm beside it, and not in WAL mode (header bytes 18-19 are 1, not 2).
    expect(readdirSync(join(folder, 'backups'))).toEqual(['roster-backup.db']);
    expect([...readFileSync(file).subarray(18, 20)]).toEqual([1, 1]);
    await expectSameData({ url: `file:${file}`, drop: async () => {} });
  });

  it.skipIf(dialect !== 'sqlite')('SQLite: a backup that cannot be written says why in one line, without a stack trace', () => {
    const blocker = join(folder, 'a-file');
    writeFileSync(blocker, '');
    const result = backup(join(blocker, 'roster-backup.db'));
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Backup failed: .*a-file/)]);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('backups/ is ignored by git', () => {
    expect(spawnSync('git', ['check-ignore', '--quiet', 'backups/roster-2026-11-26.db'], { cwd: root }).status).toBe(0);
  });

  it.skipIf(dialect !== 'pg')('PostgreSQL: pg_dump, then pg_restore into an empty database', async () => {
    const dump = join(folder, 'roster.dump');
    execFileSync('pg_dump', ['--format=custom', '--file', dump, original.roster.app.config.databaseUrl]);
    const restored = await createTestDatabase();
    execFileSync('pg_restore', ['--no-owner', '--dbname', restored.url, dump]);
    await expectSameData(restored);
  });
});
