import type { z } from 'zod';
import type { categoryInput, updateCategoryInput } from '../../shared/schemas/admin';
import { MSG, VISIT_MSG } from '../../shared/text/messages';
import type { MatterKind } from '../../shared/visit';
import type { DayBasis } from '../domain/workdays';
import { DeskError } from '../domain/errors';
import { recordAudit } from './audit';
import type { Actor, ServiceContext } from './context';

export interface CategoryView {
  id: number;
  name: string;
  kind: MatterKind;
  timeLimitDays: number;
  limitBasis: DayBasis;
  active: boolean;
}

const categories = (ctx: ServiceContext, onlyActive: boolean) => {
  const q = ctx.db.selectFrom('category').select(['id', 'name', 'kind', 'time_limit_days', 'limit_basis', 'active']);
  return onlyActive ? q.where('active', '=', 1) : q;
};

type CategoryRow = { id: number; name: string; kind: MatterKind; time_limit_days: number; limit_basis: DayBasis; active: number };
const categoryView = (r: CategoryRow): CategoryView => ({ id: r.id, name: r.name, kind: r.kind, timeLimitDays: r.time_limit_days, limitBasis: r.limit_basis, active: r.active === 1 });

export async function listCategories(ctx: ServiceContext, onlyActive = false): Promise<CategoryView[]> {
  return (await categories(ctx, onlyActive).orderBy('sort').orderBy('id').execute()).map(categoryView);
}

/** One category by its id, if it is in use (every registration asks: one row, not the list). */
export async function getActiveCategory(ctx: ServiceContext, id: number): Promise<CategoryView> {
  const found = await categories(ctx, true).where('id', '=', id).executeTakeFirst();
  if (!found) throw new DeskError('bad_input', VISIT_MSG.categoryNotFound);
  return categoryView(found);
}

/** 诉求类别 are configurable: provinces add their own, and time limits are local practice. */
export async function saveCategory(
  ctx: ServiceContext,
  actor: Actor,
  input: z.infer<typeof categoryInput> | z.infer<typeof updateCategoryInput>,
): Promise<void> {
  const id = 'id' in input ? input.id : null;
  await ctx.db.transaction().execute(async (trx) => {
    let q = trx.selectFrom('category').select('id').where('name', '=', input.name);
    if (id !== null) q = q.where('id', '!=', id);
    if (await q.executeTakeFirst()) throw new DeskError('conflict', MSG.categoryNameTaken(input.name));
    const values = { name: input.name, kind: input.kind, time_limit_days: input.timeLimitDays, limit_basis: input.limitBasis, active: input.active ? 1 : 0 };
    let categoryId = id;
    if (categoryId === null) {
      const max = await trx.selectFrom('category').select((eb) => eb.fn.max('sort').as('m')).executeTakeFirst();
      categoryId = (await trx.insertInto('category').values({ ...values, sort: Number(max?.m ?? 0) + 1 }).returning('id').executeTakeFirstOrThrow()).id;
    } else {
      const result = await trx.updateTable('category').set(values).where('id', '=', categoryId).executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw new DeskError('not_found', VISIT_MSG.categoryNotFound);
    }
    await recordAudit(trx, ctx.clock.now(), { actorId: actor.userId, action: id === null ? 'category.create' : 'category.update', entity: 'category', entityId: categoryId, detail: values });
  });
  ctx.events.publish({ type: 'settings.changed' });
}
