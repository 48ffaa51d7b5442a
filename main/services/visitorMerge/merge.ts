import { sql, type Kysely, type Selectable } from 'kysely';
import { MERGE_MSG } from '../../../shared/text/messages';
import { chinaDay } from '../../../shared/time';
import type { Database, VisitorTable } from '../../db/schema';
import { DeskError } from '../../domain/errors';
import { mergePatch, mergeRefusal, type MergeRefusal, type MergeSide } from '../../domain/visitorMerge';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';

type Fields = Partial<Omit<MergeSide, 'id' | 'merged_into'>>;

/** What a merge moved and changed: enough to put everything back. Kept as JSON with the merge. */
export interface MergeMoves {
  /** Visits whose attendance moved from the merged record to the kept one. */
  visits: number[];
  matters: number[];
  /** 查阅记录 entries of the merged record. */
  looks: number[];
  /** Whether the merged record's card photo moved (the kept record had none). */
  photo: boolean;
  /** The fields each record had before the merge changed them. */
  keptBefore: Fields;
  mergedBefore: Fields;
  /** The merged record's visits, added to the kept record's count. */
  visitCount: number;
}

async function side(trx: Kysely<Database>, id: number): Promise<Selectable<VisitorTable>> {
  const row = await trx.selectFrom('visitor').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DeskError('not_found', MERGE_MSG.visitorNotFound);
  return row;
}

