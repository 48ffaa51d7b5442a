import { describe, expect, it } from 'vitest';
import { nameKeys, wordKeys } from './nameKeys';
import { receiptSummary, RECEIPT_CONTENT_MAX } from './paperText';
import { mayRevealPhone } from './personalData';

describe('search keys', () => {
  it('reads a surname as a surname, and an ordinary word as a word', () => {
    expect(nameKeys('单田芳')).toEqual({ pinyin: 'shantianfang', initials: 'stf' });
    expect(wordKeys('邻里纠纷')).toEqual({ pinyin: 'linlijiufen', initials: 'lljf' });
    expect(wordKeys('单位欠薪').initials).toBe('dwqx');
  });
});

describe('the receipt summary', () => {
  it('keeps a short matter whole and cuts a long one with 详见登记', () => {
    expect(receiptSummary('  柴草堵路  ')).toBe('柴草堵路');
    const long = '邻'.repeat(2000);
    const cut = receiptSummary(long);
    expect(cut.startsWith('邻'.repeat(RECEIPT_CONTENT_MAX))).toBe(true);
    expect(cut.endsWith('……（详见登记）')).toBe(true);
    expect(Array.from(cut).length).toBe(RECEIPT_CONTENT_MAX + 8);
  });

  it('never cuts a character of Extension B in half', () => {
    const cut = receiptSummary('𠀀'.repeat(300), 10);
    expect(cut).toBe('𠀀'.repeat(10) + '……（详见登记）');
  });
});

describe('who sees the whole phone of a matter', () => {
  const handling = { status: 'in_progress' as const, leadStationId: 3 };
  it('the desk always; the lead station while it handles the matter; no one else', () => {
    for (const role of ['clerk', 'supervisor', 'admin'] as const) expect(mayRevealPhone({ role, stationId: null }, handling)).toBe(true);
    expect(mayRevealPhone({ role: 'station', stationId: 3 }, handling)).toBe(true);
    expect(mayRevealPhone({ role: 'station', stationId: 3 }, { ...handling, status: 'disputed' })).toBe(true);
    // A helper, a station after the handling ended or moved on, a station with no station.
    expect(mayRevealPhone({ role: 'station', stationId: 4 }, handling)).toBe(false);
    expect(mayRevealPhone({ role: 'station', stationId: 3 }, { ...handling, status: 'signed_off' })).toBe(false);
    expect(mayRevealPhone({ role: 'station', stationId: 3 }, { ...handling, status: 'returned' })).toBe(false);
    expect(mayRevealPhone({ role: 'station', stationId: null }, { ...handling, leadStationId: null })).toBe(false);
  });
});
