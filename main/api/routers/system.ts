import { listCounters, getCentre } from '../../services/settings';
import { publicProcedure, router } from '../trpc';

export const systemRouter = router({
  /** What the login page needs before anyone has signed in. */
  info: publicProcedure.query(async ({ ctx }) => {
    const centre = await getCentre(ctx.services);
    const counters = await listCounters(ctx.services, true);
    // A host serving several centres of a county: the login page offers them (`area` is the one answering).
    const served = await ctx.centres.list();
    return {
      centreName: centre.centreName,
      version: ctx.version,
      transport: ctx.transport,
      counters: counters.map(({ id, name }) => ({ id, name })),
      area: ctx.services.county?.area ?? null,
      centres: served.length > 1 ? served : null,
    };
  }),
});