async function sharedVisits(db: Kysely<Database>, a: number, b: number): Promise<number> {
  const row = await db
    .selectFrom('visit_visitor as x')
    .innerJoin('visit_visitor as y', 'y.visit_id', 'x.visit_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('x.visitor_id', '=', a)
    .where('y.visitor_id', '=', b)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Why these two records may not be merged (`mergeRefusal`, with the visits they share), or null. */
async function refusalOf(db: Kysely<Database>, kept: Selectable<VisitorTable>, merged: Selectable<VisitorTable>, today: string): Promise<MergeRefusal | null> {
  return mergeRefusal(kept, merged, await sharedVisits(db, kept.id, merged.id), today);
}

/** The refusal of a merge of these two records in the supervisor's words, or null when it may go ahead. */
export async function mergeCheck(db: Kysely<Database>, keptId: number, mergedId: number, today: string): Promise<string | null> {
  const refusal = await refusalOf(db, await side(db, keptId), await side(db, mergedId), today);
  return refusal && MERGE_MSG[refusal];
}

const before = (row: Selectable<VisitorTable>, patch: Fields): Fields => Object.fromEntries(Object.keys(patch).map((k) => [k, row[k as keyof Fields]]));

/** The latest visit of a record, from its visits (after attendance moved one way or the other). */
const lastVisit = (trx: Kysely<Database>, visitorId: number) =>
  trx.selectFrom('visit_visitor').innerJoin('visit', 'visit.id', 'visit_visitor.visit_id').select((eb) => eb.fn.max('visit.visited_at').as('at')).where('visit_visitor.visitor_id', '=', visitorId);

/**
 * 合并: folds `mergedId` into `keptId` in one transaction. The merged record's visits, matters (and
 * with them their papers and mediation files), looks and photo move to the kept record; the kept
 * record takes what it lacks (`mergePatch`); the merged record stays, marked `merged_into`, so
 * its old ID number still finds the person. The merge and all it moved are kept for `undoMerge`.
 */
export async function mergeVisitors(ctx: ServiceContext, actor: Actor, input: { keptId: number; mergedId: number; reason: string }): Promise<{ mergeId: number }> {
  const now = ctx.clock.now();
  const today = chinaDay(now);
  // Looks still waiting in memory are written first, so the merge moves them too (the writer uses
  // the one connection, which the transaction below holds until it ends).
  await ctx.views.flush();
  const result = await ctx.db.transaction().execute(async (trx) => {
    const kept = await side(trx, input.keptId);
    const merged = await side(trx, input.mergedId);
    const refusal = await refusalOf(trx, kept, merged, today);
    if (refusal) throw new DeskError('conflict', MERGE_MSG[refusal]);
    const patch = mergePatch(kept, merged, today);
    const visits = (await trx.selectFrom('visit_visitor').select('visit_id').where('visitor_id', '=', merged.id).execute()).map((r) => r.visit_id);
    const matters = (await trx.selectFrom('matter').select('id').where('visitor_id', '=', merged.id).execute()).map((r) => r.id);
    const looks = (await trx.selectFrom('view_log').select('id').where('visitor_id', '=', merged.id).execute()).map((r) => r.id);
    const keptPhoto = await trx.selectFrom('visitor_photo').select('visitor_id').where('visitor_id', '=', kept.id).executeTakeFirst();
    const mergedPhoto = await trx.selectFrom('visitor_photo').select('visitor_id').where('visitor_id', '=', merged.id).executeTakeFirst();
    const photo = !keptPhoto && !!mergedPhoto;
    const moves: MergeMoves = { visits, matters, looks, photo, keptBefore: before(kept, patch.kept), mergedBefore: before(merged, patch.merged), visitCount: merged.visit_count };

    const at = now.toISOString();
    // The merged record lets go of its ID number before the kept record takes it: one record a number.
    await trx.updateTable('visitor').set({ ...patch.merged, merged_into: kept.id, updated_at: at }).where('id', '=', merged.id).execute();
    await trx.updateTable('visit_visitor').set({ visitor_id: kept.id }).where('visitor_id', '=', merged.id).execute();
    await trx.updateTable('matter').set({ visitor_id: kept.id }).where('visitor_id', '=', merged.id).execute();
    await trx.updateTable('view_log').set({ visitor_id: kept.id }).where('visitor_id', '=', merged.id).execute();
    if (photo) await trx.updateTable('visitor_photo').set({ visitor_id: kept.id }).where('visitor_id', '=', merged.id).execute();
    await trx
      .updateTable('visitor')
      .set({ ...patch.kept, visit_count: sql`visit_count + ${merged.visit_count}`, last_visit_at: (eb) => eb.fn.coalesce(lastVisit(trx, kept.id), eb.ref('last_visit_at')), updated_at: at })
      .where('id', '=', kept.id)
      .execute();
    const { id } = await trx
      .insertInto('visitor_merge')
      .values({ kept_id: kept.id, merged_id: merged.id, at, by_user: actor.userId, reason: input.reason, moved: JSON.stringify(moves) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, now, {
      actorId: actor.userId,
      action: 'visitor.merge',
      entity: 'visitor',
      entityId: kept.id,
      detail: { mergeId: id, mergedId: merged.id, reason: input.reason, visits: visits.length, matters: matters.length, fields: Object.keys(patch.kept) },
    });
    return { mergeId: id };
  });
  ctx.events.publish({ type: 'visits.changed' });
  return result;
}

/**
 * 撤销合并: puts back exactly what the merge moved and changed (by the rows it recorded), in one
 * transaction. Visits and matters the kept record gained after the merge stay with it. Merges are
 * undone newest first: a later merge that touched either record must be undone before this one.
 */
export async function undoMerge(ctx: ServiceContext, actor: Actor, input: { mergeId: number; reason: string }): Promise<void> {
  const now = ctx.clock.now();
  await ctx.views.flush();
  await ctx.db.transaction().execute(async (trx) => {
    const merge = await trx.selectFrom('visitor_merge').selectAll().where('id', '=', input.mergeId).executeTakeFirst();
    if (!merge) throw new DeskError('not_found', MERGE_MSG.notFound);
    if (merge.undone_at) throw new DeskError('conflict', MERGE_MSG.alreadyUndone);
    const later = await trx
      .selectFrom('visitor_merge')
      .select('id')
      .where('id', '>', merge.id)
      .where('undone_at', 'is', null)
      .where((eb) => eb.or([eb('kept_id', 'in', [merge.kept_id, merge.merged_id]), eb('merged_id', 'in', [merge.kept_id, merge.merged_id])]))
      .executeTakeFirst();
    if (later) throw new DeskError('conflict', MERGE_MSG.laterMerge);
    const moves = JSON.parse(merge.moved) as MergeMoves;
    const at = now.toISOString();
    const back = merge.merged_id;
    // The kept record gives the ID number back before the merged record takes it again.
    await trx.updateTable('visitor').set({ ...moves.keptBefore, visit_count: sql`visit_count - ${moves.visitCount}`, updated_at: at }).where('id', '=', merge.kept_id).execute();
    await trx.updateTable('visitor').set({ ...moves.mergedBefore, merged_into: null, updated_at: at }).where('id', '=', back).execute();
    if (moves.visits.length) await trx.updateTable('visit_visitor').set({ visitor_id: back }).where('visitor_id', '=', merge.kept_id).where('visit_id', 'in', moves.visits).execute();
    if (moves.matters.length) await trx.updateTable('matter').set({ visitor_id: back }).where('id', 'in', moves.matters).execute();
    if (moves.looks.length) await trx.updateTable('view_log').set({ visitor_id: back }).where('id', 'in', moves.looks).execute();
    if (moves.photo) await trx.updateTable('visitor_photo').set({ visitor_id: back }).where('visitor_id', '=', merge.kept_id).execute();
    await trx
      .updateTable('visitor')
      .set({ last_visit_at: (eb) => eb.fn.coalesce(lastVisit(trx, merge.kept_id), eb.ref('last_visit_at')) })
      .where('id', '=', merge.kept_id)
      .execute();
    await trx.updateTable('visitor_merge').set({ undone_at: at, undone_by: actor.userId, undo_reason: input.reason }).where('id', '=', merge.id).execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'visitor.unmerge', entity: 'visitor', entityId: merge.kept_id, detail: { mergeId: merge.id, mergedId: back, reason: input.reason } });
  });
  ctx.events.publish({ type: 'visits.changed' });
}

/** The merges a record took part in, newest first, as the record's page lists them. */
export async function mergesOf(ctx: ServiceContext, visitorId: number) {
  const rows = await ctx.db
    .selectFrom('visitor_merge as m')
    .innerJoin('visitor as k', 'k.id', 'm.kept_id')
    .innerJoin('visitor as g', 'g.id', 'm.merged_id')
    .innerJoin('user as u', 'u.id', 'm.by_user')
    .leftJoin('user as w', 'w.id', 'm.undone_by')
    .select(['m.id', 'm.kept_id as keptId', 'k.name as keptName', 'm.merged_id as mergedId', 'g.name as mergedName', 'm.at', 'u.display_name as by', 'm.reason', 'm.moved', 'm.undone_at as undoneAt', 'w.display_name as undoneBy', 'm.undo_reason as undoReason'])
    .where((eb) => eb.or([eb('m.kept_id', '=', visitorId), eb('m.merged_id', '=', visitorId)]))
    .orderBy('m.id', 'desc')
    .execute();
  return rows.map(({ moved, ...r }) => {
    const m = JSON.parse(moved) as MergeMoves;
    return { ...r, visits: m.visits.length, matters: m.matters.length };
  });
}
