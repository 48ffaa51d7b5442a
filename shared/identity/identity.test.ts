import { describe, expect, it } from 'vitest';
import { addressCodeWarning, checkIdNumber, idCheckCharacter, maskIdNumber, upgradeIdNumber15 } from './idNumber';
import { checkPhone, maskPhone } from './phone';
import { FALLBACK_COVERAGE, needsFallbackFont, unprintableCharacters } from './printableName';

const TODAY = '2026-11-27';
const withCheck = (first17: string) => first17 + idCheckCharacter(first17);

describe('resident ID numbers', () => {
  it('accepts the example from DOMAIN.md and reads birth date and sex', () => {
    expect(checkIdNumber('34052419800101001X', TODAY)).toEqual({
      ok: true,
      normalized: '34052419800101001X',
      format: 18,
      birthDate: '1980-01-01',
      sex: 'M',
      addressCode: '340524',
    });
  });

  it('accepts a lower-case x and stores it upper-case', () => {
    const check = checkIdNumber('34052419800101001x', TODAY);
    expect(check.ok && check.normalized).toBe('34052419800101001X');
  });

  it('reads an even sequence digit as female', () => {
    const check = checkIdNumber(withCheck('14082819900215002'), TODAY);
    expect(check.ok && check.sex).toBe('F');
  });

  it('refuses a wrong check character', () => {
    expect(checkIdNumber('340524198001010011', TODAY)).toEqual({ ok: false, error: expect.stringContaining('校验位不符') });
  });

  it('refuses impossible and future birth dates', () => {
    expect(checkIdNumber(withCheck('14082819900230001'), TODAY)).toEqual({ ok: false, error: expect.stringContaining('1990-02-30 不存在') });
    expect(checkIdNumber(withCheck('14082819901301001'), TODAY)).toEqual({ ok: false, error: expect.stringContaining('不存在') });
    expect(checkIdNumber(withCheck('14082820270101001'), TODAY)).toEqual({ ok: false, error: expect.stringContaining('晚于今天') });
    expect(checkIdNumber(withCheck('14082820000229001'), TODAY).ok).toBe(true);
    expect(checkIdNumber(withCheck('14082819000229001'), TODAY).ok).toBe(false);
  });

  it('accepts an old 15-digit number and keeps it in its 18-digit form', () => {
    const upgraded = withCheck('14082819800101123');
    expect(checkIdNumber('140828800101123', TODAY)).toEqual({ ok: true, normalized: upgraded, format: 15, birthDate: '1980-01-01', sex: 'M', addressCode: '140828' });
    expect(upgradeIdNumber15('140828800101123')).toBe(upgraded);
    expect(checkIdNumber(upgraded, TODAY)).toMatchObject({ ok: true, normalized: upgraded, format: 18 });
  });

  it('refuses wrong lengths and letters with a reason', () => {
    expect(checkIdNumber('1408281980', TODAY)).toEqual({ ok: false, error: '身份证号应为 18 位（旧证 15 位），现在是 10 位' });
    expect(checkIdNumber('14082819800101A23X', TODAY)).toEqual({ ok: false, error: expect.stringContaining('只能是数字') });
  });

  it('accepts an address code that no longer exists: validity is the check character', () => {
    expect(checkIdNumber(withCheck('99999919800101001'), TODAY).ok).toBe(true);
  });

  it('masks all but the first and last four', () => {
    expect(maskIdNumber('14082819800101123X')).toBe('1408**********123X');
    expect(maskIdNumber('140828800101123')).toBe('1408********123');
  });
});

describe('phones', () => {
  it('knows mobiles and landlines', () => {
    expect(checkPhone('138 0000 1234')).toEqual({ kind: 'mobile', normalized: '13800001234' });
    expect(checkPhone('+8613800001234')).toEqual({ kind: 'mobile', normalized: '13800001234' });
    expect(checkPhone('0359-1234567')).toEqual({ kind: 'landline', normalized: '0359-1234567' });
  });

  it('warns about anything else but does not refuse it', () => {
    expect(checkPhone('12345')).toMatchObject({ kind: 'unknown', warning: expect.stringContaining('请核对') });
  });

  it('masks the middle', () => {
    expect(maskPhone('13800001234')).toBe('138****1234');
    expect(maskPhone('0359-1234567')).toBe('035*****4567');
  });
});

describe('printable names', () => {
  it('flags only what no shipped font carries: Extension B–F print from the fallback, G and later do not', () => {
    expect(unprintableCharacters('王𠇔')).toEqual([]); // U+201D4, Extension B
    expect(unprintableCharacters('张𬌗')).toEqual([]); // U+2C317, Extension E
    expect(unprintableCharacters('王\u{30000}')).toEqual(['\u{30000}']); // Extension G
    expect(unprintableCharacters('李\u{2F800}')).toEqual(['\u{2F800}']); // compatibility supplement
    expect(unprintableCharacters('王\u{E000}')).toEqual(['\u{E000}']); // private use
    expect(unprintableCharacters('朱镕基')).toEqual([]);
    expect(unprintableCharacters('李䶮')).toEqual([]);
  });

  it('call for the fallback font exactly for the characters in its ranges, at both ends of each', () => {
    expect(needsFallbackFont('朱镕基 李䶮')).toBe(false);
    expect(needsFallbackFont('王𠇔')).toBe(true);
    for (const [from, to] of FALLBACK_COVERAGE) {
      for (const cp of [from, to]) expect(needsFallbackFont(`名${String.fromCodePoint(cp)}`)).toBe(true);
      for (const cp of [from - 1, to + 1]) expect(needsFallbackFont(String.fromCodePoint(cp))).toBe(false);
    }
  });
});

describe('the address code of an ID number', () => {
  it('warns of a province that does not exist, and of a county not in the current list, never refuses', () => {
    expect(addressCodeWarning('140828', true)).toBeNull();
    expect(addressCodeWarning('140828', null)).toBeNull();
    expect(addressCodeWarning('142701', false)).toBe('地址码不在现行区划中（可能是已撤销的县），请核对');
    expect(addressCodeWarning('990828', true)).toContain('前两位 99 不是任何省份的代码');
    // The number itself stays valid: a warning is for the clerk to look again.
    const number = `99082819800101123${idCheckCharacter('99082819800101123')}`;
    expect(checkIdNumber(number, '2026-11-27').ok).toBe(true);
  });
});
