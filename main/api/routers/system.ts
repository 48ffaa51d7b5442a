import { listCounters, getCentre } from '../../services/settings';
import { publicProcedure, router } from '../trpc';

export const systemRouter = router({
  /** What the login page needs before anyone has signed in. */
  info: publicProcedure.query(async ({ ctx }) => {
    const centre = await getCentre(ctx.services);
    const counters = await listCounters(ctx.services, true);
    return { centreName: centre.centreName, version: ctx.version, transport: ctx.transport, counters: counters.map(({ id, name }) => ({ id, name })) };
  }),
});
