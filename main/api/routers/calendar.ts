import { z } from 'zod';
import { holidayArrangementInput } from '../../../shared/schemas/calendar';
import { enterArrangement, holidayYears, removeArrangement } from '../../services/calendar/arrangements';
import { allow, router } from '../trpc';

const admin = allow('admin');

/** 设置 · 节假日: the State Council's notice for a year, entered when it comes out. */
export const calendarRouter = router({
  years: admin.query(({ ctx }) => holidayYears(ctx.services)),
  enter: admin.input(holidayArrangementInput).mutation(({ ctx, input }) => enterArrangement(ctx.services, ctx.actor, input)),
  remove: admin.input(z.object({ year: z.number().int().min(2000).max(2100) })).mutation(({ ctx, input }) => removeArrangement(ctx.services, ctx.actor, input.year)),
});
