import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../../shared/time';
import { pageImage, readPdf } from '../../print/pdfText';
import { closeTheDay } from '../../testing/dayClose';
import { takeStep } from '../../testing/flowStep';
import { nthResidentId, walkIn } from '../../testing/people';
import { refusal } from '../../testing/refusal';
import { startTestHost, type TestApi, type TestHost } from '../../testing/testHost';

let host: TestHost;
let clerk: TestApi;
let boss: TestApi;
let police: TestApi;

beforeAll(async () => {
  host = await startTestHost();
  clerk = await host.newUser('yp_clerk', 'clerk', null);
  boss = await host.newUser('yp_boss', 'supervisor', null);
  police = await host.newUser('yp_police', 'station', await host.stationId('派出所'));
});
afterAll(() => host.stop());

const register = async (n: number, riskLevel: 'red' | 'orange' | null = null) =>
  (await clerk.visits.register.mutate(walkIn({ name: `研判${n}`, idNumber: nthResidentId(n), matters: [{ categoryId: 2, content: '邻里纠纷。', riskLevel }] }))).matters[0]!.id;

describe('研判会', () => {
  it('puts high-risk, overdue and disputed matters first, and its decisions become 督办 in the matters’ loop', async () => {
    const quiet = await register(1);
    const red = await register(2, 'red');
    const late = await register(3);
    await takeStep(clerk, clerk, late, { action: 'refer', stationId: await host.stationId('派出所'), helperStationIds: [] });
    // 31 days on, the referral is overdue; the day closed, everyone signs in again, as next morning.
    await closeTheDay(clerk);
    host.clock.advance(31 * 24 * 60 * 60 * 1000);
    clerk = (await host.signIn('yp_clerk', 'Mine123456', 1)).api;
    boss = (await host.signIn('yp_boss', 'Mine123456', 1)).api;
    police = (await host.signIn('yp_police', 'Mine123456')).api;
    const orange = await register(4, 'orange');

    const candidates = await boss.assessment.candidates.query();
    expect(candidates.map((c) => [c.matterId, c.reason])).toEqual([
      [red, 'high_risk'],
      [orange, 'high_risk'],
      [late, 'overdue'],
    ]);
    expect(candidates.map((c) => c.matterId)).not.toContain(quiet);

    const today = chinaDay(host.clock.now());
    const { meetingId } = await boss.assessment.hold.mutate({
      heldOn: today,
      place: '综治中心会议室',
      chair: '周主任',
      attendees: '综治办、派出所、司法所、信访接待室',
      discussion: '逐件研判重大风险和超期事项。',
      decisions: [
        { matterId: red, decision: '由派出所牵头，当日上门稳控', stationId: await host.stationId('派出所'), dueOn: today },
        { matterId: late, decision: '派出所说明超期原因，三日内办结', stationId: null, dueOn: null },
      ],
    });
    // Each decision is a 督办 in the matter's timeline; the station's queue marks it.
    const lateMatter = await clerk.matters.get.query({ id: late });
    expect(lateMatter.events.at(-1)).toMatchObject({ action: 'remind', note: '研判会意见：派出所说明超期原因，三日内办结' });
    expect((await police.flow.queue.query({ tab: 'overdue' })).find((r) => r.id === late)?.supervised).toBe(true);
    expect((await clerk.matters.get.query({ id: red })).events.at(-1)!.note).toContain('责任单位：派出所');

    const meetings = await boss.assessment.meetings.query();
    expect(meetings[0]).toMatchObject({ id: meetingId, matters: 2, record: null });
    const record = await boss.assessment.printRecord.mutate({ meetingId });
    expect(record.number).toMatch(/^YP\d{4}-000001$/);
    pageImage(Buffer.from(record.pdfBase64, 'base64'), 'assessment-record');
    const text = readPdf(Buffer.from(record.pdfBase64, 'base64')).text.replace(/\s+/g, '');
    for (const piece of ['矛盾纠纷研判会记录', '主持人', '周主任', '参加人员', '研判情况', '逐件研判', '研判意见', '由派出所牵头', '红', '派出所说明超期原因']) expect(text, piece).toContain(piece);
    // One record per meeting: another copy is a 补打 of the same number.
    expect((await refusal(boss.assessment.printRecord.mutate({ meetingId }))).message).toContain(record.number);
    expect((await boss.assessment.meetings.query())[0]!.record?.number).toBe(record.number);
    const again = await boss.documents.printAgain.mutate({ documentId: record.documentId });
    expect(again.number).toBe(record.number);
  });

  it('refuses a future day, a due day before the meeting, a closed matter, no matters — and anyone but supervisors', async () => {
    const matterId = await register(10, 'red');
    const today = chinaDay(host.clock.now());
    const meeting = { heldOn: today, place: '会议室', chair: '周主任', attendees: '综治办', discussion: '研判。', decisions: [{ matterId, decision: '跟进', stationId: null, dueOn: null }] };
    expect((await refusal(boss.assessment.hold.mutate({ ...meeting, heldOn: '2099-01-01' }))).message).toBe('研判日期不能晚于今天。');
    expect((await refusal(boss.assessment.hold.mutate({ ...meeting, decisions: [{ ...meeting.decisions[0]!, dueOn: '2020-01-01' }] }))).message).toContain('办结时限不能早于研判日期');
    expect((await refusal(boss.assessment.hold.mutate({ ...meeting, decisions: [] }))).message).toContain('请至少选择一件研判事项');
    const declined = (await clerk.visits.register.mutate(walkIn({ name: '不受理', idNumber: nthResidentId(11), matters: [{ categoryId: 16, content: '要求撤销判决', decision: 'decline', declineReason: '诉讼事项', declineChannel: '申请再审' }] }))).matters[0]!.id;
    expect((await refusal(boss.assessment.hold.mutate({ ...meeting, decisions: [{ matterId: declined, decision: '跟进', stationId: null, dueOn: null }] }))).message).toContain('不再研判');
    expect((await refusal(clerk.assessment.hold.mutate(meeting))).status).toBe(403);
    expect((await refusal(police.assessment.candidates.query())).status).toBe(403);
  });
});
