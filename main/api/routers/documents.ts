import { chinaDay } from '../../../shared/time';
import { documentIdInput, documentsOfDayInput, issueDocumentInput, voidDocumentInput } from '../../../shared/schemas/documents';
import { documentPdf, documentsOfDay, issueDocument, reprintDocument, voidDocument } from '../../services/documents';
import { allow, router } from '../trpc';

const desk = allow('clerk', 'supervisor', 'admin');

/** 打印: receipts, notices and referral slips, and the paper trail of the counter. */
export const documentsRouter = router({
  issue: desk.input(issueDocumentInput).mutation(({ ctx, input }) => issueDocument(ctx.services, ctx.actor, ctx.signedIn.counter?.id ?? null, input.kind, input.matterId, input.layout)),
  reprint: desk.input(documentIdInput).mutation(({ ctx, input }) => reprintDocument(ctx.services, ctx.actor, ctx.signedIn.counter?.id ?? null, input.documentId)),
  void: desk.input(voidDocumentInput).mutation(async ({ ctx, input }) => {
    await voidDocument(ctx.services, ctx.actor, input.documentId, input.reason);
    return { ok: true };
  }),
  pdf: desk.input(documentIdInput).query(({ ctx, input }) => documentPdf(ctx.services, input.documentId)),
  /** A clerk sees the own counter's papers; supervisors and admins every counter's. */
  ofDay: desk.input(documentsOfDayInput).query(({ ctx, input }) => {
    const counter = ctx.signedIn.user.role === 'clerk' ? (ctx.signedIn.counter?.id ?? null) : null;
    return documentsOfDay(ctx.services, input.day ?? chinaDay(ctx.services.clock.now()), counter);
  }),
});
