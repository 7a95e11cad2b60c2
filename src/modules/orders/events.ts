import { eq } from 'drizzle-orm';
import type { MemberContext } from '../../request/context.js';
import { one } from '../../db/rows.js';
import { badInput } from '../../errors.js';
import { changesOf } from '../../lib/changes.js';
import * as validate from '../../lib/validate.js';
import { inAccount, ownRow } from '../../request/tenancy.js';
import type { WriteContext } from '../../request/transaction.js';
import { audit } from '../audit/service.js';
import { events } from './tables.js';

/** The account's events, soonest first. */
export const listEvents = (ctx: MemberContext) =>
  ctx.app.db.read.select().from(events).where(inAccount(ctx, events)).orderBy(events.startsOn, events.id);

export interface SaveEventInput {
  id?: string | null;
  name: string;
  startsOn: string;
  endsOn: string;
  location?: string | null;
}

/** Creates an event, or (with `id`) changes one; a location left out or null is none. */
export async function saveEvent(ctx: WriteContext, input: SaveEventInput) {
  const values = {
    name: validate.text('name', input.name),
    startsOn: validate.day('startsOn', input.startsOn),
    endsOn: validate.day('endsOn', input.endsOn),
    location: input.location == null ? null : validate.text('location', input.location),
  };
  if (values.endsOn < values.startsOn) throw badInput('endsOn', 'endsOn must not be before startsOn');
  if (!input.id) {
    const event = await one(
      ctx.tx.db
        .insert(events)
        .values({ ...values, accountId: ctx.viewer.account.id, createdAt: ctx.app.now() })
        .returning(),
    );
    await audit(ctx, 'EVENT_SAVED', event.id, { after: values });
    return event;
  }
  const current = await ownRow(ctx, events, input.id, 'Event');
  const changes = changesOf(current, values);
  if (changes.keys.length === 0) return current;
  const after = await one(ctx.tx.db.update(events).set(changes.set).where(eq(events.id, current.id)).returning());
  await audit(ctx, 'EVENT_SAVED', current.id, { before: changes.before, after: changes.after });
  return after;
}
