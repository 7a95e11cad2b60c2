import { defineConfig } from 'drizzle-kit';
import { dialect } from './src/db/dialect.js';

// One schema (src/db/schema.ts), two sets of migrations: `npm run db:generate` runs drizzle-kit
// once per dialect, choosing it with DATABASE_URL as the server does (src/db/dialect.ts).
export default defineConfig({
  dialect: dialect === 'pg' ? 'postgresql' : 'sqlite',
  schema: './src/db/schema.ts',
  out: `./drizzle/${dialect}`,
});
