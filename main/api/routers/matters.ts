import { z } from 'zod';
import { ROLES } from '../../../shared/roles';
import { idSchema } from '../../../shared/schemas/common';
import { MATTER_STATUSES } from '../../../shared/visit';
import { chinaDay } from '../../../shared/time';
import { correctionOf } from '../../services/corrections';
import { allowedActions } from '../../domain/matterFlow';
import { flowFacts } from '../../services/flow';
import { currentReferral, matterEvents } from '../../services/history';
import { getMatter, listMatters, wasReferredTo } from '../../services/matters';
import { mayMediate } from '../../services/mediation';
import { TRPCError } from '@trpc/server';
import { FLOW_MSG } from '../../../shared/text/messages';
import { flowActor } from './flow';
import { allow, router } from '../trpc';

const anyone = allow(...ROLES);

export const mattersRouter = router({
  list: allow('clerk', 'supervisor', 'admin')
    .input(
      z.object({
        status: z.enum(MATTER_STATUSES).nullable().default(null),
        limit: z.number().int().min(1).max(200).default(50),
        beforeId: idSchema.nullable().default(null),
      }),
    )
    .query(({ ctx, input }) => listMatters(ctx.services, input)),
  get: anyone.input(z.object({ id: idSchema })).query(async ({ ctx, input }) => {
    const matter = await getMatter(ctx.services, input.id);
    // Station staff see the matters referred to their station, now or before, and no others.
    const { user } = ctx.signedIn;
    if (user.role === 'station' && !(await wasReferredTo(ctx.services, matter.id, user.stationId))) throw new TRPCError({ code: 'FORBIDDEN', message: FLOW_MSG.notYourStation });
    const today = chinaDay(ctx.services.clock.now());
    const referral = await currentReferral(ctx.services, matter.referralId);
    const facts = flowFacts(
      { status: matter.status, kind: matter.categoryKind },
      referral && { station_id: referral.stationId, referred_day: referral.referredDay, extension_days: referral.extensionDays },
      flowActor(ctx.signedIn),
      today,
    );
    return {
      ...matter,
      referral,
      events: await matterEvents(ctx.services, matter.id, matter.createdAt),
      allowedActions: allowedActions(facts),
      correctable: (await correctionOf(ctx.services, ctx.signedIn.user.role, matter.openedCounterId, matter.openedDay)) !== 'refused',
      mediable: await mayMediate(ctx.services, flowActor(ctx.signedIn), matter.id),
    };
  }),
});
