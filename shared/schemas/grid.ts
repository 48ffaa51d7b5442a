import { z } from 'zod';
import { MAX_GRID_PHOTOS, MAX_IMPORT_BYTES, MAX_PHOTO_BYTES } from '../grid';
import { RISK_LEVELS } from '../risk';
import { calendarDay, idSchema, line, text } from './common';

/** Base64 of at most `bytes` bytes (4 characters per 3 bytes), nothing else in it. */
function base64Of(label: string, bytes: number, tooLarge: string) {
  return z
    .string({ error: `${label}缺失，请重新选择` })
    .max(Math.ceil(bytes / 3) * 4, tooLarge)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, `${label}已损坏，请重新选择`);
}

export const GRID_MSG_PHOTO_TOO_LARGE = `照片过大（每张不超过 ${MAX_PHOTO_BYTES / 1024} KB），请重新拍摄或选择较小的照片`;

/** What every grid report says, typed on the phone or read from a row of the platform's export. */
export const gridFields = z.object({
  gridName: line('所属网格', 40),
  place: line('发现地点', 100),
  foundOn: calendarDay('发现日期'),
  partyName: line('当事人', 60),
  partyPhone: line('联系电话', 30, 0)
    .refine((s) => s === '' || /^[0-9+\-\s()]{5,30}$/.test(s), '联系电话只能是数字（可带区号横线）')
    .default(''),
  content: text('矛盾纠纷情况', 2000),
  riskLevel: z.enum(RISK_LEVELS, { error: '请选择风险等级' }).nullable().default(null),
});
export type GridFields = z.output<typeof gridFields>;

/** What a 网格员 reports from the phone: who, where, what, photos and the risk as they see it. */
export const gridReportInput = gridFields.extend({
  /** Made once per form: a report sent twice (a weak signal, a double tap) is kept once. */
  idempotencyKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, '提交编号无效，请刷新页面后重试'),
  photos: z
    .array(base64Of('照片', MAX_PHOTO_BYTES, GRID_MSG_PHOTO_TOO_LARGE))
    .max(MAX_GRID_PHOTOS, `照片最多 ${MAX_GRID_PHOTOS} 张`)
    .default([]),
});
export type GridReportInput = z.input<typeof gridReportInput>;

/** The desk sets a report aside (不立事项): why, in words the supervisor can check later. */
export const dismissGridReportInput = z.object({ reportId: idSchema, reason: line('不立事项的理由', 200) });

/** The grid platform's export, as the desk picked it: its name and bytes. */
export const gridImportInput = z.object({
  fileName: line('文件名', 200),
  dataBase64: base64Of('文件', MAX_IMPORT_BYTES, `文件过大（不超过 ${MAX_IMPORT_BYTES / 1024} KB），请在网格平台按月分批导出`),
});
