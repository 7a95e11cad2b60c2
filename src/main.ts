import { existsSync } from 'node:fs';
import { SettingError, loadConfig, withoutPassword } from './config.js';
import { startRoster } from './http/server.js';

// Settings come from the environment, and from ./.env when there is one (Node's own parser;
// variables already set win). See .env.example.
if (existsSync('.env')) process.loadEnvFile('.env');

try {
  const config = loadConfig();
  const roster = await startRoster(config);
  // Every promise has an owner; one that slips through is a bug to report, not a reason to stop serving.
  process.on('unhandledRejection', (reason) => roster.app.logger.error('unhandled rejection (a defect: please report it)', reason));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      roster.close().then(() => process.exit(0));
    });
  }
  const mail = config.smtpUrl ? `SMTP ${withoutPassword(config.smtpUrl)}` : 'outbox and log only (no SMTP_URL)';
  const observed = [
    roster.metricsUrl ? `metrics at ${roster.metricsUrl}` : null,
    config.traces ? `traces to ${withoutPassword(config.traces.url)}` : null,
  ].filter(Boolean);
  console.log(
    `Roster is serving ${roster.url} (open it in a browser for GraphiQL); database ${withoutPassword(config.databaseUrl)}; mail ${mail}${observed.length ? `; ${observed.join('; ')}` : ''}`,
  );
} catch (error) {
  // A setting Roster cannot start with gets one line naming it, not a stack trace.
  if (!(error instanceof SettingError)) throw error;
  console.error(`Roster cannot start: ${error.message}`);
  process.exit(1);
}
