import { z } from 'zod';
import { isRealDate } from '../time';

// Chinese default messages for every schema, on both sides.
z.config(z.locales.zhCN());

/** Control characters other than tab and newline have no place in any text a clerk types. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Characters that show nothing but change what a text is: zero-width spaces and joiners, bidi
 * controls, word joiners, the byte-order mark, soft hyphens. 张\u200b三 must be found as 张三 and
 * must not become a second person.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** NFC (one code sequence per character) and without invisible characters: how every typed text is kept. */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE, '');
}

/** A trimmed single-line text with a length limit and no control characters. */
export function line(label: string, max: number, min = 1) {
  return z
    .string({ error: `请填写${label}` })
    .overwrite(cleanText)
    .trim()
    .min(min, min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字`)
    .max(max, `${label}不能超过 ${max} 个字`)
    .refine((s) => !CONTROL_CHARS.test(s) && !/[\r\n]/.test(s), `${label}含有不可见的控制字符，请重新输入`);
}

/** A trimmed multi-line text (newlines allowed). */
export function text(label: string, max: number, min = 1) {
  return z
    .string({ error: `请填写${label}` })
    .overwrite(cleanText)
    .trim()
    .min(min, `请填写${label}`)
    .max(max, `${label}不能超过 ${max} 个字`)
    .refine((s) => !CONTROL_CHARS.test(s), `${label}含有不可见的控制字符，请重新输入`);
}

export const idSchema = z.number({ error: '编号缺失' }).int().positive();

/** Whether `YYYY-MM-DD` names a day that exists (not 2026-02-30), in the years a centre's records span. */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1900 && y <= 2100 && isRealDate(y, mo, d);
}

/** A day as every form sends it, `YYYY-MM-DD`, that exists on the calendar. */
export function calendarDay(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 年-月-日`)
    .refine(isCalendarDay, `${label}不存在（如 2 月没有 30 日），请重新选择`);
}
