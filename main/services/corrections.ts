import type { z } from 'zod';
import type { correctMatterInput } from '../../shared/schemas/visit';
import { DAY_MSG, VISIT_MSG } from '../../shared/text/messages';
import { CORRECTED_FIELD_LABELS } from '../../shared/text/labels';
import { chinaDay } from '../../shared/time';
import { checkPhone } from '../../shared/identity/phone';
import { DeskError } from '../domain/errors';
import { correctionRule } from '../domain/reconcile';
import { isDayClosed, recordLateCorrection } from './dayClose';
import { nameKeys } from '../domain/nameKeys';
import { recordAudit } from './audit';
import { getActiveCategory } from './categories';
import type { Caller, ServiceContext } from './context';
import { tallyMatter } from './statistics/dayTally';

/** Whether the role may correct a matter registered at a counter on a day, and if it is a 日结后更正. */
export async function correctionOf(ctx: ServiceContext, caller: Caller, counterId: number | null, businessDay: string): Promise<'allowed' | 'late' | 'refused'> {
  const closed = counterId !== null && (await isDayClosed(ctx, counterId, businessDay));
  return correctionRule(caller.role, businessDay, chinaDay(ctx.clock.now()), closed, { recordCounterId: counterId, callerCounterId: caller.counterId });
}

/**
 * Puts right a matter as registered and its visitor's name and contact details. The old values go
 * into the audit log with the reason, so nothing is lost by correcting.
 */
export async function correctMatter(ctx: ServiceContext, actor: Caller, input: z.output<typeof correctMatterInput>): Promise<void> {
  await getActiveCategory(ctx, input.categoryId);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('matter')
      .innerJoin('visit', 'visit.id', 'matter.opened_visit_id')
      .innerJoin('visitor', 'visitor.id', 'matter.visitor_id')
      .select(['matter.code', 'matter.category_id', 'matter.content', 'matter.status', 'matter.settled_at_desk', 'matter.opened_day', 'visit.business_day', 'visit.counter_id', 'visitor.id as visitorId', 'visitor.name', 'visitor.phone', 'visitor.address_text'])
      .where('matter.id', '=', input.matterId)
      .executeTakeFirst();
    if (!row) throw new DeskError('not_found', VISIT_MSG.matterNotFound);
    const now = ctx.clock.now();
    const rule = await correctionOf({ ...ctx, db: trx }, actor, row.counter_id, row.business_day);
    if (rule === 'refused') {
      const closed = row.counter_id !== null && (await isDayClosed({ ...ctx, db: trx }, row.counter_id, row.business_day));
      throw new DeskError('forbidden', closed ? DAY_MSG.correctionAfterClose : VISIT_MSG.correctionNeedsSupervisor);
    }
    // The phone is shown masked: left empty, it stays as it was.
    const phone = input.phone === '' ? row.phone : checkPhone(input.phone).normalized;
    const before = { categoryId: row.category_id, content: row.content, name: row.name, phone: row.phone, addressText: row.address_text };
    const after = { categoryId: input.categoryId, content: input.content, name: input.visitorName, phone, addressText: input.addressText };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
    if (changed.length === 0) throw new DeskError('bad_input', VISIT_MSG.nothingToCorrect);
    const at = now.toISOString();
    await trx.updateTable('matter').set({ category_id: input.categoryId, content: input.content, updated_at: at }).where('id', '=', input.matterId).execute();
    if (input.categoryId !== row.category_id && row.opened_day !== null) {
      // The statistics count a matter under the category it has now.
      const counted = { day: row.opened_day, status: row.status, settled: row.settled_at_desk === 1 };
      await tallyMatter(trx, { ...counted, categoryId: row.category_id }, -1);
      await tallyMatter(trx, { ...counted, categoryId: input.categoryId });
    }
    const keys = nameKeys(input.visitorName);
    await trx
      .updateTable('visitor')
      .set({ name: input.visitorName, name_pinyin: keys.pinyin, name_initials: keys.initials, phone, address_text: input.addressText, updated_at: at })
      .where('id', '=', row.visitorId)
      .execute();
    if (rule === 'late') {
      const what = `更正事项 ${row.code}：${changed.map((k) => CORRECTED_FIELD_LABELS[k]).join('、')}`;
      await recordLateCorrection(trx, { counterId: row.counter_id!, recordDay: row.business_day, what, reason: input.reason, by: actor.userId, at: now });
    }
    await recordAudit(trx, now, {
      actorId: actor.userId,
      action: 'matter.correct',
      entity: 'matter',
      entityId: input.matterId,
      detail: {
        reason: input.reason,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
      },
    });
  });
  ctx.events.publish({ type: 'visits.changed' });
}
