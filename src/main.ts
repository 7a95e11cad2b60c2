import { loadConfig } from './config.js';
import { startRoster } from './server.js';

const config = loadConfig();
const roster = await startRoster(config);
console.log(`Roster is serving ${roster.url} (open it in a browser for GraphiQL); database ${config.databaseUrl}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    roster.close().then(() => process.exit(0));
  });
}
