import { z } from 'zod';
import { meetingInput } from '../../../shared/schemas/assessment';
import { idSchema } from '../../../shared/schemas/common';
import { holdMeeting, listMeetings, meetingCandidates } from '../../services/assessment/meetings';
import { issueMeetingRecord } from '../../services/documents';
import { allow, router } from '../trpc';

const supervisors = allow('supervisor', 'admin');

/** 研判会: the supervisors' joint assessment of the matters that need it most. */
export const assessmentRouter = router({
  candidates: supervisors.query(({ ctx }) => meetingCandidates(ctx.services)),
  meetings: supervisors.query(({ ctx }) => listMeetings(ctx.services)),
  hold: supervisors.input(meetingInput).mutation(({ ctx, input }) => holdMeeting(ctx.services, ctx.actor, input)),
  printRecord: supervisors
    .input(z.object({ meetingId: idSchema, route: z.enum(['auto', 'window']).default('auto') }))
    .mutation(({ ctx, input }) => issueMeetingRecord(ctx.services, ctx.actor, ctx.actor.counterId, input.meetingId, input.route)),
});
