import { sql, type Kysely } from 'kysely';
import { maskIdNumber } from '../../../shared/identity/idNumber';
import type { RetentionKind, RetentionSettings } from '../../../shared/retention';
import { chinaDay } from '../../../shared/time';
import type { Database } from '../../db/schema';
import { dueDay, monthsBefore, retentionKind } from '../../domain/retention';
import { isOpenMatter } from '../../../shared/visit';

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

/** One page of candidates: the oldest visitors (by last visit) not yet let go of, after `after`. */
function candidatePage(db: Kysely<Database>, cutoff: string, after: { at: string; id: number } | null, visitorIds?: number[]) {
  let q = (visitorIds ? db.selectFrom('visitor').where('id', 'in', visitorIds) : db.selectFrom('visitor'))
    .select(['id', 'last_visit_at'])
    .where('anonymised_at', 'is', null)
    .where('merged_into', 'is', null)
    .where('last_visit_at', '<', cutoff);
  if (after) q = q.where((eb) => eb.or([eb('last_visit_at', '>', after.at), eb.and([eb('last_visit_at', '=', after.at), eb('id', '>', after.id)])]));
  return q.orderBy('last_visit_at').orderBy('id').limit(CANDIDATES).execute();
}

/** The due people among some candidates: all their matters ended, each past its period, none held. */
async function dueAmong(db: Kysely<Database>, ids: number[], periods: RetentionSettings, today: string): Promise<DuePerson[]> {
  const rows = await db
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
    .where('v.id', 'in', ids)
    .orderBy('v.last_visit_at')
    .orderBy('v.id')
    .orderBy('m.id')
    .execute();
  const byPerson = new Map<number, { person: DuePerson; keep: boolean }>();
  for (const r of rows) {
    const p = byPerson.get(r.visitorId) ?? { person: { visitorId: r.visitorId, name: r.name, maskedId: r.id_number ? maskIdNumber(r.id_number) : '', matters: [] }, keep: false };
    const kind = retentionKind(r.kind);
    const dueOn = dueDay(chinaDay(new Date(r.endedAt)), periods.years[kind]);
    p.person.matters.push({ code: r.code, kind, dueOn });
    if (isOpenMatter(r.status) || r.held || dueOn > today) p.keep = true;
    byPerson.set(r.visitorId, p);
  }
  return [...byPerson.values()].filter((p) => !p.keep).map((p) => p.person);
}

/** How many candidates one list reads at most before it says there may be more. */
const SCAN_MAX = 20_000;

/**
 * The people whose details may be let go of today: every matter of theirs has ended, each more
 * than its kind's period ago (counted from its last step), and none is under a 法律保留. Only people
 * whose last visit is older than the shortest period can qualify: they are read from the old end of
 * the visitor index, a page at a time, until the list is full (a person kept by an open matter or a
 * hold does not stop the list at them). `visitorIds` narrows it to those (the purge checks its list
 * again).
 */
export async function duePeople(db: Kysely<Database>, periods: RetentionSettings, now: Date, visitorIds?: number[]): Promise<{ people: DuePerson[]; more: boolean }> {
  const today = chinaDay(now);
  const shortest = Math.min(...Object.values(periods.years));
  const cutoff = monthsBefore(now, shortest * 12);
  const people: DuePerson[] = [];
  let after: { at: string; id: number } | null = null;
  for (let scanned = 0; scanned < SCAN_MAX; ) {
    const page = await candidatePage(db, cutoff, after, visitorIds);
    if (page.length === 0) return { people, more: false };
    people.push(...(await dueAmong(db, page.map((c) => c.id), periods, today)));
    if (people.length > DUE_LIST_MAX) return { people: people.slice(0, DUE_LIST_MAX), more: true };
    if (page.length < CANDIDATES) return { people, more: false };
    const last = page[page.length - 1]!;
    after = { at: last.last_visit_at, id: last.id };
    scanned += page.length;
  }
  return { people, more: true };
}
