import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkIn, nthResidentId } from '../testing/people';
import { refusal } from '../testing/refusal';
import { startTestHost, type TestApi, type TestHost } from '../testing/testHost';

let host: TestHost;
let clerk: TestApi;

beforeAll(async () => {
  host = await startTestHost();
  clerk = await host.newUser('settle_clerk', 'clerk', null);
});
afterAll(() => host.stop());

const settled = (extra: Record<string, unknown> = {}) => ({ categoryId: 2, content: '借用农具未还。', decision: 'settle' as const, settleNote: '经窗口说和，当场归还。', settleSatisfaction: 'satisfied' as const, ...extra });

describe('先行调解: settled on the spot at the desk', () => {
  it('is accepted and closed at once, with how it was settled and the visitor’s word in the timeline and on the day sheet', async () => {
    const visit = await clerk.visits.register.mutate(walkIn({ name: '当场', idNumber: nthResidentId(1), matters: [settled()] }));
    const m = await clerk.matters.get.query({ id: visit.matters[0]!.id });
    expect(m).toMatchObject({ status: 'signed_off', satisfaction: 'satisfied' });
    expect(m.events.map((e) => [e.action, e.note])).toEqual([['settle', '经窗口说和，当场归还。']]);
    // Signed off: what is left is a 回访, filing it, or assessing it.
    expect(m.allowedActions).toEqual(['revisit', 'archive', 'assessRisk']);
    const sheet = await clerk.dayClose.sheet.query({});
    expect(sheet.figures).toMatchObject({ accepted: 1, resolved: 1, signedOff: 1 });
  });

  it('needs how it was settled and the visitor’s confirmation, and is not for a repeat visit', async () => {
    const register = (m: Record<string, unknown>) => clerk.visits.register.mutate(walkIn({ name: '当场', idNumber: nthResidentId(2), matters: [m as never] }));
    expect((await refusal(register(settled({ settleNote: '' })))).message).toContain('当场化解须写明化解情况');
    expect((await refusal(register(settled({ settleSatisfaction: null })))).message).toContain('须经群众确认');
    expect((await refusal(register(settled({ settleSatisfaction: 'dissatisfied' })))).status).toBe(400);
    expect((await refusal(register(settled({ repeatOf: 1, categoryId: null })))).message).toContain('重复访关联的是已有事项');
  });
});
