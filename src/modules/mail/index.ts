// What other modules may read of mail: the tables they join on and their row types. Nothing else
// of this module's tables is theirs to touch (a lint rule keeps imports of ./tables.js inside the module).
export { MailStatus, outbox, type OutboxRow } from './tables.js';
