import { describe, expect, it } from 'vitest';
import { dueDay, monthsBefore, reducedName, retentionKind } from './retention';

describe('keeping and letting go', () => {
  it('keeps a dispute by the mediation file’s period, a 信访 matter by the petition period, the rest by the desk’s', () => {
    expect(retentionKind('dispute')).toBe('mediation');
    expect(retentionKind('petition')).toBe('petition');
    expect(retentionKind('legal')).toBe('desk');
  });

  it('counts whole years from the day the matter ended; a period from 29 February runs to 1 March', () => {
    expect(dueDay('2026-11-23', 5)).toBe('2031-11-23');
    expect(dueDay('2024-02-29', 1)).toBe('2025-03-01');
  });

  it('finds the instant a number of months back, across years', () => {
    expect(monthsBefore(new Date('2026-11-28T02:00:00Z'), 36)).toBe('2023-11-28T00:00:00.000Z');
    expect(monthsBefore(new Date('2026-02-10T02:00:00Z'), 3)).toBe('2025-11-10T00:00:00.000Z');
  });

  it('reduces a name to its surname and 某, a double surname to both characters', () => {
    expect(reducedName('张三')).toBe('张某');
    expect(reducedName('欧阳修文')).toBe('欧阳某');
    expect(reducedName('欧阳')).toBe('欧某');
    expect(reducedName('john smith')).toBe('J某');
    expect(reducedName('')).toBe('某');
  });
});
