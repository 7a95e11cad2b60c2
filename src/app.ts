import { type YogaLogger, createLogger } from 'graphql-yoga';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { type RosterPubSub, createRosterPubSub } from './modules/live/events.js';
import { type MailTransport, outboxTransport } from './modules/mail/transport.js';

/** What every request shares: configuration, the database, events, the mail transport and the clock. */
export interface App {
  readonly config: Config;
  readonly db: Database;
  /** Typed topics for subscriptions (src/modules/live/events.ts). */
  readonly pubsub: RosterPubSub;
  readonly mail: MailTransport;
  /** The server log: requests' unexpected errors (masked for clients) and background failures. */
  readonly logger: YogaLogger;
  /** The current time; tests move it to expire invites and sessions. */
  now(): Date;
}

export interface AppOptions {
  mail?: MailTransport;
  logger?: YogaLogger;
  now?: () => Date;
}

export function createApp(config: Config, options: AppOptions = {}): App {
  return {
    config,
    db: openDatabase(config.databaseUrl),
    pubsub: createRosterPubSub(),
    mail: options.mail ?? outboxTransport(),
    logger: options.logger ?? createLogger('info'),
    now: options.now ?? (() => new Date()),
  };
}
