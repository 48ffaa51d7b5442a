import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Sight } from './viewLog';

/** A look at a matter's record (its mediation file): labelled with its code, tied to its visitor. */
export async function matterSight(db: Kysely<Database>, what: 'matter' | 'mediation', matterId: number): Promise<Sight> {
  const m = await db.selectFrom('matter').select(['code', 'visitor_id']).where('id', '=', matterId).executeTakeFirstOrThrow();
  return { what, recordId: matterId, visitorId: m.visitor_id, label: m.code };
}

/** A look at a paper: labelled with its number, tied to the visitor of its matter (a 日结单 has none). */
export async function paperSight(db: Kysely<Database>, documentId: number): Promise<Sight> {
  const d = await db
    .selectFrom('document')
    .leftJoin('matter', 'matter.id', 'document.matter_id')
    .select(['document.number', 'matter.visitor_id'])
    .where('document.id', '=', documentId)
    .executeTakeFirstOrThrow();
  return { what: 'paper', recordId: documentId, visitorId: d.visitor_id, label: d.number };
}
