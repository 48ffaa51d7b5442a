import { z } from 'zod';
import { STAFF_ROLES } from '../../../shared/roles';
import { idSchema } from '../../../shared/schemas/common';
import { MATTER_STATUSES } from '../../../shared/visit';
import { mayRevealPhone } from '../../domain/personalData';
import { revealPhone } from '../../services/visitors';
import { chinaDay } from '../../../shared/time';
import { correctionOf } from '../../services/corrections';
import { allowedActions } from '../../domain/matterFlow';
import { petitionNoticeDue } from '../../domain/petitionRules';
import { loadWorkCalendar } from '../../services/calendar/workCalendar';
import { flowFacts, matterTimeLimit } from '../../services/flow';
import { currentReferral, matterEvents } from '../../services/history';
import { listMatters } from '../../services/matters';
import { mayMediate } from '../../services/mediation/mediationFile';
import { TRPCError } from '@trpc/server';
import { FLOW_MSG } from '../../../shared/text/messages';
import { openableMatter } from '../../services/matterAccess';
import { seen } from '../seen';
import { allow, router } from '../trpc';

const anyone = allow(...STAFF_ROLES);

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
    const matter = await openableMatter(ctx.services, ctx.actor, input.id);
    const today = chinaDay(ctx.services.clock.now());
    const cal = await loadWorkCalendar(ctx.services.db);
    const referral = await currentReferral(ctx.services, cal, matter.referralId);
    const facts = flowFacts(
      cal,
      { status: matter.status, kind: matter.categoryKind },
      referral && { station_id: referral.stationId, referred_day: referral.referredDay, extension_days: referral.extensionDays },
      ctx.actor,
      today,
    );
    const actions = allowedActions(facts);
    seen(ctx, { what: 'matter', recordId: matter.id, visitorId: matter.visitor.id, label: matter.code });
    return {
      ...matter,
      referral,
      events: await matterEvents(ctx.services, matter.id, matter.createdAt),
      allowedActions: actions,
      referPreview: actions.includes('refer') ? await matterTimeLimit(ctx.services, matter.id, cal) : null,
      /** A 信访 matter's 受理告知 is due within 15 days of receipt. */
      petitionNoticeDue: matter.categoryKind === 'petition' && matter.status !== 'declined' ? petitionNoticeDue(cal, matter.openedDay) : null,
      correctable: (await correctionOf(ctx.services, ctx.actor, matter.openedCounterId, matter.openedDay)) !== 'refused',
      mediable: await mayMediate(ctx.services, ctx.actor, matter.id),
      phoneRevealable: matter.visitor.maskedPhone !== '' && mayRevealPhone(ctx.actor, { status: matter.status, leadStationId: referral?.stationId ?? null }),
    };
  }),

  /** The visitor's whole phone, for the desk and the station leading the handling; the look is audited. */
  revealPhone: anyone.input(z.object({ matterId: idSchema })).mutation(async ({ ctx, input }) => {
    const matter = await openableMatter(ctx.services, ctx.actor, input.matterId);
    const referral = await currentReferral(ctx.services, await loadWorkCalendar(ctx.services.db), matter.referralId);
    if (!mayRevealPhone(ctx.actor, { status: matter.status, leadStationId: referral?.stationId ?? null })) throw new TRPCError({ code: 'FORBIDDEN', message: FLOW_MSG.phoneNotYours });
    const phone = await revealPhone(ctx.services, ctx.actor, matter.visitor.id, matter.id);
    seen(ctx, { what: 'phone', recordId: matter.visitor.id, visitorId: matter.visitor.id, label: matter.code });
    return { phone };
  }),
});
