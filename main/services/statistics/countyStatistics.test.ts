import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../../shared/time';
import { closeTheDay } from '../../testing/dayClose';
import { nthResidentId, walkIn } from '../../testing/people';
import { refusal } from '../../testing/refusal';
import { ON_POSTGRES } from '../../testing/testDatabase';
import { startTestHost, type TestApi, type TestHost } from '../../testing/testHost';

// A county's sum reads its townships' centres in the same county database: PostgreSQL's pass of CI.
describe.runIf(ON_POSTGRES)("the county's statistics: its own and its townships' figures added (PostgreSQL only: centres share a county database)", () => {
  let county: TestHost;
  let east: TestHost;
  let west: TestHost;
  let countyBoss: TestApi;
  let eastBoss: TestApi;
  let day: string;
  beforeAll(async () => {
    county = await startTestHost({ area: '140828' });
    east = await startTestHost({ besides: county, area: '140828101' });
    west = await startTestHost({ besides: county, area: '140828102' });
    day = chinaDay(county.clock.now());
    let n = 930;
    for (const [host, visits] of [[county, 2], [east, 3], [west, 1]] as const) {
      const clerk = await host.newUser('clerk_s', 'clerk', null);
      for (let i = 0; i < visits; i++) await clerk.visits.register.mutate(walkIn({ name: `来访人${n}`, idNumber: nthResidentId(n++) }));
      await closeTheDay(clerk);
    }
    countyBoss = await county.newUser('boss_c', 'supervisor', null);
    eastBoss = await east.newUser('boss_e', 'supervisor', null);
  });
  afterAll(async () => {
    await west.stop();
    await east.stop();
    await county.stop();
  });

  it("sum every centre's figures, each line agreeing with that centre's closed day", async () => {
    const sum = await countyBoss.statistics.table.query({ kind: 'day', day, county: true });
    expect(sum.centres?.map((c) => [c.area, c.visits, c.accepted, c.sheetVisits, c.matches])).toEqual([
      ['140828', 2, 2, 2, true],
      ['140828101', 3, 3, 3, true],
      ['140828102', 1, 1, 1, true],
    ]);
    expect(sum.visitors.visits).toBe(6);
    expect(sum.intakeTotal.accepted).toBe(6);
    expect(sum.closedDays).toMatchObject({ sheetVisits: 6, sheetAccepted: 6, matches: true });
    const own = await countyBoss.statistics.table.query({ kind: 'day', day });
    expect([own.visitors.visits, own.centres]).toEqual([2, null]);
  });

  it('export the sum with its check of each centre, and offer it to the county centre only', async () => {
    const file = await countyBoss.statistics.xlsx.mutate({ kind: 'day', day, county: true });
    expect(file.fileName).toContain('（全县汇总）');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('各中心')!;
    const rows = sheet.getSheetValues().flatMap((r) => (Array.isArray(r) ? [r.slice(1)] : []));
    expect(rows.some((r) => r[0] === '南大里乡综治中心' && r[6] === '一致')).toBe(true);
    expect(await refusal(eastBoss.statistics.table.query({ kind: 'day', day, county: true }))).toMatchObject({ status: 403, message: expect.stringContaining('全县汇总只在县中心查看') });
  });

  it("list every centre's matters for the county's supervisor, and for nobody else", async () => {
    const all = await countyBoss.centres.countyMatters.query({});
    expect(all.map((m) => m.area).sort()).toEqual(['140828', '140828', '140828101', '140828101', '140828101', '140828102']);
    expect(all.every((m) => m.status === 'accepted' && !('content' in m))).toBe(true);
    expect(await refusal(eastBoss.centres.countyMatters.query({}))).toMatchObject({ status: 403 });
  });
});
