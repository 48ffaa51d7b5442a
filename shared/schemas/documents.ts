import { z } from 'zod';
import { RECEIPT_LAYOUTS } from '../documents';
import { calendarDay, idSchema, line } from './common';
import { MEDIATION_PAPERS } from './mediation';

/** The counter's printer when one is set (auto), or back to the window to print it there. */
const route = z.enum(['auto', 'window'], { error: '请选择打印方式' }).default('auto');

/** The desk's papers, the 信访 ones among them; the mediation papers are issued from the mediation file. */
export const DESK_PAPERS = ['receipt', 'notice', 'referral_slip', 'call_slip', 'signoff_record', 'petition_acceptance', 'petition_extension', 'petition_opinion'] as const;
/** Papers a matter holds one of per referral (a re-referral gets its own); the others one per matter. */
export const PER_REFERRAL_PAPERS: readonly string[] = ['referral_slip', 'call_slip', 'petition_opinion'];

export const issueDocumentInput = z.object({
  kind: z.enum(DESK_PAPERS, { error: '请选择文书' }),
  matterId: idSchema,
  /** The receipt's paper; the A4 papers ignore it. */
  layout: z.enum(RECEIPT_LAYOUTS, { error: '请选择回执纸张' }).default('a5'),
  route,
});
export const issueMediationPaperInput = z.object({ kind: z.enum(MEDIATION_PAPERS, { error: '请选择调解文书' }), matterId: idSchema, route });
export const printAgainInput = z.object({ documentId: idSchema, route });
export const documentIdInput = z.object({ documentId: idSchema });
export const voidDocumentInput = z.object({ documentId: idSchema, reason: line('作废原因', 200) });
export const documentsOfDayInput = z.object({ day: calendarDay('日期').nullable().default(null) });
