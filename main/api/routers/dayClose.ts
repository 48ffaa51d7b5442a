import { TRPCError } from '@trpc/server';
import { centreDayInput, closeCentreDayInput, closeDayInput, daySheetInput, explainInput, reopenDayInput } from '../../../shared/schemas/dayClose';
import { DAY_MSG } from '../../../shared/text/messages';
import { chinaDay } from '../../../shared/time';
import { centreDay, closeCentreDay, closeDay, daySheet, dayToClose, explainDiscrepancy, isDayClosed, reopenDay } from '../../services/dayClose';
import { issueDaySheet, listDocuments } from '../../services/documents';
import type { SignedIn } from '../../services/sessions';
import { allow, router } from '../trpc';

const desk = allow('clerk', 'supervisor', 'admin');
const supervisor = allow('supervisor', 'admin');

/** A clerk closes the counter signed in at; a supervisor may act for any counter. */
function counterOf(signedIn: SignedIn, asked: number | null): number {
  const own = signedIn.counter?.id ?? null;
  if (signedIn.user.role === 'clerk') {
    if (own === null) throw new TRPCError({ code: 'BAD_REQUEST', message: DAY_MSG.counterRequired });
    if (asked !== null && asked !== own) throw new TRPCError({ code: 'FORBIDDEN', message: DAY_MSG.otherCounter });
    return own;
  }
  const counter = asked ?? own;
  if (counter === null) throw new TRPCError({ code: 'BAD_REQUEST', message: DAY_MSG.counterRequired });
  return counter;
}

/** 日结: a counter's day, its paper check, closing and the 日结单; the supervisor's view of all. */
export const dayCloseRouter = router({
  sheet: desk.input(daySheetInput).query(async ({ ctx, input }) => {
    const counterId = counterOf(ctx.signedIn, input.counterId);
    const today = chinaDay(ctx.services.clock.now());
    const pendingDay = await dayToClose(ctx.services, counterId, today);
    const day = input.day ?? pendingDay ?? today;
    const sheets = (await listDocuments(ctx.services, { counterId, sheetDay: day }, ctx.actor)).filter((d) => d.kind === 'day_sheet');
    return { ...(await daySheet(ctx.services, counterId, day)), today, pendingDay, sheets };
  }),
  /** Whether this counter may take in visitors now, for the 登记 page to say so before typing. */
  intake: desk.query(async ({ ctx }) => {
    const counterId = counterOf(ctx.signedIn, null);
    const today = chinaDay(ctx.services.clock.now());
    return { pendingDay: await dayToClose(ctx.services, counterId, today), todayClosed: await isDayClosed(ctx.services, counterId, today) };
  }),
  explain: desk.input(explainInput).mutation(async ({ ctx, input }) => {
    await explainDiscrepancy(ctx.services, ctx.actor, counterOf(ctx.signedIn, input.counterId), input.day, input.item, input.note);
    return { ok: true };
  }),
  /** Closes the day and prints its 日结单. */
  close: desk.input(closeDayInput).mutation(async ({ ctx, input }) => {
    const counterId = counterOf(ctx.signedIn, input.counterId);
    await closeDay(ctx.services, ctx.actor, counterId, input.day, input.note);
    return issueDaySheet(ctx.services, ctx.actor, counterId, input.day);
  }),
  reopen: supervisor.input(reopenDayInput).mutation(async ({ ctx, input }) => {
    await reopenDay(ctx.services, ctx.actor, input.counterId, input.day, input.reason);
    return { ok: true };
  }),
  centre: supervisor.input(centreDayInput).query(({ ctx, input }) => centreDay(ctx.services, input.day)),
  closeCentre: supervisor.input(closeCentreDayInput).mutation(async ({ ctx, input }) => {
    await closeCentreDay(ctx.services, ctx.actor, input.day, input.note);
    return { ok: true };
  }),
});
