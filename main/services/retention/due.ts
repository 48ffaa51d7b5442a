import { sql, type Kysely } from 'kysely';
import { maskIdNumber } from '../../../shared/identity/idNumber';
import type { RetentionKind, RetentionSettings } from '../../../shared/retention';
import { chinaDay } from '../../../shared/time';
import type { Database } from '../../db/schema';
import { dueDay, retentionKind } from '../../domain/retention';

/** The statuses in which a matter has ended: nothing more will be done on it. */
export const ENDED = ['declined', 'signed_off', 'archived'] as const;

/** The most people one due list shows; a centre letting go of more confirms in batches. */
export const DUE_LIST_MAX = 500;
/** The oldest visitors looked at for one list: enough to fill it, few enough not to hold the database. */
const CANDIDATES = 2000;

export interface DuePerson {
  visitorId: number;
  name: string;
  maskedId: string;
  /** The person's matters, each with the day its period ran out. */
  matters: { code: string; kind: RetentionKind; dueOn: string }[];
}

/**
 * The people whose details may be let go of today: every matter of theirs has ended, each more
 * than its kind's period ago (counted from its last step), and none is under a 法律保留. Only people
 * whose last visit is older than the shortest period can qualify, which keeps the search to the
 * old end of the visitor index. `visitorIds` narrows it to those (the purge checks its list again).
 */
export async function duePeople(db: Kysely<Database>, periods: RetentionSettings, now: Date, visitorIds?: number[]): Promise<{ people: DuePerson[]; more: boolean }> {
  const today = chinaDay(now);
  const shortest = Math.min(...Object.values(periods.years));
  const cutoff = new Date(Date.UTC(now.getUTCFullYear() - shortest, now.getUTCMonth(), now.getUTCDate())).toISOString();
  let q = db
    .selectFrom('visitor as v')
    .innerJoin('matter as m', 'm.visitor_id', 'v.id')
    .innerJoin('category as c', 'c.id', 'm.category_id')
    .select([
      'v.id as visitorId',
      'v.name',
      'v.id_number',
      'm.code',
      'm.status',
      'c.kind',
      sql<string>`coalesce((select max(e.at) from matter_event e where e.matter_id = m.id), m.created_at)`.as('endedAt'),
      sql<number>`exists (select 1 from matter_hold h where h.matter_id = m.id and h.released_at is null)`.as('held'),
    ])
    .orderBy('v.last_visit_at')
    .orderBy('v.id');
  const candidates = (visitorIds ? db.selectFrom('visitor').where('id', 'in', visitorIds) : db.selectFrom('visitor'))
    .select('id')
    .where('anonymised_at', 'is', null)
    .where('merged_into', 'is', null)
    .where('last_visit_at', '<', cutoff)
    .orderBy('last_visit_at')
    .limit(CANDIDATES);
  q = q.where('v.id', 'in', candidates);
  const rows = await q.execute();
  const byPerson = new Map<number, { row: (typeof rows)[number]; matters: DuePerson['matters']; keep: boolean }>();
  for (const r of rows) {
    const p = byPerson.get(r.visitorId) ?? { row: r, matters: [], keep: false };
    const kind = retentionKind(r.kind);
    const dueOn = dueDay(chinaDay(new Date(r.endedAt)), periods.years[kind]);
    p.matters.push({ code: r.code, kind, dueOn });
    if (!(ENDED as readonly string[]).includes(r.status) || r.held || dueOn > today) p.keep = true;
    byPerson.set(r.visitorId, p);
  }
  const people = [...byPerson.values()]
    .filter((p) => !p.keep)
    .map((p) => ({ visitorId: p.row.visitorId, name: p.row.name, maskedId: p.row.id_number ? maskIdNumber(p.row.id_number) : '', matters: p.matters }));
  return { people: people.slice(0, DUE_LIST_MAX), more: people.length > DUE_LIST_MAX || byPerson.size >= CANDIDATES };
}
