import { z } from 'zod';
import { idSchema } from '../../../shared/schemas/common';
import { holdInput, purgeInput, releaseHoldInput, retentionInput } from '../../../shared/schemas/retention';
import { duePeople } from '../../services/retention/due';
import { holdsOf, releaseHold, setHold } from '../../services/retention/holds';
import { purgeDue, purges } from '../../services/retention/purge';
import { getRetention, saveRetention } from '../../services/retention/retentionSettings';
import { allow, router } from '../trpc';

/** Who reads the periods and what is due: the supervisors and the admin. */
const overseers = allow('supervisor', 'admin');
/** Letting go of people's details, and holding them back, is the supervisor's decision alone. */
const supervisor = allow('supervisor');

/** 保存期限: the periods, the holds, what is due, and the 清理 a supervisor confirms. */
export const retentionRouter = router({
  settings: overseers.query(({ ctx }) => getRetention(ctx.services)),
  /** The admin sets the periods, never shorter than their documented floors. */
  saveSettings: allow('admin').input(retentionInput).mutation(async ({ ctx, input }) => {
    await saveRetention(ctx.services, ctx.actor, input);
    return { ok: true };
  }),
  due: overseers.query(async ({ ctx }) => duePeople(ctx.services.db, await getRetention(ctx.services), ctx.services.clock.now())),
  purge: supervisor.input(purgeInput).mutation(({ ctx, input }) => purgeDue(ctx.services, ctx.actor, input.visitorIds)),
  purges: overseers.query(({ ctx }) => purges(ctx.services)),
  holds: overseers.input(z.object({ matterId: idSchema })).query(({ ctx, input }) => holdsOf(ctx.services, input.matterId)),
  hold: supervisor.input(holdInput).mutation(async ({ ctx, input }) => {
    await setHold(ctx.services, ctx.actor, input.matterId, input.reason);
    return { ok: true };
  }),
  releaseHold: supervisor.input(releaseHoldInput).mutation(async ({ ctx, input }) => {
    await releaseHold(ctx.services, ctx.actor, input.holdId);
    return { ok: true };
  }),
});
