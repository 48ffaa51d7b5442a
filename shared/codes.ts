/**
 * Numbers printed on papers and typed or scanned back into 查找: 登记编号 `DJ20261127-0001` for a
 * visit, and the matter code `SX20261127-0001` (一案一码).
 */
export const VISIT_NO_PREFIX = 'DJ';
export const MATTER_CODE_PREFIX = 'SX';
export const CODE_PATTERN = /^(DJ|SX)(\d{8})-(\d{4,})$/;

export function formatCode(prefix: string, day: string, serial: number): string {
  return `${prefix}${day.replace(/-/g, '')}-${String(serial).padStart(4, '0')}`;
}

/** A code as typed: any case, with stray spaces. Null when it is not a code at all. */
export function parseCode(raw: string): { kind: 'visit' | 'matter'; code: string } | null {
  const code = raw.trim().toUpperCase().replace(/\s+/g, '');
  const m = CODE_PATTERN.exec(code);
  if (!m) return null;
  return { kind: m[1] === VISIT_NO_PREFIX ? 'visit' : 'matter', code };
}
