import type { z } from 'zod';
import type { Role } from '../../shared/roles';
import type { correctMatterInput } from '../../shared/schemas/visit';
import { VISIT_MSG } from '../../shared/text/messages';
import { chinaDay } from '../../shared/time';
import { checkPhone } from '../../shared/identity/phone';
import { DeskError } from '../domain/errors';
import { nameKeys } from '../domain/nameKeys';
import { recordAudit } from './audit';
import { getActiveCategory } from './categories';
import type { Actor, ServiceContext } from './context';

/** Who may correct a registration of a given business day. */
export function mayCorrect(role: Role, businessDay: string, today: string): boolean {
  if (role === 'supervisor' || role === 'admin') return true;
  return role === 'clerk' && businessDay === today;
}

/**
 * Puts right a matter as registered and its visitor's name and contact details. The old values go
 * into the audit log with the reason, so nothing is lost by correcting.
 */
export async function correctMatter(ctx: ServiceContext, actor: Actor & { role: Role }, input: z.output<typeof correctMatterInput>): Promise<void> {
  await getActiveCategory(ctx, input.categoryId);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('matter')
      .innerJoin('visit', 'visit.id', 'matter.opened_visit_id')
      .innerJoin('visitor', 'visitor.id', 'matter.visitor_id')
      .select(['matter.category_id', 'matter.content', 'visit.business_day', 'visitor.id as visitorId', 'visitor.name', 'visitor.phone', 'visitor.address_text'])
      .where('matter.id', '=', input.matterId)
      .executeTakeFirst();
    if (!row) throw new DeskError('not_found', VISIT_MSG.matterNotFound);
    const now = ctx.clock.now();
    if (!mayCorrect(actor.role, row.business_day, chinaDay(now))) throw new DeskError('forbidden', VISIT_MSG.correctionNeedsSupervisor);
    // The phone is shown masked: left empty, it stays as it was.
    const phone = input.phone === '' ? row.phone : checkPhone(input.phone).normalized;
    const before = { categoryId: row.category_id, content: row.content, name: row.name, phone: row.phone, addressText: row.address_text };
    const after = { categoryId: input.categoryId, content: input.content, name: input.visitorName, phone, addressText: input.addressText };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
    if (changed.length === 0) throw new DeskError('bad_input', VISIT_MSG.nothingToCorrect);
    const at = now.toISOString();
    await trx.updateTable('matter').set({ category_id: input.categoryId, content: input.content, updated_at: at }).where('id', '=', input.matterId).execute();
    const keys = nameKeys(input.visitorName);
    await trx
      .updateTable('visitor')
      .set({ name: input.visitorName, name_pinyin: keys.pinyin, name_initials: keys.initials, phone, address_text: input.addressText, updated_at: at })
      .where('id', '=', row.visitorId)
      .execute();
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
