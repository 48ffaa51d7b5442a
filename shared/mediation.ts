/** 人民调解: how a case came to the committee, and what became of the agreement. */
export const MEDIATION_SOURCES = ['active', 'applied', 'entrusted'] as const;
export type MediationSource = (typeof MEDIATION_SOURCES)[number];

/** 回访: was the agreement carried out. */
export const PERFORMANCES = ['full', 'partial', 'none'] as const;
export type Performance = (typeof PERFORMANCES)[number];

export interface PersonParty {
  kind: 'person';
  name: string;
  sex: '男' | '女' | '';
  ethnicity: string;
  age: number | null;
  /** Whole: the agreement legally needs it (人民调解法 Art. 29). */
  idNumber: string;
  occupation: string;
  phone: string;
  address: string;
}

export interface OrgParty {
  kind: 'org';
  name: string;
  address: string;
  legalRepresentative: string;
  phone: string;
}

export type Party = PersonParty | OrgParty;

const DIGITS = '零一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一: for copies and clause numbers, up to 99. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 99) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** Each party keeps one copy and the committee keeps one (人民调解法 Art. 29). */
export function agreementCopies(parties: number): number {
  return parties + 1;
}

/** （2026）南大里调字第 3 号 */
export function agreementNumber(year: number, committeeShortName: string, serial: number): string {
  return `（${year}）${committeeShortName}调字第 ${serial} 号`;
}

/** What a committee is called in its numbers when no short name is set: the name without its suffix. */
export function committeeShortName(stationName: string, shortName: string): string {
  if (shortName.trim()) return shortName.trim();
  return stationName.replace(/(人民调解委员会|调解委员会|调委会|司法所)$/u, '') || stationName;
}

/** Age in whole years on a day, from a birth date (both YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
