import { z } from 'zod';
import { DESK_ROLES } from '../../../shared/roles';
import { idSchema } from '../../../shared/schemas/common';
import { flowInput } from '../../../shared/schemas/flow';
import { actOnHandoff, handoffMatter, incomingHandoffs } from '../../services/centres/handoffs';
import { countyMatters } from '../../services/centres/countyMatters';
import { MATTER_STATUSES } from '../../../shared/visit';
import { allow, router } from '../trpc';

/** The desk of a centre handles what its county hands down or its townships hand up (交办). */
const desk = allow(...DESK_ROLES);
const handedMatter = z.object({ area: z.string().regex(/^\d{6}(\d{3})?$/, '区划代码应为 6 位或 9 位数字'), id: idSchema });

/** 上报 / 下派: the matters other centres of the county handed to this one, and the station's steps on them. */
export const centresRouter = router({
  handoffs: desk.query(({ ctx }) => incomingHandoffs(ctx.services)),
  handoff: desk.input(handedMatter).query(({ ctx, input }) => handoffMatter(ctx.services, input.area, input.id, ctx.clientAddress)),
  /** 全县事项: every centre's newest matters, for the county centre's supervisors. */
  countyMatters: allow('supervisor', 'admin')
    .input(z.object({ status: z.enum(MATTER_STATUSES).nullable().default(null) }))
    .query(({ ctx, input }) => countyMatters(ctx.services, input.status)),
  act: desk
    .input(z.object({ area: handedMatter.shape.area, step: flowInput }))
    .mutation(({ ctx, input }) => actOnHandoff(ctx.services, { ...ctx.actor, displayName: ctx.signedIn.user.displayName }, input.area, input.step)),
});
