import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { first } from '../../db/rows.js';
import { people } from './tables.js';

/** The login (person) of a normalised email, as `db` sees it, or undefined. */
export const loginOf = (db: Db, email: string) => first(db.select().from(people).where(eq(people.email, email)));
