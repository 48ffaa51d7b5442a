import { z } from 'zod';
import { idSchema, line, text } from './common';

export const businessDay = z.string({ error: '请选择日期' }).regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 年-月-日');

/** The counter (a clerk's own; a supervisor may name any) and the day; null: the day to close now. */
export const daySheetInput = z.object({ counterId: idSchema.nullable().default(null), day: businessDay.nullable().default(null) });
export const explainInput = z.object({ counterId: idSchema.nullable().default(null), day: businessDay, item: line('差异项', 80), note: line('说明', 200) });
export const closeDayInput = z.object({ counterId: idSchema.nullable().default(null), day: businessDay, note: text('备注', 500, 0).default('') });
export const reopenDayInput = z.object({ counterId: idSchema, day: businessDay, reason: line('重开原因', 200) });
export const centreDayInput = z.object({ day: businessDay });
export const closeCentreDayInput = z.object({ day: businessDay, note: text('备注', 500, 0).default('') });
