import { z } from 'zod';
import { calendarDay, idSchema, line, text } from './common';

export const businessDay = calendarDay('日期');

/** The counter (a clerk's own; a supervisor may name any) and the day; null: the day to close now. */
export const daySheetInput = z.object({ counterId: idSchema.nullable().default(null), day: businessDay.nullable().default(null) });
export const explainInput = z.object({ counterId: idSchema.nullable().default(null), day: businessDay, item: line('差异项', 80), note: line('说明', 200) });
export const closeDayInput = z.object({ counterId: idSchema.nullable().default(null), day: businessDay, note: text('备注', 500, 0).default('') });
export const reopenDayInput = z.object({ counterId: idSchema, day: businessDay, reason: line('重开原因', 200) });
export const centreDayInput = z.object({ day: businessDay });
export const closeCentreDayInput = z.object({ day: businessDay, note: text('备注', 500, 0).default('') });
