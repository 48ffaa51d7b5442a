import { z } from 'zod';
import { STAFF_ROLES } from '../../../shared/roles';
import { idSchema } from '../../../shared/schemas/common';
import { flowInput } from '../../../shared/schemas/flow';
import { actOnMatter } from '../../services/flow';
import { boardCounts, centreQueue, queue, QUEUE_TABS } from '../../services/queues';
import type { SignedIn } from '../../services/sessions';
import { allow, router } from '../trpc';

const anyone = allow(...STAFF_ROLES);

/** Station staff see their own station's queue; everyone else may look at one station or all. */
function queueStation(signedIn: SignedIn, asked: number | null): number | null {
  return signedIn.user.role === 'station' ? signedIn.user.stationId : asked;
}

/** The referral loop (六单): every step through one procedure, which the state machine guards. */
export const flowRouter = router({
  act: anyone.input(flowInput).mutation(({ ctx, input }) => actOnMatter(ctx.services, ctx.actor, input)),
  queue: anyone
    .input(z.object({ tab: z.enum(QUEUE_TABS), stationId: idSchema.nullable().default(null) }))
    .query(({ ctx, input }) => queue(ctx.services, queueStation(ctx.signedIn, input.stationId), input.tab)),
  centre: allow('clerk', 'supervisor', 'admin').query(({ ctx }) => centreQueue(ctx.services)),
  counts: anyone.query(({ ctx }) => boardCounts(ctx.services, queueStation(ctx.signedIn, null))),
});
