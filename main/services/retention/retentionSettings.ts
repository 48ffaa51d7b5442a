import type { z } from 'zod';
import { RETENTION_DEFAULT_YEARS, VIEW_LOG_DEFAULT_MONTHS, type RetentionSettings } from '../../../shared/retention';
import type { retentionInput } from '../../../shared/schemas/retention';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';
import { putSetting, readSetting } from '../settings';

const KEY = 'retention';

/** The periods in force: what the admin set, else the defaults. */
export async function getRetention(ctx: Pick<ServiceContext, 'db'>): Promise<RetentionSettings> {
  const set = await readSetting<RetentionSettings>(ctx.db, KEY);
  return { years: { ...RETENTION_DEFAULT_YEARS, ...set?.years }, viewLogMonths: set?.viewLogMonths ?? VIEW_LOG_DEFAULT_MONTHS };
}

/** Sets the periods (the schema has refused any shorter than its floor); the old values are audited. */
export async function saveRetention(ctx: ServiceContext, actor: Actor, input: z.output<typeof retentionInput>): Promise<void> {
  const before = await getRetention(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await putSetting(trx, KEY, input);
    await recordAudit(trx, ctx.clock.now(), { actorId: actor.userId, action: 'retention.settings', entity: 'setting', entityId: KEY, detail: { before, after: input } });
  });
  ctx.events.publish({ type: 'settings.changed' });
}
