import { renderToBuffer } from '@react-pdf/renderer';
import { createElement, type FunctionComponent } from 'react';
import { PDFDocument } from 'pdf-lib';
import type { FilePaper } from '../../shared/schemas/mediation';
import { CaseFileBack, CaseFileFront, type CaseFileData } from './documents/CaseFile';
import { InvestigationRecord } from './documents/InvestigationRecord';
import { JudicialApplication } from './documents/JudicialApplication';
import { MediationIntake } from './documents/MediationIntake';
import { RightsNotice } from './documents/RightsNotice';
import { needsFallbackFont } from '../../shared/identity/printableName';
import { fallbackFor, registerFonts } from './fonts';
import { AssessmentRecord } from './documents/AssessmentRecord';
import { DaySheet } from './documents/DaySheet';
import { StatsReport } from './documents/StatsReport';
import { MediationAgreement } from './documents/MediationAgreement';
import { MediationApplication } from './documents/MediationApplication';
import { MediationRecord } from './documents/MediationRecord';
import type { MediationPaperData } from './documents/mediationParts';
import { Notice } from './documents/Notice';
import { PetitionAcceptance, PetitionExtension, PetitionOpinion } from './documents/PetitionPapers';
import { OralAgreement } from './documents/OralAgreement';
import { Receipt, type ReceiptData, type ReceiptLayout } from './documents/Receipt';
import { ReferralSlip } from './documents/ReferralSlip';
import { CallSlip } from './documents/CallSlip';
import { SignoffRecord } from './documents/SignoffRecord';
import { MaterialPages } from './documents/MaterialPages';
import { RevisitRecord } from './documents/RevisitRecord';
import type { CaseFilePart, PdfJob } from './pdfJobs';

const FILE_PAPERS: Record<FilePaper, FunctionComponent<{ data: MediationPaperData }>> = {
  mediation_application: MediationApplication,
  mediation_intake: MediationIntake,
  rights_notice: RightsNotice,
  investigation_record: InvestigationRecord,
  mediation_record: MediationRecord,
  mediation_agreement: MediationAgreement,
  oral_agreement: OralAgreement,
  revisit_record: RevisitRecord,
  judicial_application: JudicialApplication,
};

function toBuffer<P extends object>(component: FunctionComponent<P>, props: P): Promise<Buffer> {
  return renderToBuffer(createElement(component, props) as Parameters<typeof renderToBuffer>[0]);
}

let last: Promise<unknown> = Promise.resolve();

/**
 * One paper at a time, with the families it needs: `fallbackFor` sets them for the whole renderer
 * (react-pdf lays out synchronously anyway, so nothing is lost by waiting).
 */
function onePaper<T>(text: unknown, make: () => Promise<T>): Promise<T> {
  const run = last.then(() => {
    registerFonts();
    fallbackFor(needsFallbackFont(JSON.stringify(text)));
    return make();
  });
  last = run.catch(() => undefined);
  return run;
}

/** A receipt as PDF bytes. */
export function renderReceipt(data: ReceiptData, layout: ReceiptLayout): Promise<Buffer> {
  return onePaper(data, () => toBuffer(Receipt, { data, layout }));
}

/** Renders any document job (what the worker runs). */
export function renderDocument(job: PdfJob): Promise<Buffer> {
  // The whole job is searched: a material's caption may hold such a name too (pictures are base64).
  return onePaper(job, () => renderJob(job));
}

function renderJob(job: PdfJob): Promise<Buffer> {
  switch (job.kind) {
    case 'receipt':
      return toBuffer(Receipt, { data: job.data, layout: job.layout });
    case 'notice':
      return toBuffer(Notice, { data: job.data });
    case 'referral_slip':
      return toBuffer(ReferralSlip, { data: job.data });
    case 'call_slip':
      return toBuffer(CallSlip, { data: job.data });
    case 'signoff_record':
      return toBuffer(SignoffRecord, { data: job.data });
    case 'petition_acceptance':
      return toBuffer(PetitionAcceptance, { data: job.data });
    case 'petition_extension':
      return toBuffer(PetitionExtension, { data: job.data });
    case 'petition_opinion':
      return toBuffer(PetitionOpinion, { data: job.data });
    case 'day_sheet':
      return toBuffer(DaySheet, { data: job.data });
    case 'assessment_record':
      return toBuffer(AssessmentRecord, { data: job.data });
    case 'stats_report':
      return toBuffer(StatsReport, { data: job.data });
    case 'case_file':
      return renderCaseFile(job.data, job.papers);
    default:
      return toBuffer(FILE_PAPERS[job.kind], { data: job.data });
  }
}

/**
 * The bound 调解卷宗: each paper laid out on its own, so the 卷内目录 can say on which pages it stands
 * (counted from the first paper, as files are paged), then cover and contents, the papers, the back,
 * joined into one file to print double-sided and bind.
 */
async function renderCaseFile(file: CaseFileData, papers: CaseFilePart[]): Promise<Buffer> {
  const rendered = await Promise.all(
    papers.map(async (p) => PDFDocument.load(p.kind === 'materials' ? await toBuffer(MaterialPages, { items: p.items }) : await toBuffer(FILE_PAPERS[p.kind], { data: p.data }))),
  );
  let next = 1;
  const pages = rendered.map((doc) => {
    const count = doc.getPageCount();
    const range = count === 1 ? String(next) : `${next}-${next + count - 1}`;
    next += count;
    return range;
  });
  let paperIndex = 0;
  const contents = file.contents.map((line) => (line.pages === '#' ? { ...line, pages: pages[paperIndex++] ?? '' } : line));
  const data = { ...file, contents, paperPages: next - 1 };
  const whole = await PDFDocument.create();
  whole.setTitle(`人民调解卷宗 ${file.fileNumber}`);
  whole.setAuthor(file.committeeName);
  whole.setCreator('一站式受理台');
  whole.setProducer('一站式受理台');
  for (const part of [await PDFDocument.load(await toBuffer(CaseFileFront, { data })), ...rendered, await PDFDocument.load(await toBuffer(CaseFileBack, { data }))]) {
    for (const page of await whole.copyPages(part, part.getPageIndices())) whole.addPage(page);
  }
  return Buffer.from(await whole.save());
}
