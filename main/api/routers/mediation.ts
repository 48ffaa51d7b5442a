import { documentIdInput, issueMediationPaperInput, printAgainInput, voidDocumentInput } from '../../../shared/schemas/documents';
import { MEDIATION_PAPERS, matterIdInput, mediationInput, revisitRecordInput } from '../../../shared/schemas/mediation';
import { DOC_MSG } from '../../../shared/text/messages';
import { DeskError } from '../../domain/errors';
import { documentPdf, issueDocument, listDocuments, printAgain, voidDocument } from '../../services/documents';
import { checkedMatter, getMediationCase, previewAgreement, saveMediationCase, saveRevisitRecord } from '../../services/mediation';
import type { ServiceContext } from '../../services/context';
import type { FlowActor } from '../../services/flow';
import { allow, router } from '../trpc';
import { flowActor } from './flow';

const mediators = allow('station', 'supervisor');

/** A mediation paper, and only if the actor may keep its matter's file. */
async function checkedPaper(services: ServiceContext, actor: FlowActor, documentId: number): Promise<number> {
  const doc = await services.db.selectFrom('document').select(['kind', 'matter_id']).where('id', '=', documentId).executeTakeFirst();
  if (!doc || doc.matter_id === null || !(MEDIATION_PAPERS as readonly string[]).includes(doc.kind)) throw new DeskError('not_found', DOC_MSG.notFound);
  await checkedMatter(services, actor, doc.matter_id);
  return documentId;
}

/** 人民调解: the mediator's file of a matter and the papers made from it. */
export const mediationRouter = router({
  get: mediators.input(matterIdInput).query(({ ctx, input }) => getMediationCase(ctx.services, flowActor(ctx.signedIn), input.matterId)),
  save: mediators.input(mediationInput).mutation(({ ctx, input }) => saveMediationCase(ctx.services, flowActor(ctx.signedIn), input)),
  preview: mediators.input(mediationInput).mutation(async ({ ctx, input }) => ({ pdfBase64: await previewAgreement(ctx.services, flowActor(ctx.signedIn), input) })),
  saveRevisit: mediators.input(revisitRecordInput).mutation(async ({ ctx, input }) => {
    await saveRevisitRecord(ctx.services, flowActor(ctx.signedIn), input);
    return { ok: true };
  }),
  papers: mediators.input(matterIdInput).query(async ({ ctx, input }) => {
    await checkedMatter(ctx.services, flowActor(ctx.signedIn), input.matterId);
    return listDocuments(ctx.services, { matterId: input.matterId, kinds: MEDIATION_PAPERS }, ctx.signedIn.user.role);
  }),
  issue: mediators.input(issueMediationPaperInput).mutation(async ({ ctx, input }) => {
    await checkedMatter(ctx.services, flowActor(ctx.signedIn), input.matterId);
    return issueDocument(ctx.services, ctx.actor, ctx.signedIn.counter?.id ?? null, input.kind, input.matterId, 'a5', input.route);
  }),
  printAgain: mediators.input(printAgainInput).mutation(async ({ ctx, input }) =>
    printAgain(ctx.services, ctx.actor, ctx.signedIn.counter?.id ?? null, await checkedPaper(ctx.services, flowActor(ctx.signedIn), input.documentId), input.route),
  ),
  void: mediators.input(voidDocumentInput).mutation(async ({ ctx, input }) => {
    await voidDocument(ctx.services, { ...ctx.actor, role: ctx.signedIn.user.role }, await checkedPaper(ctx.services, flowActor(ctx.signedIn), input.documentId), input.reason);
    return { ok: true };
  }),
  pdf: mediators.input(documentIdInput).query(async ({ ctx, input }) => documentPdf(ctx.services, await checkedPaper(ctx.services, flowActor(ctx.signedIn), input.documentId))),
});
