import type { ReceiptData, ReceiptLayout } from './documents/Receipt';

/** Every document the host can render, with its data. */
export type PdfJob = { kind: 'receipt'; layout: ReceiptLayout; data: Omit<ReceiptData, 'qrCode'> };

export interface RenderRequest {
  id: number;
  job: PdfJob;
}

export type RenderResponse = { id: number; pdf: Uint8Array } | { id: number; error: string };
