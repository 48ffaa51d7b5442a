import { describe, expect, it } from 'vitest';
import { backupDue, backupsToKeep, backupWarning } from './backupPlan';

const at = (china: string) => new Date(`${china}+08:00`);

describe('when an automatic backup is due', () => {
  const byTime = { target: '/media/usb', when: 'time' as const, time: '18:30' };
  const afterClose = { target: '/media/usb', when: 'after_close' as const, time: '18:30' };

  it('at the set time, once a day', () => {
    expect(backupDue(byTime, null, null, at('2026-11-27T18:29:00'))).toBe(false);
    expect(backupDue(byTime, null, null, at('2026-11-27T18:30:00'))).toBe(true);
    expect(backupDue(byTime, at('2026-11-26T18:31:00').toISOString(), null, at('2026-11-27T19:00:00'))).toBe(true);
    expect(backupDue(byTime, at('2026-11-27T18:31:00').toISOString(), null, at('2026-11-27T23:00:00'))).toBe(false);
  });

  it('after the centre’s 日结 of today, and never without a target', () => {
    expect(backupDue(afterClose, null, null, at('2026-11-27T19:00:00'))).toBe(false);
    expect(backupDue(afterClose, null, at('2026-11-26T17:00:00').toISOString(), at('2026-11-27T19:00:00'))).toBe(false);
    expect(backupDue(afterClose, at('2026-11-27T16:00:00').toISOString(), at('2026-11-27T17:00:00').toISOString(), at('2026-11-27T17:01:00'))).toBe(true);
    expect(backupDue(afterClose, at('2026-11-27T17:00:30').toISOString(), at('2026-11-27T17:00:00').toISOString(), at('2026-11-27T17:01:00'))).toBe(false);
    expect(backupDue({ ...byTime, target: '' }, null, null, at('2026-11-27T23:00:00'))).toBe(false);
  });
});

describe('rotation', () => {
  it('keeps the newest of each of the last days, weeks and months', () => {
    // One backup every evening for 100 days, two on the last day.
    const backups = Array.from({ length: 100 }, (_, i) => ({ name: `d${i}`, at: new Date(at('2026-08-20T19:00:00').getTime() + i * 86_400_000) }));
    backups.push({ name: 'late', at: at('2026-11-27T22:00:00') });
    const kept = backupsToKeep(backups, { keepDaily: 7, keepWeekly: 4, keepMonthly: 12 });
    expect(kept.has('late')).toBe(true);
    expect(kept.has('d99')).toBe(false); // the same day as 'late', older
    for (let i = 93; i <= 98; i++) expect(kept.has(`d${i}`)).toBe(true);
    expect(kept.has('d92')).toBe(false);
    // Sundays ending the last weeks, and the last backup of each month (Aug, Sep, Oct).
    expect(kept.has('d0')).toBe(false);
    expect(kept.has('d11')).toBe(true); // 2026-08-31
    expect(kept.has('d41')).toBe(true); // 2026-09-30
    expect(kept.has('d72')).toBe(true); // 2026-10-31
    expect(kept.size).toBeLessThanOrEqual(7 + 4 + 12);
  });
});

describe('the windows’ warning', () => {
  const now = at('2026-11-27T09:00:00');
  it('names a missing target first, then two days without a good backup; a new centre is left alone', () => {
    expect(backupWarning({ target: 'E:\\备份', targetPresent: false, lastGoodAt: now.toISOString(), since: null }, now)).toEqual({ kind: 'target_missing', target: 'E:\\备份' });
    expect(backupWarning({ target: 'E:\\备份', targetPresent: true, lastGoodAt: at('2026-11-25T10:00:00').toISOString(), since: null }, now)).toBeNull();
    expect(backupWarning({ target: 'E:\\备份', targetPresent: true, lastGoodAt: at('2026-11-24T18:00:00').toISOString(), since: null }, now)).toEqual({ kind: 'stale', days: 2 });
    expect(backupWarning({ target: '', targetPresent: false, lastGoodAt: null, since: at('2026-11-26T08:00:00').toISOString() }, now)).toBeNull();
    expect(backupWarning({ target: '', targetPresent: false, lastGoodAt: null, since: at('2026-11-20T08:00:00').toISOString() }, now)).toEqual({ kind: 'stale', days: null });
  });
});
