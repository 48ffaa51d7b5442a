import { z } from 'zod';
import { COMMON_PASSWORDS } from '../identity/commonPasswords';
import { idSchema, line } from './common';

export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{2,32}$/;

export const usernameSchema = line('用户名', 32).toLowerCase().refine(
  (s) => USERNAME_PATTERN.test(s),
  '用户名只能用 2–32 位英文字母、数字、下划线、点或连字符',
);

/**
 * At least 10 characters with letters and digits, and not one of the passwords guessed first: the
 * floor for a system holding ID numbers (等保 2.0 身份鉴别).
 */
export const passwordSchema = z
  .string({ error: '请填写密码' })
  .min(10, '密码至少 10 位')
  .max(128, '密码不能超过 128 位')
  .refine((s) => /[A-Za-z]/.test(s) && /\d/.test(s), '密码须同时包含字母和数字')
  .refine((s) => !COMMON_PASSWORDS.has(s.toLowerCase()), '这是常被猜中的密码，请换一个不常见的');

/** A password must not contain its account's user name (checked wherever both are known). */
export function containsUsername(password: string, username: string): boolean {
  return username.length >= 2 && password.toLowerCase().includes(username.toLowerCase());
}
export const HAS_USERNAME = '密码中不能含有用户名，请换一个。';

export const loginInput = z.object({
  username: line('用户名', 32).toLowerCase(),
  password: z.string({ error: '请填写密码' }).min(1, '请填写密码').max(128, '密码不能超过 128 位'),
  counterId: idSchema.nullable().optional(),
  /** Scripts and tests that call the API directly ask for a bearer token; a window never does (it gets an HttpOnly cookie). */
  bearer: z.boolean().optional(),
});
export type LoginInput = z.infer<typeof loginInput>;

/** The new password must differ from the old: a first sign-in that keeps the admin's password changes nothing. */
export const SAME_PASSWORD = '新密码不能与原密码相同，请换一个。';

export const changePasswordInput = z
  .object({
    oldPassword: z.string().min(1, '请填写原密码').max(128),
    newPassword: passwordSchema,
  })
  .refine((p) => p.newPassword !== p.oldPassword, { path: ['newPassword'], message: SAME_PASSWORD });
