/** Phone numbers as DOMAIN.md gives them: mobiles with an optional +86, landlines like 0359-1234567. */
const MOBILE = /^(?:(?:\+|00)86)?1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$/;

export type PhoneCheck = { kind: 'mobile' | 'landline'; normalized: string } | { kind: 'unknown'; normalized: string; warning: string };

export function checkPhone(raw: string): PhoneCheck {
  const compact = raw.trim().replace(/[\s()（）]/g, '');
  if (MOBILE.test(compact.replace(/-/g, ''))) return { kind: 'mobile', normalized: compact.replace(/-/g, '').replace(/^(?:\+|00)86/, '') };
  if (LANDLINE.test(compact)) return { kind: 'landline', normalized: compact };
  return { kind: 'unknown', normalized: compact, warning: '电话号码格式不常见（手机 11 位，座机如 0359-1234567），请核对；确认无误可继续登记' };
}

/** `138****5678`; landlines keep the area code and the last four digits. */
export function maskPhone(value: string): string {
  if (value.length < 7) return value.replace(/\d/g, '*');
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}
