import { z } from 'zod';
import { calendarDay, idSchema } from './common';
import { exportPassword } from './exports';

/** The longest stretch asked of one user's looks at once: a year. */
export const MAX_VIEW_RANGE_DAYS = 366;

const dayCount = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;

export const viewsOfVisitorInput = z.object({ visitorId: idSchema });

export const viewsOfUserInput = z
  .object({ userId: idSchema, from: calendarDay('起始日期'), to: calendarDay('截止日期') })
  .refine((r) => r.from <= r.to, { message: '起始日期不能晚于截止日期，请重新选择。', path: ['to'] })
  .refine((r) => dayCount(r.from, r.to) <= MAX_VIEW_RANGE_DAYS, { message: `一次最多查询 ${MAX_VIEW_RANGE_DAYS} 天，请缩短日期范围。`, path: ['from'] });

export const viewsExportInput = z.discriminatedUnion('by', [
  z.object({ by: z.literal('visitor'), visitorId: idSchema, password: exportPassword }),
  z.object({ by: z.literal('user'), userId: idSchema, from: calendarDay('起始日期'), to: calendarDay('截止日期'), password: exportPassword }),
]);
export type ViewsExportInput = z.output<typeof viewsExportInput>;
