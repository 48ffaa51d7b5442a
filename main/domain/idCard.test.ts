import { describe, expect, it } from 'vitest';
import { personFromCard, type RawCard } from './idCard';

const card: RawCard = { name: '张三', sex: '男', nation: '汉', birthday: '19850401', address: '山西省夏县南大里乡南大里村12号', idCode: '14082819850401000x', department: '夏县公安局', startDate: '20200101', endDate: '20400101', certType: ' ' };

describe('a card read, as the form takes it', () => {
  it('gives the resident card’s fields in the form’s terms', () => {
    expect(personFromCard(card, '2026-11-23')).toEqual({
      idType: 'resident',
      name: '张三',
      idNumber: '14082819850401000X',
      sex: 'M',
      birthDate: '1985-04-01',
      ethnicity: '汉族',
      address: '山西省夏县南大里乡南大里村12号',
      authority: '夏县公安局',
      validFrom: '2020-01-01',
      validTo: '2040-01-01',
      expired: false,
    });
  });

  it('says an expired card is expired, and a 长期 one never is', () => {
    expect(personFromCard({ ...card, endDate: '20261122' }, '2026-11-23').expired).toBe(true);
    expect(personFromCard({ ...card, endDate: '20261123' }, '2026-11-23').expired).toBe(false);
    expect(personFromCard({ ...card, endDate: '长期' }, '2026-11-23')).toMatchObject({ validTo: 'long', expired: false });
  });

  it('knows the residence permits, and 民族 by name or GB 3304 code', () => {
    expect(personFromCard({ ...card, certType: 'J' }, '2026-11-23')).toMatchObject({ idType: 'hk_mo_tw', ethnicity: null });
    expect(personFromCard({ ...card, certType: 'I', name: ' JOHN  SMITH ' }, '2026-11-23')).toMatchObject({ idType: 'foreign_permanent', name: 'JOHN SMITH' });
    expect(personFromCard({ ...card, nation: '回族' }, '2026-11-23').ethnicity).toBe('回族');
    expect(personFromCard({ ...card, nation: '03' }, '2026-11-23').ethnicity).toBe('回族');
    expect(personFromCard({ ...card, nation: '火星' }, '2026-11-23').ethnicity).toBeNull();
    expect(personFromCard({ ...card, sex: '女' }, '2026-11-23').sex).toBe('F');
  });
});
