import { z } from 'zod';

/** The shortest password an export may be sealed with: short ones fall to guessing in minutes. */
export const EXPORT_PASSWORD_MIN = 8;

/**
 * The password the user types to seal an export of personal data; empty: not sealed. Whoever opens
 * the file in Excel or WPS is asked for it.
 */
export const exportPassword = z
  .string()
  .max(64, '导出密码不能超过 64 位。')
  .refine((p) => p === '' || p.length >= EXPORT_PASSWORD_MIN, `导出密码至少 ${EXPORT_PASSWORD_MIN} 位，请重新设置；不加密码请留空。`)
  // Typed, never pasted from a document: a control character is a slip that would lock the file for good.
  .refine((p) => ![...p].some((c) => c < ' ' || c === '\u007f'), '导出密码含有不可见的控制字符，请重新输入。')
  .default('');
