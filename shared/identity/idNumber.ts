import { isRealDate } from '../time';

/**
 * Resident ID numbers (GB 11643-1999): 6-digit address code, birth date, 3-digit sequence (odd =
 * male), check character. Old 15-digit numbers (2-digit year, no check character) still appear.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type Sex = 'M' | 'F';

export type IdNumberCheck =
  | { ok: true; normalized: string; format: 18 | 15; birthDate: string; sex: Sex; addressCode: string }
  | { ok: false; error: string };

export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/**
 * The 18-digit form of an old 15-digit number (GB 11643-1999): the year gains its "19", and the
 * check character is computed. Both name the same person; the program keeps the 18-digit form, so
 * either finds the other.
 */
export function upgradeIdNumber15(value: string): string {
  const first17 = `${value.slice(0, 6)}19${value.slice(6, 15)}`;
  return first17 + idCheckCharacter(first17);
}

/** `today` is the local calendar day, `YYYY-MM-DD`, so that a birth date can be judged not future. */
export function checkIdNumber(raw: string, today: string): IdNumberCheck {
  const value = raw.trim().toUpperCase();
  if (!/^\d{15}$/.test(value) && !/^\d{17}[\dX]$/.test(value)) {
    if (value.length !== 15 && value.length !== 18) return { ok: false, error: `身份证号应为 18 位（旧证 15 位），现在是 ${value.length} 位` };
    return { ok: false, error: '身份证号只能是数字，18 位号码的最后一位可以是 X' };
  }
  const format = value.length === 18 ? 18 : 15;
  const birth = format === 18 ? value.slice(6, 14) : `19${value.slice(6, 12)}`;
  const [y, m, d] = [Number(birth.slice(0, 4)), Number(birth.slice(4, 6)), Number(birth.slice(6, 8))];
  const birthDate = `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`;
  if (!isRealDate(y, m, d) || y < 1880) return { ok: false, error: `身份证号中的出生日期 ${birthDate} 不存在，请核对` };
  if (birthDate > today) return { ok: false, error: `身份证号中的出生日期 ${birthDate} 晚于今天，请核对` };
  if (format === 18) {
    const expected = idCheckCharacter(value.slice(0, 17));
    if (value[17] !== expected) return { ok: false, error: '身份证号校验位不符，可能有数字输错，请逐位核对' };
  }
  const sequenceDigit = Number(format === 18 ? value[16] : value[14]);
  // An old number is kept in its 18-digit form: the same person whichever card they bring.
  return { ok: true, normalized: format === 18 ? value : upgradeIdNumber15(value), format, birthDate, sex: sequenceDigit % 2 === 1 ? 'M' : 'F', addressCode: value.slice(0, 6) };
}

/** `1408**********123X`: enough to tell people apart at the desk, not enough to misuse. */
export function maskIdNumber(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  const tail = value.length === 15 ? 3 : 4;
  return value.slice(0, 4) + '*'.repeat(value.length - 4 - tail) + value.slice(-tail);
}

/**
 * The provinces of GB/T 2260 (and 71 台湾, 81 香港, 82 澳门 as the standard lists them). A number whose
 * first two digits name none is almost surely mistyped; a county unknown within a known province may
 * be one abolished since the card was issued, so both are warnings, never refusals.
 */
const PROVINCE_CODES: ReadonlySet<string> = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82']);

/** What is odd about an ID number's address code, as a warning to show beside it; null when nothing. */
export function addressCodeWarning(addressCode: string, countyKnown: boolean | null): string | null {
  if (!PROVINCE_CODES.has(addressCode.slice(0, 2))) return `身份证号前两位 ${addressCode.slice(0, 2)} 不是任何省份的代码，请逐位核对（确认无误仍可登记）`;
  if (countyKnown === false) return '地址码不在现行区划中（可能是已撤销的县），请核对';
  return null;
}
