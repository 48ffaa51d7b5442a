import { z } from 'zod';
import { idSchema } from '../../../shared/schemas/common';
import { mergeCompareInput, mergeInput, undoMergeInput } from '../../../shared/schemas/visitorMerge';
import { chinaDay } from '../../../shared/time';
import { mergeCheck, mergesOf, mergeVisitors, undoMerge } from '../../services/visitorMerge/merge';
import { getVisitor } from '../../services/visitors';
import { seen } from '../seen';
import { allow, router } from '../trpc';

/** Merging two records of one person is a supervisor's decision, taken after a side-by-side check. */
const supervisors = allow('supervisor', 'admin');

/** 合并重复记录: the side-by-side check, the merge, its undoing, and a record's merges. */
export const mergesRouter = router({
  compare: supervisors.input(mergeCompareInput).query(async ({ ctx, input }) => {
    const [kept, merged] = [await getVisitor(ctx.services, input.keptId), await getVisitor(ctx.services, input.mergedId)];
    seen(ctx, { what: 'visitor', recordId: merged.id, visitorId: merged.id, label: '' });
    return { kept, merged, refusal: await mergeCheck(ctx.services.db, input.keptId, input.mergedId, chinaDay(ctx.services.clock.now())) };
  }),
  merge: supervisors.input(mergeInput).mutation(({ ctx, input }) => mergeVisitors(ctx.services, ctx.actor, input)),
  undo: supervisors.input(undoMergeInput).mutation(async ({ ctx, input }) => {
    await undoMerge(ctx.services, ctx.actor, input);
    return { ok: true };
  }),
  ofVisitor: supervisors.input(z.object({ visitorId: idSchema })).query(({ ctx, input }) => mergesOf(ctx.services, input.visitorId)),
});
