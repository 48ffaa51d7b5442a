import { z } from 'zod';
import { idSchema, line } from '../../../shared/schemas/common';
import { correctMatterInput, lookupInput, registerVisitInput } from '../../../shared/schemas/visit';
import { correctMatter } from '../../services/corrections';
import { getVisitor, lookupVisitors, revealIdNumber, visitorPhoto } from '../../services/visitors';
import { registerVisit } from '../../services/visits';
import { seen } from '../seen';
import { allow, router } from '../trpc';

const desk = allow('clerk', 'supervisor', 'admin');

export const visitsRouter = router({
  register: desk.input(registerVisitInput).mutation(({ ctx, input }) => registerVisit(ctx.services, ctx.actor, ctx.actor.counterId, input)),

  /** 更正: on the day by the clerk, later by a supervisor; the old values are audited. */
  correct: desk.input(correctMatterInput).mutation(async ({ ctx, input }) => {
    await correctMatter(ctx.services, ctx.actor, input);
    return { ok: true };
  }),

  /** 查找 and the repeat-visit side panel: the desk's, not the stations' (they see only what is referred to them). */
  lookup: desk.input(lookupInput).query(({ ctx, input }) => lookupVisitors(ctx.services, input.query)),

  visitor: desk.input(z.object({ id: idSchema })).query(async ({ ctx, input }) => {
    const visitor = await getVisitor(ctx.services, input.id);
    seen(ctx, { what: 'visitor', recordId: input.id, visitorId: input.id, label: '' });
    return visitor;
  }),

  /** The ID card photo kept with the visitor, if the centre keeps them; the look is audited. */
  photo: desk.input(z.object({ visitorId: idSchema })).mutation(async ({ ctx, input }) => {
    const photo = await visitorPhoto(ctx.services, ctx.actor, input.visitorId);
    if (photo) seen(ctx, { what: 'photo', recordId: input.visitorId, visitorId: input.visitorId, label: '' });
    return photo;
  }),

  /** The whole ID number, for whoever must check it against the card; the look is audited. */
  revealId: desk
    .input(z.object({ visitorId: idSchema, purpose: line('查看原因', 50) }))
    .mutation(async ({ ctx, input }) => {
      const idNumber = await revealIdNumber(ctx.services, ctx.actor, input.visitorId, input.purpose);
      seen(ctx, { what: 'id_number', recordId: input.visitorId, visitorId: input.visitorId, label: input.purpose });
      return idNumber;
    }),
});
