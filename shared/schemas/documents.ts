import { z } from 'zod';
import { DOCUMENT_KINDS, RECEIPT_LAYOUTS } from '../documents';
import { idSchema, line } from './common';

export const issueDocumentInput = z.object({
  kind: z.enum(DOCUMENT_KINDS, { error: '请选择文书' }),
  matterId: idSchema,
  /** The receipt's paper; the A4 papers ignore it. */
  layout: z.enum(RECEIPT_LAYOUTS, { error: '请选择回执纸张' }).default('a5'),
});
export const documentIdInput = z.object({ documentId: idSchema });
export const voidDocumentInput = z.object({ documentId: idSchema, reason: line('作废原因', 200) });
export const documentsOfDayInput = z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 年-月-日').nullable().default(null) });
