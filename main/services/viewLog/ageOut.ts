import type { Kysely } from 'kysely';
import { chinaDay } from '../../../shared/time';
import type { Database } from '../../db/schema';
import { monthsBefore } from '../../domain/retention';
import { recordAudit } from '../audit';
import type { ServiceContext } from '../context';
import { getRetention } from '../retention/retentionSettings';

/** The day each host's looks were last aged out, so its minutely due work does it once a day. */
const lastDay = new WeakMap<ServiceContext['views'], string>();

/** Deletes the looks older than `months` before `now`, inside the caller's transaction; answers how many. */
export async function dropExpiredLooks(trx: Kysely<Database>, now: Date, months: number): Promise<{ before: string; looks: number }> {
  const before = monthsBefore(now, months);
  return { before, looks: Number((await trx.deleteFrom('view_log').where('at', '<', before).executeTakeFirst()).numDeletedRows) };
}

/**
 * Deletes the 查阅记录 older than its period (设置 in 到期清理), once a business day, from the host's
 * due work: the period holds whether or not anyone confirms a 清理. What went is audited.
 */
export async function ageOutLooks(ctx: ServiceContext): Promise<number> {
  const now = ctx.clock.now();
  const today = chinaDay(now);
  if (lastDay.get(ctx.views) === today) return 0;
  const { viewLogMonths } = await getRetention(ctx);
  await ctx.views.flush();
  const gone = await ctx.db.transaction().execute(async (trx) => {
    const { before, looks } = await dropExpiredLooks(trx, now, viewLogMonths);
    if (looks > 0) await recordAudit(trx, now, { actorId: null, action: 'views.age_out', entity: 'view_log', detail: { before, looks } });
    return looks;
  });
  lastDay.set(ctx.views, today);
  return gone;
}
