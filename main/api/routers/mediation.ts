import { documentIdInput, issueMediationPaperInput, printAgainInput, voidDocumentInput } from '../../../shared/schemas/documents';
import { MEDIATION_PAPERS, matterIdInput, mediationInput, revisitRecordInput } from '../../../shared/schemas/mediation';
import { documentPdf, issueDocument, listDocuments, printAgain, voidDocument } from '../../services/documents';
import { checkedMatter, getMediationCase, mediationPaper, previewAgreement, saveMediationCase, saveRevisitRecord } from '../../services/mediation/mediationFile';
import { matterSight } from '../../services/viewLog/sights';
import { paperShown, seen } from '../seen';
import { allow, router } from '../trpc';

// The clerk too, for the oral agreement made at the desk; which file each may keep is decided per matter (mediationRefusal).
const mediators = allow('clerk', 'station', 'supervisor');

/** 人民调解: the mediator's file of a matter and the papers made from it. */
export const mediationRouter = router({
  get: mediators.input(matterIdInput).query(async ({ ctx, input }) => {
    const file = await getMediationCase(ctx.services, ctx.actor, input.matterId);
    seen(ctx, await matterSight(ctx.services.db, 'mediation', input.matterId));
    return file;
  }),
  save: mediators.input(mediationInput).mutation(({ ctx, input }) => saveMediationCase(ctx.services, ctx.actor, input)),
  preview: mediators.input(mediationInput).mutation(async ({ ctx, input }) => ({ pdfBase64: await previewAgreement(ctx.services, ctx.actor, input) })),
  saveRevisit: mediators.input(revisitRecordInput).mutation(async ({ ctx, input }) => {
    await saveRevisitRecord(ctx.services, ctx.actor, input);
    return { ok: true };
  }),
  papers: mediators.input(matterIdInput).query(async ({ ctx, input }) => {
    await checkedMatter(ctx.services, ctx.actor, input.matterId);
    return listDocuments(ctx.services, { matterId: input.matterId, kinds: MEDIATION_PAPERS }, ctx.actor);
  }),
  issue: mediators.input(issueMediationPaperInput).mutation(async ({ ctx, input }) => {
    await checkedMatter(ctx.services, ctx.actor, input.matterId);
    return issueDocument(ctx.services, ctx.actor, ctx.actor.counterId, input.kind, input.matterId, 'a5', input.route);
  }),
  printAgain: mediators.input(printAgainInput).mutation(async ({ ctx, input }) =>
    printAgain(ctx.services, ctx.actor, ctx.actor.counterId, await mediationPaper(ctx.services, ctx.actor, input.documentId), input.route),
  ),
  void: mediators.input(voidDocumentInput).mutation(async ({ ctx, input }) => {
    await voidDocument(ctx.services, ctx.actor, await mediationPaper(ctx.services, ctx.actor, input.documentId), input.reason);
    return { ok: true };
  }),
  pdf: mediators.input(documentIdInput).query(async ({ ctx, input }) => paperShown(ctx, await documentPdf(ctx.services, await mediationPaper(ctx.services, ctx.actor, input.documentId)))),
});
