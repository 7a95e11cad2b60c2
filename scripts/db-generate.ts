// `npm run db:generate -- --name <change>`: drizzle-kit once per dialect (drizzle.config.ts picks the
// dialect from DATABASE_URL, as the server does), so both migration sets always move together.
import { execFileSync } from 'node:child_process';

const args = process.argv.slice(2);
for (const databaseUrl of ['file:generate', 'postgres://generate']) {
  execFileSync('npx', ['drizzle-kit', 'generate', ...args], { stdio: 'inherit', env: { ...process.env, DATABASE_URL: databaseUrl } });
}
