import { renderToBuffer } from '@react-pdf/renderer';
import QRCode from 'qrcode';
import { createElement } from 'react';
import { registerFonts } from './fonts';
import { Receipt, type ReceiptData, type ReceiptLayout } from './documents/Receipt';
import { Notice } from './documents/Notice';
import { ReferralSlip } from './documents/ReferralSlip';
import type { PdfJob } from './pdfJobs';

export async function qrDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, { margin: 0, errorCorrectionLevel: 'M', scale: 6 });
}

/** A receipt as PDF bytes. */
export async function renderReceipt(data: Omit<ReceiptData, 'qrCode'>, layout: ReceiptLayout): Promise<Buffer> {
  registerFonts();
  const qrCode = await qrDataUrl(data.matterCode);
  return renderToBuffer(createElement(Receipt, { data: { ...data, qrCode }, layout }) as Parameters<typeof renderToBuffer>[0]);
}

/** Renders any document job (what the worker runs). */
export async function renderDocument(job: PdfJob): Promise<Buffer> {
  registerFonts();
  switch (job.kind) {
    case 'receipt':
      return renderReceipt(job.data, job.layout);
    case 'notice':
      return renderToBuffer(createElement(Notice, { data: job.data }) as Parameters<typeof renderToBuffer>[0]);
    case 'referral_slip':
      return renderToBuffer(createElement(ReferralSlip, { data: job.data }) as Parameters<typeof renderToBuffer>[0]);
  }
}
