import { viewsExportInput, viewsOfUserInput, viewsOfVisitorInput } from '../../../shared/schemas/viewLog';
import { staffForViews, viewsOfUser, viewsOfVisitor } from '../../services/viewLog/lookups';
import { exportViews } from '../../services/viewLog/viewsExport';
import { allow, router } from '../trpc';

/** Who may read the 查阅记录: the centre's supervisors and the admin, not the people it watches at work. */
const overseers = allow('supervisor', 'admin');

/** 查阅记录: who looked at a person's records, and what a user opened. */
export const viewsRouter = router({
  ofVisitor: overseers.input(viewsOfVisitorInput).query(({ ctx, input }) => viewsOfVisitor(ctx.services, input.visitorId)),
  ofUser: overseers.input(viewsOfUserInput).query(({ ctx, input }) => viewsOfUser(ctx.services, input.userId, input.from, input.to)),
  staff: overseers.query(({ ctx }) => staffForViews(ctx.services)),
  export: overseers.input(viewsExportInput).mutation(({ ctx, input }) => exportViews(ctx.services, ctx.actor, input)),
});
