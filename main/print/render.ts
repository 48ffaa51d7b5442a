import { renderToBuffer } from '@react-pdf/renderer';
import QRCode from 'qrcode';
import { createElement, type FunctionComponent } from 'react';
import type { MediationPaper } from '../../shared/schemas/mediation';
import { registerFonts } from './fonts';
import { DaySheet } from './documents/DaySheet';
import { StatsReport } from './documents/StatsReport';
import { MediationAgreement } from './documents/MediationAgreement';
import { MediationApplication } from './documents/MediationApplication';
import { MediationRecord } from './documents/MediationRecord';
import type { MediationPaperData } from './documents/mediationParts';
import { Notice } from './documents/Notice';
import { OralAgreement } from './documents/OralAgreement';
import { Receipt, type ReceiptData, type ReceiptLayout } from './documents/Receipt';
import { ReferralSlip } from './documents/ReferralSlip';
import { RevisitRecord } from './documents/RevisitRecord';
import type { PdfJob } from './pdfJobs';

export async function qrDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, { margin: 0, errorCorrectionLevel: 'M', scale: 6 });
}

const MEDIATION_PAPERS: Record<MediationPaper, FunctionComponent<{ data: MediationPaperData }>> = {
  mediation_agreement: MediationAgreement,
  mediation_application: MediationApplication,
  mediation_record: MediationRecord,
  oral_agreement: OralAgreement,
  revisit_record: RevisitRecord,
};

function toBuffer<P extends object>(component: FunctionComponent<P>, props: P): Promise<Buffer> {
  return renderToBuffer(createElement(component, props) as Parameters<typeof renderToBuffer>[0]);
}

/** A receipt as PDF bytes. */
export async function renderReceipt(data: Omit<ReceiptData, 'qrCode'>, layout: ReceiptLayout): Promise<Buffer> {
  registerFonts();
  const qrCode = await qrDataUrl(data.matterCode);
  return toBuffer(Receipt, { data: { ...data, qrCode }, layout });
}

/** Renders any document job (what the worker runs). */
export async function renderDocument(job: PdfJob): Promise<Buffer> {
  registerFonts();
  switch (job.kind) {
    case 'receipt':
      return renderReceipt(job.data, job.layout);
    case 'notice':
      return toBuffer(Notice, { data: job.data });
    case 'referral_slip':
      return toBuffer(ReferralSlip, { data: job.data });
    case 'day_sheet':
      return toBuffer(DaySheet, { data: job.data });
    case 'stats_report':
      return toBuffer(StatsReport, { data: job.data });
    default:
      return toBuffer(MEDIATION_PAPERS[job.kind], { data: job.data });
  }
}
