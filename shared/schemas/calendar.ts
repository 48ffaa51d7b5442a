import { z } from 'zod';
import { calendarDay } from './common';

/** The State Council's notice for one year, as the admin types it in (设置 · 节假日). */
export const holidayArrangementInput = z
  .object({
    year: z.number({ error: '请选择年份' }).int().min(2000, '年份应在 2000—2100 之间').max(2100, '年份应在 2000—2100 之间'),
    offDays: z.array(calendarDay('放假日期')).min(1, '请至少填写一个放假日期').max(60, '放假日期不能超过 60 天'),
    workDays: z.array(calendarDay('调休上班日期')).max(20, '调休上班日期不能超过 20 天'),
  })
  .superRefine((a, ctx) => {
    const outside = [...a.offDays, ...a.workDays].filter((d) => !d.startsWith(`${a.year}-`));
    if (outside.length > 0) ctx.addIssue({ code: 'custom', message: `${outside[0]} 不在 ${a.year} 年内，请只填写本年的日期` });
    const both = a.offDays.filter((d) => a.workDays.includes(d));
    if (both.length > 0) ctx.addIssue({ code: 'custom', message: `${both[0]} 既是放假日又是调休上班日，请改正` });
  });

export type HolidayArrangementInput = z.output<typeof holidayArrangementInput>;
