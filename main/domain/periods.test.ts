import { describe, expect, it } from 'vitest';
import { rate } from '../../shared/statistics';
import { daysOf, periodOf, tenThousandYuan } from './periods';

describe('reporting periods', () => {
  it('finds the month, quarter and year of a day, leap years included', () => {
    expect(periodOf('month', '2024-02-10')).toEqual({ kind: 'month', from: '2024-02-01', to: '2024-02-29', label: '2024年2月' });
    expect(periodOf('quarter', '2026-11-27')).toEqual({ kind: 'quarter', from: '2026-10-01', to: '2026-12-31', label: '2026年第四季度' });
    expect(periodOf('quarter', '2026-01-01').to).toBe('2026-03-31');
    expect(periodOf('year', '2026-11-27')).toMatchObject({ from: '2026-01-01', to: '2026-12-31', label: '2026年' });
    expect(periodOf('day', '2026-11-27').label).toBe('2026年11月27日');
    expect(daysOf(periodOf('month', '2026-02-01'))).toHaveLength(28);
  });
  it('prints rates and amounts as the report does', () => {
    expect(rate(2, 3)).toBe('66.7%');
    expect(rate(0, 0)).toBe('—');
    expect(tenThousandYuan(150_000_00)).toBe(15);
    expect(tenThousandYuan(123_456)).toBe(0.12);
  });
});
