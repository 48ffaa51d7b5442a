import { DESK_ROLES } from '../../../shared/roles';
import { answerOnScreenInput, pairScreenInput, showOnScreenInput } from '../../../shared/schemas/screen';
import { answerOnScreen, newScreenCode, pairScreen, screenNow, screenStatus, showOnScreen, unpairScreen } from '../../services/screen/visitorScreen';
import { allow, publicProcedure, router } from '../trpc';

const desk = allow(...DESK_ROLES);

/**
 * 访客屏: the counter pairs a screen and puts on it what the visitor must see; the screen, which has
 * no session, speaks with the token its pairing gave it (header X-Screen-Token).
 */
export const screenRouter = router({
  newCode: desk.mutation(({ ctx }) => newScreenCode(ctx.services, ctx.actor)),
  status: desk.query(({ ctx }) => screenStatus(ctx.services, ctx.actor)),
  show: desk.input(showOnScreenInput).mutation(({ ctx, input }) => showOnScreen(ctx.services, ctx.actor, input)),
  unpair: desk.mutation(async ({ ctx }) => {
    await unpairScreen(ctx.services, ctx.actor);
    return { ok: true };
  }),

  pair: publicProcedure.input(pairScreenInput).mutation(({ ctx, input }) => pairScreen(ctx.services, input.code)),
  now: publicProcedure.query(({ ctx }) => screenNow(ctx.services, ctx.screenToken)),
  answer: publicProcedure.input(answerOnScreenInput).mutation(async ({ ctx, input }) => {
    await answerOnScreen(ctx.services, ctx.screenToken, input);
    return { ok: true };
  }),
});
