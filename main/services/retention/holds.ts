import { RETENTION_MSG } from '../../../shared/text/messages';
import { DeskError } from '../../domain/errors';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';

/**
 * 法律保留: keeps a matter's person past the period (a suit, an appeal, a 信访 that may return),
 * until released. Each is audited.
 */
export async function setHold(ctx: ServiceContext, actor: Actor, matterId: number, reason: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const matter = await trx.selectFrom('matter').select('code').where('id', '=', matterId).executeTakeFirst();
    if (!matter) throw new DeskError('not_found', RETENTION_MSG.matterNotFound);
    const at = ctx.clock.now().toISOString();
    const { id } = await trx.insertInto('matter_hold').values({ matter_id: matterId, reason, set_by: actor.userId, set_at: at }).returning('id').executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.clock.now(), { actorId: actor.userId, action: 'retention.hold', entity: 'matter', entityId: matterId, detail: { holdId: id, reason } });
  });
}

export async function releaseHold(ctx: ServiceContext, actor: Actor, holdId: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const hold = await trx.selectFrom('matter_hold').select(['matter_id', 'released_at']).where('id', '=', holdId).executeTakeFirst();
    if (!hold || hold.released_at) throw new DeskError('not_found', RETENTION_MSG.holdNotFound);
    await trx.updateTable('matter_hold').set({ released_by: actor.userId, released_at: ctx.clock.now().toISOString() }).where('id', '=', holdId).execute();
    await recordAudit(trx, ctx.clock.now(), { actorId: actor.userId, action: 'retention.release', entity: 'matter', entityId: hold.matter_id, detail: { holdId } });
  });
}

/** The holds standing on a matter, for its page. */
export async function holdsOf(ctx: ServiceContext, matterId: number) {
  return ctx.db
    .selectFrom('matter_hold')
    .innerJoin('user', 'user.id', 'matter_hold.set_by')
    .select(['matter_hold.id', 'matter_hold.reason', 'matter_hold.set_at as setAt', 'user.display_name as setBy'])
    .where('matter_hold.matter_id', '=', matterId)
    .where('matter_hold.released_at', 'is', null)
    .orderBy('matter_hold.id')
    .execute();
}
