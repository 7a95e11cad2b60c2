import type { App } from '../../app.js';
import type { Transaction } from '../../db/client.js';
import type { Topics } from './events.js';

/** Publishes once the transaction commits; a rolled-back change publishes nothing. */
export function publishAfterCommit<Topic extends keyof Topics>(app: App, tx: Transaction, topic: Topic, ...args: Topics[Topic]) {
  tx.afterCommit(() => app.pubsub.publish(topic, ...args));
}
