import { DESK_ROLES } from '../../../shared/roles';
import { rosterInput } from '../../../shared/schemas/admin';
import { dayRoster, keepRoster } from '../../services/roster/dayRoster';
import { allow, router } from '../trpc';

const desk = allow(...DESK_ROLES);

/** 驻点力量: today's roster of the stations in the hall, kept by the desk. */
export const rosterRouter = router({
  today: desk.query(({ ctx }) => dayRoster(ctx.services)),
  keep: desk.input(rosterInput).mutation(({ ctx, input }) => keepRoster(ctx.services, ctx.actor, input)),
});
