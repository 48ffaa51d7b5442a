import { ETHNICITIES, type IdType } from '../../shared/visit';

/** What the reader's library hands over, as its text fields (decoded from GBK). */
export interface RawCard {
  name: string;
  sex: string;
  nation: string;
  birthday: string;
  address: string;
  idCode: string;
  department: string;
  startDate: string;
  endDate: string;
  /** ' ' or '' 居民身份证, 'J' 港澳台居民居住证, 'I' 外国人永久居留身份证 (the termb interface's GetCertType). */
  certType: string;
  /** The card's photo as the library gives it (a BMP), when it gives one. */
  photo?: Uint8Array | null;
}

/** A card as the registration form takes it. */
export interface CardPerson {
  idType: IdType;
  name: string;
  idNumber: string;
  sex: 'M' | 'F' | null;
  birthDate: string | null;
  ethnicity: (typeof ETHNICITIES)[number] | null;
  address: string;
  authority: string;
  validFrom: string | null;
  /** 'long' for 长期. */
  validTo: string | 'long' | null;
  expired: boolean;
}

/** `20200101` → `2020-01-01`; anything else is not a day. */
function day(raw: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** 汉 / 汉族 / 01 (GB 3304 code) → 汉族; nothing the list knows → null (the clerk picks). */
function ethnicityOf(raw: string): CardPerson['ethnicity'] {
  const t = raw.trim();
  if (/^\d{1,2}$/.test(t)) return ETHNICITIES[Number(t) - 1] ?? null;
  const named = t.endsWith('族') ? t : `${t}族`;
  return (ETHNICITIES as readonly string[]).includes(named) ? (named as CardPerson['ethnicity']) : null;
}

/**
 * The card's fields as the form's: dates in 年-月-日, 民族 by its GB 3304 name, the kind of card, and
 * whether it has run out on `today` (an expired card is still read, with a warning — 居民身份证法
 * does not make an expired card say someone else).
 */
export function personFromCard(raw: RawCard, today: string): CardPerson {
  const type = raw.certType.trim().toUpperCase();
  const validTo = raw.endDate.trim() === '长期' ? 'long' : day(raw.endDate);
  const sex = raw.sex.trim();
  return {
    idType: type === 'J' ? 'hk_mo_tw' : type === 'I' ? 'foreign_permanent' : 'resident',
    name: raw.name.trim().replace(/\s+/g, ' '),
    idNumber: raw.idCode.trim().toUpperCase(),
    sex: sex === '男' || sex === '1' ? 'M' : sex === '女' || sex === '2' ? 'F' : null,
    birthDate: day(raw.birthday),
    ethnicity: type === '' ? ethnicityOf(raw.nation) : null,
    address: raw.address.trim(),
    authority: raw.department.trim(),
    validFrom: day(raw.startDate),
    validTo,
    expired: validTo !== null && validTo !== 'long' && validTo < today,
  };
}
