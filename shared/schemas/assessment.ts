import { z } from 'zod';
import { calendarDay, idSchema, line, text } from './common';

export const MAX_DECISIONS = 30;

/** What a 研判会 decided about one matter. */
export const decisionInput = z.object({
  matterId: idSchema,
  decision: text('研判意见', 1000),
  /** The station responsible from now on; null keeps the matter where it is. */
  stationId: idSchema.nullable().default(null),
  dueOn: calendarDay('办结时限').nullable().default(null),
});

/** 研判会: held on a day, chaired, attended, discussed, and its decisions per matter. */
export const meetingInput = z
  .object({
    heldOn: calendarDay('研判日期'),
    place: line('地点', 60),
    chair: line('主持人', 30),
    attendees: text('参加人员', 500),
    discussion: text('研判情况', 5000),
    decisions: z.array(decisionInput).min(1, '请至少选择一件研判事项').max(MAX_DECISIONS, `一次研判最多 ${MAX_DECISIONS} 件`),
  })
  .superRefine((m, ctx) => {
    const ids = m.decisions.map((d) => d.matterId);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['decisions'], message: '同一事项选了两次' });
    for (const [i, d] of m.decisions.entries()) {
      if (d.dueOn !== null && d.dueOn < m.heldOn) ctx.addIssue({ code: 'custom', path: ['decisions', i, 'dueOn'], message: '办结时限不能早于研判日期' });
    }
  });
export type MeetingInput = z.output<typeof meetingInput>;
