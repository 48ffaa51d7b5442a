import { chinaDay } from '../../../shared/time';
import { documentIdInput, documentsOfDayInput, issueDocumentInput, printAgainInput, voidDocumentInput } from '../../../shared/schemas/documents';
import { deskPaper, documentPdf, issueDocument, listDocuments, printAgain, standingPapers, voidDocument } from '../../services/documents';
import { z } from 'zod';
import { idSchema } from '../../../shared/schemas/common';
import { paperShown } from '../seen';
import { allow, router } from '../trpc';

const desk = allow('clerk', 'supervisor', 'admin');

/** 打印: receipts, notices and referral slips, and the paper trail of the counter. */
export const documentsRouter = router({
  issue: desk.input(issueDocumentInput).mutation(({ ctx, input }) => issueDocument(ctx.services, ctx.actor, ctx.actor.counterId, input.kind, input.matterId, input.layout, input.route)),
  printAgain: desk.input(printAgainInput).mutation(async ({ ctx, input }) => printAgain(ctx.services, ctx.actor, ctx.actor.counterId, await deskPaper(ctx.services, input.documentId), input.route)),
  void: desk.input(voidDocumentInput).mutation(async ({ ctx, input }) => {
    await voidDocument(ctx.services, ctx.actor, await deskPaper(ctx.services, input.documentId), input.reason);
    return { ok: true };
  }),
  /** The valid receipt, notice and current 派单单 of a matter: the buttons offer 补打 of these. */
  standing: desk.input(z.object({ matterId: idSchema })).query(({ ctx, input }) => standingPapers(ctx.services, input.matterId)),
  pdf: desk.input(documentIdInput).query(async ({ ctx, input }) => paperShown(ctx, await documentPdf(ctx.services, await deskPaper(ctx.services, input.documentId)))),
  /** A clerk sees the own counter's papers; supervisors and admins every counter's. */
  ofDay: desk.input(documentsOfDayInput).query(({ ctx, input }) => {
    const counterId = ctx.signedIn.user.role === 'clerk' ? (ctx.actor.counterId) : null;
    return listDocuments(ctx.services, { day: input.day ?? chinaDay(ctx.services.clock.now()), counterId }, ctx.actor);
  }),
});
