import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { MEDIATION_MSG } from '../../../shared/text/messages';
import { chinaDay, chineseDate } from '../../../shared/time';
import type { FilePaper, MediationPaper } from '../../../shared/schemas/mediation';
import { DeskError } from '../../domain/errors';
import type { Database } from '../../db/schema';
import type { MaterialPicture } from '../../print/documents/MaterialPages';
import type { ContentsLine } from '../../print/documents/CaseFile';
import type { PdfJob } from '../../print/pdfJobs';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';
import { nextSerial } from '../serials';
import { mediationCommittee, paperData, readMediationFile, type MediationCase } from './mediationFile';

/** Why this paper cannot be made from the file as it stands, or null: each paper needs what it states. */
export function paperRefusal(kind: FilePaper, file: MediationCase): string | null {
  switch (kind) {
    case 'mediation_agreement':
      if (file.oral) return MEDIATION_MSG.writtenOnly;
      return file.responsibility.trim() ? null : MEDIATION_MSG.needsResponsibility;
    case 'oral_agreement':
      return file.oral ? null : MEDIATION_MSG.oralOnly;
    case 'revisit_record':
      return file.revisit ? null : MEDIATION_MSG.noRevisit;
    case 'mediation_application':
      return file.requests.length > 0 ? null : MEDIATION_MSG.needsRequests;
    case 'investigation_record':
      return file.investigations.length > 0 ? null : MEDIATION_MSG.noInvestigation;
    case 'judicial_application':
      return file.agreementOn ? null : MEDIATION_MSG.needsAgreement;
    default:
      return null;
  }
}

/** The number of the latest standing paper of a kind in the file: the bound copy prints it. */
async function standingNumbers(db: Kysely<Database>, matterId: number): Promise<Map<string, string>> {
  const rows = await db.selectFrom('document').select(['kind', 'number']).where('matter_id', '=', matterId).where('status', '=', 'issued').orderBy('id').execute();
  return new Map(rows.map((r) => [r.kind, r.number]));
}

/** 卷号 （2026）南大里人调字第 N 号: given once, when the file is first bound, from the committee's own series. */
async function fileNumberOf(ctx: ServiceContext, actor: Actor, file: MediationCase): Promise<string> {
  if (file.fileNumber) return file.fileNumber;
  const committee = await mediationCommittee(ctx, file.matterId);
  const now = ctx.clock.now();
  const year = Number(chinaDay(now).slice(0, 4));
  return ctx.db.transaction().execute(async (trx) => {
    const taken = await trx.selectFrom('mediation').select('file_number').where('matter_id', '=', file.matterId).executeTakeFirstOrThrow();
    if (taken.file_number) return taken.file_number;
    const number = `（${year}）${committee.shortName}人调字第 ${await nextSerial(trx, `mediation.file.${committee.stationId}`, String(year))} 号`;
    await trx.updateTable('mediation').set({ file_number: number }).where('matter_id', '=', file.matterId).execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'mediation.file_number', entity: 'matter', entityId: file.matterId, detail: { fileNumber: number } });
    return number;
  });
}

/**
 * The papers of the bound file in the order of the 卷内目录 (司法部 2010), and the contents with a
 * line for each — '#' where the rendering fills in the pages, remarks for what is kept on paper.
 */
function fileOrder(file: MediationCase, materials: number): { papers: (FilePaper | 'materials')[]; contents: ContentsLine[] } {
  const papers: (FilePaper | 'materials')[] = [];
  const contents: ContentsLine[] = [];
  const paper = (kind: FilePaper | 'materials', title: string, note = '') => {
    papers.push(kind);
    contents.push({ title, pages: '#', note });
  };
  const kept = (title: string, note: string) => contents.push({ title, pages: '', note });
  if (file.source === 'applied' && file.requests.length > 0) paper('mediation_application', '人民调解申请书');
  else paper('mediation_intake', '人民调解受理登记表');
  paper('rights_notice', '人民调解当事人权利义务告知书');
  kept('当事人身份证明', '纸质材料，附后');
  if (file.investigations.length > 0) paper('investigation_record', '人民调解调查记录', `${file.investigations.length}份`);
  // The pictures of what the parties handed in (高拍仪), with the investigation as the file's evidence.
  if (materials > 0) paper('materials', '证据材料', `照片${materials}张`);
  paper('mediation_record', '人民调解记录');
  if (file.oral) paper('oral_agreement', '人民调解口头协议登记表');
  else if (file.agreementNumber) paper('mediation_agreement', '人民调解协议书', file.agreementNumber);
  else kept('人民调解协议书', '未达成协议');
  if (file.revisit) paper('revisit_record', '人民调解回访记录');
  if (file.revisit?.judicialConfirmed && file.agreementOn) paper('judicial_application', '司法确认有关材料', '司法确认申请书');
  kept('封底', '');
  return { papers, contents };
}

/** The matter's pictures of materials, as the bound file prints them (a file gone is left out: the data check reports it). */
async function materialPictures(ctx: ServiceContext, matterId: number): Promise<MaterialPicture[]> {
  const rows = await ctx.db.selectFrom('material').select(['caption', 'file', 'mime']).where('matter_id', '=', matterId).orderBy('id').execute();
  return rows.flatMap((m) => {
    const path = join(ctx.documentsDir, m.file);
    return existsSync(path) ? [{ caption: m.caption, src: `data:${m.mime};base64,${readFileSync(path).toString('base64')}` }] : [];
  });
}

/** The whole 调解卷宗, bound: cover, contents, the papers as the file has them now, the back. */
async function caseFileJob(ctx: ServiceContext, actor: Actor, file: MediationCase, number: string, reprint: boolean): Promise<PdfJob> {
  const fileNumber = await fileNumberOf(ctx, actor, file);
  const numbers = await standingNumbers(ctx.db, file.matterId);
  const filer = await ctx.db.selectFrom('user').select('display_name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
  const bound = { ...file, fileNumber };
  const pictures = await materialPictures(ctx, file.matterId);
  const { papers, contents } = fileOrder(bound, pictures.length);
  const names = bound.parties.map((p) => p.name);
  const lastDay = [bound.mediatedOn, bound.revisit?.revisitedOn ?? ''].sort().at(-1)!;
  return {
    kind: 'case_file',
    data: {
      committeeName: bound.committeeName,
      fileNumber,
      title: `${names.slice(0, 3).join('与')}${names.length > 3 ? '等' : ''}${bound.disputeType}纠纷`,
      mediator: bound.mediator,
      from: chineseDate(bound.acceptedOn),
      to: chineseDate(lastDay),
      filedBy: filer.display_name,
      filedOn: chineseDate(chinaDay(ctx.clock.now())),
      contents,
      paperPages: 0,
      number,
      reprint,
      preview: false,
    },
    papers: papers.map((kind) => (kind === 'materials' ? { kind, items: pictures } : { kind, data: paperData(bound, { number: numbers.get(kind) ?? '', reprint: false, preview: false }) })),
  };
}

/** A paper of the mediation file, from the file as saved; each paper has its own precondition. */
export async function mediationJob(ctx: ServiceContext, actor: Actor, kind: MediationPaper, matterId: number, number: string, reprint: boolean): Promise<PdfJob> {
  const file = await readMediationFile(ctx, matterId);
  if (!file) throw new DeskError('conflict', MEDIATION_MSG.notSaved);
  if (kind === 'case_file') return caseFileJob(ctx, actor, file, number, reprint);
  const refusal = paperRefusal(kind, file);
  if (refusal) throw new DeskError('conflict', refusal);
  return { kind, data: paperData(file, { number, reprint, preview: false }) };
}
