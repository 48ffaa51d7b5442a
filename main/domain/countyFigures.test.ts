import { describe, expect, it } from 'vitest';
import type { Statistics } from '../../shared/statistics';
import { sumStatistics } from './countyFigures';

const results = (done: number) => ({ mediated: done, not_mediated: 0, answered: 0, done: 0 });

/** A centre's figures of one month, with `k` scaling what it did. */
function centre(k: number, categories: string[] = ['邻里', '婚姻家庭']): Statistics {
  return {
    period: { kind: 'month', from: '2026-11-01', to: '2026-11-30', label: '2026年11月' },
    mediation: categories.map((name) => ({ name, accepted: 2 * k, mediated: k, successRate: '50.0%', amountWan: 0.5 * k, performed: k, judicialConfirmed: 0 })),
    mediationTotal: { name: '合计', accepted: 2 * k * categories.length, mediated: k * categories.length, successRate: '50.0%', amountWan: 0.5 * k * categories.length, performed: k * categories.length, judicialConfirmed: 0 },
    intake: categories.map((name) => ({ name, accepted: 3 * k, declined: 0, settled: k, referred: k, resolved: k, archived: 0 })),
    intakeTotal: { name: '合计', accepted: 3 * k * categories.length, declined: 0, settled: k * categories.length, referred: k * categories.length, resolved: k * categories.length, archived: 0 },
    sources: { active: k, applied: 0, entrusted: 0 },
    stations: [{ name: '派出所', referred: k, onTime: k, overdue: 0, averageDays: k, results: results(k) }],
    visitors: { visits: 4 * k, heads: 5 * k, collective: 0, collectiveHeads: 0, repeat: k, byChannel: { walk_in: 4 * k } },
    satisfaction: { satisfied: k, basically: 0, dissatisfied: 0 },
    prevention: { criminal: { cases: 0, people: 0 }, collective: { cases: 0, people: 0 } },
    assessment: { meetings: 0, matters: 0 },
    grid: { phone: k, imported: 0, registered: k, dismissed: 0, pending: 0 },
    daily: [{ day: '2026-11-01', visits: k }],
    closedDays: { closed: 30, days: 30, sheetVisits: 4 * k, sheetAccepted: 3 * k * categories.length, matches: true },
  };
}

describe('sumStatistics', () => {
  it('adds the centres up row by row, works rates and averages out again, and agrees when every centre agrees', () => {
    const county = sumStatistics([centre(1), centre(3, ['邻里', '土地山林'])]);
    expect(county.intake.map((r) => [r.name, r.accepted])).toEqual([['邻里', 12], ['婚姻家庭', 3], ['土地山林', 9]]);
    expect(county.intakeTotal.accepted).toBe(6 + 18);
    expect(county.mediationTotal).toMatchObject({ accepted: 16, mediated: 8, successRate: '50.0%', amountWan: 4 });
    // 1 finished in 1 day and 3 finished in 3 days: 2.5 days on average, not (1 + 3) / 2.
    expect(county.stations).toEqual([{ name: '派出所', referred: 4, onTime: 4, overdue: 0, averageDays: 2.5, results: results(4) }]);
    expect(county.visitors).toMatchObject({ visits: 16, byChannel: { walk_in: 16 } });
    expect(county.daily).toEqual([{ day: '2026-11-01', visits: 4 }]);
    expect(county.closedDays).toEqual({ closed: 60, days: 60, sheetVisits: 16, sheetAccepted: 24, matches: true });
  });

  it('does not agree when one centre does not', () => {
    const late = centre(2);
    late.closedDays = { ...late.closedDays, closed: 29, matches: false };
    expect(sumStatistics([centre(1), late]).closedDays.matches).toBe(false);
  });
});
