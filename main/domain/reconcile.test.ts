import { describe, expect, it } from 'vitest';
import { correctionRule, dayToCloseFirst, missingInRange, reconcile, voidRule, type LedgerDocument } from './reconcile';

const receipt = (serial: number, over: Partial<LedgerDocument> = {}): LedgerDocument => ({
  id: serial,
  kind: 'receipt',
  year: 2026,
  serial,
  number: `HZ2026-${String(serial).padStart(6, '0')}`,
  status: 'issued',
  voidReason: '',
  prints: 1,
  printError: '',
  ...over,
});

describe('the paper check of a day', () => {
  it('counts first and last numbers, issued, printed, reprints and voids per kind', () => {
    const r = reconcile({
      documents: [receipt(3), receipt(1, { prints: 3 }), receipt(2, { status: 'voided', voidReason: '卡纸' }), { ...receipt(1), id: 10, kind: 'notice', number: 'BS2026-000001' }],
      // Two receipts reprinted today, and one referral slip of an earlier day.
      reprints: new Map([
        ['receipt', 2],
        ['referral_slip', 1],
      ]),
      missing: [],
      acceptedMatters: [],
      declinedMatters: [],
      explanations: new Map(),
    });
    expect(r.ledgers.find((l) => l.kind === 'receipt')).toEqual({ kind: 'receipt', first: 'HZ2026-000001', last: 'HZ2026-000003', issued: 3, printed: 3, reprints: 2, voided: [{ number: 'HZ2026-000002', reason: '卡纸' }] });
    expect(r.ledgers.find((l) => l.kind === 'notice')).toMatchObject({ first: 'BS2026-000001', issued: 1, reprints: 0 });
    expect(r.ledgers.find((l) => l.kind === 'referral_slip')).toEqual({ kind: 'referral_slip', first: null, last: null, issued: 0, printed: 0, reprints: 1, voided: [] });
    expect(r.discrepancies).toEqual([]);
    expect(r.unresolved).toBe(0);
  });

  it('flags a numbered paper that never printed, a missing number and a matter without receipt, until explained', () => {
    const input = {
      reprints: new Map(),
      documents: [receipt(1), receipt(2, { prints: 0, printError: '打印机脱机' }), receipt(4)],
      missing: [{ kind: 'receipt' as const, year: 2026, serial: 3, number: 'HZ2026-000003' }],
      acceptedMatters: [
        { matterId: 7, code: 'SX20261127-0007', hasReceipt: true },
        { matterId: 8, code: 'SX20261127-0008', hasReceipt: false },
      ],
      declinedMatters: [
        // Notice voided and issued again: in order. Voided and never again: flagged. Never had one: not asked here.
        { matterId: 9, code: 'SX20261127-0009', hasNotice: true, hadVoidedNotice: true },
        { matterId: 10, code: 'SX20261127-0010', hasNotice: false, hadVoidedNotice: true },
        { matterId: 11, code: 'SX20261127-0011', hasNotice: false, hadVoidedNotice: false },
      ],
      explanations: new Map<string, string>(),
    };
    const before = reconcile(input);
    expect(before.discrepancies.map((d) => [d.type, d.subject])).toEqual([
      ['unprinted', 'HZ2026-000002'],
      ['missing_number', 'HZ2026-000003'],
      ['no_receipt', 'SX20261127-0008'],
      ['no_notice', 'SX20261127-0010'],
    ]);
    expect(before.discrepancies[0]!.detail).toBe('打印机脱机');
    expect(before.unresolved).toBe(4);

    const after = reconcile({ ...input, explanations: new Map([['missing:receipt:2026:3', '系统故障，未出纸'], ['no_receipt:8', '来电登记，已电话告知'], ['no_notice:10', '来访人拒收告知书']]) });
    expect(after.unresolved).toBe(1);
    expect(after.discrepancies.find((d) => d.type === 'no_receipt')!.explanation).toBe('来电登记，已电话告知');
    // A voided paper is accounted for even if it never printed.
    expect(reconcile({ ...input, documents: [receipt(2, { prints: 0, status: 'voided', voidReason: '打印机脱机，作废重开' })], missing: [], acceptedMatters: [], declinedMatters: [] }).unresolved).toBe(0);
  });

  it('finds the gaps in a range', () => {
    expect(missingInRange(5, 10, [5, 6, 8, 10])).toEqual([7, 9]);
    expect(missingInRange(1, 1, [1])).toEqual([]);
  });
});

describe('closing rules', () => {
  it('a day never closed must be closed before new intake, from the day closing began', () => {
    expect(dayToCloseFirst('2026-11-26', false, '2026-11-01')).toBe('2026-11-26');
    expect(dayToCloseFirst('2026-11-26', true, '2026-11-01')).toBeNull();
    expect(dayToCloseFirst('2026-10-30', false, '2026-11-01')).toBeNull();
    expect(dayToCloseFirst(null, false, '2026-11-01')).toBeNull();
  });

  const own = { recordCounterId: 1, callerCounterId: 1 };
  const other = { recordCounterId: 2, callerCounterId: 1 };

  it('a closed day is changed by a supervisor only, and that change is a 日结后更正; a clerk only the own counter\'s', () => {
    expect(correctionRule('clerk', '2026-11-27', '2026-11-27', false, own)).toBe('allowed');
    expect(correctionRule('clerk', '2026-11-27', '2026-11-27', false, other)).toBe('refused');
    expect(correctionRule('clerk', '2026-11-27', '2026-11-27', true, own)).toBe('refused');
    expect(correctionRule('clerk', '2026-11-26', '2026-11-27', false, own)).toBe('refused');
    expect(correctionRule('supervisor', '2026-11-26', '2026-11-27', true, other)).toBe('late');
    expect(correctionRule('supervisor', '2026-11-26', '2026-11-27', false, other)).toBe('allowed');
    expect(correctionRule('station', '2026-11-27', '2026-11-27', false, own)).toBe('refused');
  });

  it('a paper is voided by its own counter\'s clerk, a mediation paper by the mediator, a closed day\'s by a supervisor only', () => {
    expect(voidRule('clerk', false, own)).toBe('allowed');
    expect(voidRule('clerk', false, other)).toBe('refused');
    expect(voidRule('clerk', true, own)).toBe('refused');
    expect(voidRule('supervisor', true, other)).toBe('late');
    expect(voidRule('admin', false, other)).toBe('allowed');
    // A mediator voids the mediation file's papers: they belong to no counter.
    expect(voidRule('station', false, { recordCounterId: null, callerCounterId: null })).toBe('allowed');
    expect(voidRule('station', false, own)).toBe('refused');
    expect(voidRule('station', true, { recordCounterId: null, callerCounterId: null })).toBe('refused');
  });
});
