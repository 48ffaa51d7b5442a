import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Sight } from './viewLog';

/** A look at a matter's record (its mediation file): labelled with its code, tied to its visitor. */
export async function matterSight(db: Kysely<Database>, what: 'matter' | 'mediation', matterId: number): Promise<Sight> {
  const m = await db.selectFrom('matter').select(['code', 'visitor_id']).where('id', '=', matterId).executeTakeFirstOrThrow();
  return { what, recordId: matterId, visitorId: m.visitor_id, label: m.code };
}
