import type { FilePaper } from '../../shared/schemas/mediation';
import type { CaseFileData } from './documents/CaseFile';
import type { AssessmentRecordData } from './documents/AssessmentRecord';
import type { DaySheetData } from './documents/DaySheet';
import type { StatsReportData } from './documents/StatsReport';
import type { MediationPaperData } from './documents/mediationParts';
import type { NoticeData } from './documents/Notice';
import type { PetitionAcceptanceData, PetitionExtensionData, PetitionOpinionData } from './documents/PetitionPapers';
import type { ReceiptData, ReceiptLayout } from './documents/Receipt';
import type { ReferralSlipData } from './documents/ReferralSlip';
import type { CallSlipData } from './documents/CallSlip';
import type { SignoffRecordData } from './documents/SignoffRecord';
import type { MaterialPicture } from './documents/MaterialPages';

/** A part of the bound 调解卷宗: a paper of the file, or the pictures of the materials (证据材料). */
export type CaseFilePart = { kind: FilePaper; data: MediationPaperData } | { kind: 'materials'; items: MaterialPicture[] };

/** Every document the host can render, with its data. */
export type PdfJob =
  | { kind: 'receipt'; layout: ReceiptLayout; data: ReceiptData }
  | { kind: 'notice'; data: NoticeData }
  | { kind: 'referral_slip'; data: ReferralSlipData }
  | { kind: 'call_slip'; data: CallSlipData }
  | { kind: 'signoff_record'; data: SignoffRecordData }
  | { kind: 'petition_acceptance'; data: PetitionAcceptanceData }
  | { kind: 'petition_extension'; data: PetitionExtensionData }
  | { kind: 'petition_opinion'; data: PetitionOpinionData }
  | { kind: FilePaper; data: MediationPaperData }
  /** The bound 调解卷宗: cover and contents, the papers in order, the back. */
  | { kind: 'case_file'; data: CaseFileData; papers: CaseFilePart[] }
  | { kind: 'day_sheet'; data: DaySheetData }
  | { kind: 'assessment_record'; data: AssessmentRecordData }
  /** Not a numbered paper: a report made on request. */
  | { kind: 'stats_report'; data: StatsReportData };

export interface RenderRequest {
  id: number;
  job: PdfJob;
}

export type RenderResponse = { id: number; pdf: Uint8Array } | { id: number; error: string };
