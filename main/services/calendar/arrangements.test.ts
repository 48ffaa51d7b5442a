import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../../shared/time';
import { nthResidentId, walkIn } from '../../testing/people';
import { refusal } from '../../testing/refusal';
import { startTestHost, type TestApi, type TestHost } from '../../testing/testHost';

let host: TestHost;
let admin: TestApi;
let clerk: TestApi;

beforeAll(async () => {
  host = await startTestHost();
  // 2 December 2026: a 30-day limit reaches New Year's Day 2027, a year the State Council has not announced.
  host.clock.advance(9 * 24 * 60 * 60 * 1000);
  admin = await host.admin();
  clerk = await host.newUser('cal_clerk', 'clerk', null);
});
afterAll(() => host.stop());

/** 2027 as a notice might have it: New Year's Day to Monday the 4th off, and a make-up Saturday. */
const NOTICE_2027 = { year: 2027, offDays: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'], workDays: ['2027-01-09'] };

describe('设置 · 节假日', () => {
  it('counts a 2027 deadline past the statutory holidays, says it is provisional, and recounts when the notice is entered', async () => {
    expect(chinaDay(host.clock.now())).toBe('2026-12-02');
    const r = await clerk.visits.register.mutate(walkIn({ name: '跨年', idNumber: nthResidentId(1) }));
    const id = r.matters[0]!.id;
    const preview = (await clerk.matters.get.query({ id })).referPreview!;
    // The 30th day is 1 January 2027 (元旦, Friday): the period ends on the next working day, Monday.
    expect(preview).toMatchObject({ deadline: '2027-01-04', provisional: true, basis: 'calendar', limitDays: 30 });
    const stationId = await host.stationId('司法所');
    const { version } = await clerk.matters.get.query({ id });
    await clerk.flow.act.mutate({ matterId: id, version, action: 'refer', stationId, helperStationIds: [] });
    expect((await clerk.matters.get.query({ id })).referral).toMatchObject({ deadline: '2027-01-04', provisional: true });

    const years = await admin.calendar.years.query();
    expect(years.map((y) => [y.year, y.source])).toEqual([
      [2026, 'package'],
      [2027, 'provisional'],
      [2028, 'provisional'],
    ]);
    expect(years[1]!.statutory.map((h) => h.day)).toContain('2027-02-05'); // 除夕

    expect(await admin.calendar.enter.mutate(NOTICE_2027)).toEqual({ moved: 1 });
    expect((await clerk.matters.get.query({ id })).referral).toMatchObject({ deadline: '2027-01-05', provisional: false });
    expect((await admin.calendar.years.query())[1]).toMatchObject({ year: 2027, source: 'entered', offDays: NOTICE_2027.offDays, workDays: ['2027-01-09'] });
    // The supervisor's board reads the running deadline: it moved with the referral.
    expect((await admin.flow.queue.query({ tab: 'incoming' })).find((m) => m.id === id)?.deadline).toBe('2027-01-05');

    expect(await admin.calendar.remove.mutate({ year: 2027 })).toEqual({ moved: 1 });
    expect((await clerk.matters.get.query({ id })).referral).toMatchObject({ deadline: '2027-01-04', provisional: true });
  });

  it('refuses a notice with days of another year, or a day both off and worked, and says which', async () => {
    expect(await refusal(admin.calendar.enter.mutate({ ...NOTICE_2027, offDays: ['2026-12-31'] }))).toEqual({
      status: 400,
      message: '填写的内容有误，请按提示修改后重试。2026-12-31 不在 2027 年内，请只填写本年的日期',
    });
    expect((await refusal(admin.calendar.enter.mutate({ ...NOTICE_2027, workDays: ['2027-01-02'] }))).message).toContain('2027-01-02 既是放假日又是调休上班日');
    expect((await refusal(admin.calendar.enter.mutate({ ...NOTICE_2027, offDays: ['2027-02-30'] }))).message).toContain('放假日期不存在');
    expect((await refusal(admin.calendar.remove.mutate({ year: 2028 })))).toEqual({ status: 404, message: '2028 年没有录入过放假安排，无需撤销。' });
    expect((await refusal(clerk.calendar.enter.mutate(NOTICE_2027))).status).toBe(403);
  });
});
