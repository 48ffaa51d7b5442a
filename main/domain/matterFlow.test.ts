import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/roles';
import { MATTER_ACTIONS, MATTER_STATUSES, type MatterAction, type MatterStatus } from '../../shared/visit';
import { allowedActions, decide, FLOW, type FlowFacts } from './matterFlow';

const base: FlowFacts = {
  status: 'accepted',
  role: 'clerk',
  actorStationId: null,
  referralStationId: 7,
  workingDaysSinceReferral: 1,
  extendedAlready: false,
  isPetition: false,
};

describe('the referral state machine', () => {
  it('walks the whole loop: refer, receive, result, sign off, archive', () => {
    const steps: [MatterAction, Partial<FlowFacts>, MatterStatus][] = [
      ['refer', { role: 'clerk' }, 'referred'],
      ['receive', { role: 'station', actorStationId: 7 }, 'in_progress'],
      ['progress', { role: 'station', actorStationId: 7 }, 'in_progress'],
      ['suspend', { role: 'station', actorStationId: 7 }, 'suspended'],
      ['resume', { role: 'station', actorStationId: 7 }, 'in_progress'],
      ['result', { role: 'station', actorStationId: 7 }, 'resolved'],
      ['signOff', { role: 'clerk', satisfaction: 'satisfied' }, 'signed_off'],
      ['revisit', { role: 'clerk' }, 'signed_off'],
      ['archive', { role: 'clerk' }, 'archived'],
    ];
    let status: MatterStatus = 'accepted';
    for (const [action, facts, expected] of steps) {
      const d = decide(action, { ...base, ...facts, status });
      expect(d, action).toEqual({ ok: true, to: expected });
      status = expected;
    }
  });

  it('lets only the station the matter went to act on it', () => {
    expect(decide('receive', { ...base, status: 'referred', role: 'station', actorStationId: 3 })).toEqual({ ok: false, message: expect.stringContaining('没有派给您所在的单位') });
    expect(decide('result', { ...base, status: 'referred', role: 'station', actorStationId: 7 })).toEqual({ ok: false, message: expect.stringContaining('“已派单待接收”，不能报告办理结果') });
  });

  it('allows a return within five working days only', () => {
    const facts = { ...base, status: 'in_progress' as const, role: 'station' as const, actorStationId: 7 };
    expect(decide('return', { ...facts, workingDaysSinceReferral: 5 }).ok).toBe(true);
    expect(decide('return', { ...facts, workingDaysSinceReferral: 6 })).toEqual({ ok: false, message: expect.stringContaining('超过 5 个工作日') });
  });

  it('extends once, a 信访 matter by 30 days at most', () => {
    const facts = { ...base, status: 'in_progress' as const, role: 'supervisor' as const };
    expect(decide('extend', { ...facts, isPetition: true, extensionDays: 30 }).ok).toBe(true);
    expect(decide('extend', { ...facts, isPetition: true, extensionDays: 31 }).ok).toBe(false);
    expect(decide('extend', { ...facts, extendedAlready: true, extensionDays: 5 })).toEqual({ ok: false, message: '办理期限只能延长一次，本事项已延长过。' });
  });

  it('reopens on 不满意 for a supervisor to decide', () => {
    expect(decide('signOff', { ...base, status: 'resolved', satisfaction: 'dissatisfied' })).toEqual({ ok: true, to: 'disputed' });
    expect(decide('archive', { ...base, status: 'disputed', role: 'clerk' }).ok).toBe(false);
    expect(decide('archive', { ...base, status: 'disputed', role: 'supervisor' }).ok).toBe(true);
    expect(decide('refer', { ...base, status: 'disputed', role: 'supervisor' }).ok).toBe(true);
  });

  it('ends at archived and declined: nothing more is allowed', () => {
    for (const role of ROLES) {
      for (const status of ['archived', 'declined'] as const) expect(allowedActions({ ...base, status, role, actorStationId: 7 })).toEqual([]);
    }
  });

  it('never leaves the machine, whatever sequence of steps anyone tries', () => {
    const step = fc.record({
      action: fc.constantFrom(...MATTER_ACTIONS),
      role: fc.constantFrom<Role>(...ROLES),
      actorStationId: fc.constantFrom(null, 7, 8),
      satisfaction: fc.constantFrom('satisfied', 'basically', 'dissatisfied' as const),
      workingDaysSinceReferral: fc.constantFrom(null, 1, 6),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let status: MatterStatus = 'accepted';
        for (const s of steps) {
          const d = decide(s.action, { ...base, ...s, status });
          if (!d.ok) continue;
          // Every move taken is one the table allows, from where the matter stood, to a known state.
          expect(FLOW[s.action].from).toContain(status);
          expect(FLOW[s.action].roles).toContain(s.role);
          expect(MATTER_STATUSES).toContain(d.to);
          status = d.to;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
