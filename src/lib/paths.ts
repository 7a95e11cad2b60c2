import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's folder (where package.json is), whether Roster runs from src/ (tsx) or dist/ (built). */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** drizzle-kit's migrations for a dialect, applied at every start. */
export const migrationsFolder = (dialect: 'sqlite' | 'pg') => join(projectRoot, 'drizzle', dialect);
