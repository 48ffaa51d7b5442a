import { z } from 'zod';
import { RECEIPT_LAYOUTS } from '../documents';
import { idSchema, line } from './common';

export const issueReceiptInput = z.object({ matterId: idSchema, layout: z.enum(RECEIPT_LAYOUTS, { error: '请选择回执纸张' }) });
export const documentIdInput = z.object({ documentId: idSchema });
export const voidDocumentInput = z.object({ documentId: idSchema, reason: line('作废原因', 200) });
export const documentsOfDayInput = z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 年-月-日').nullable().default(null) });
