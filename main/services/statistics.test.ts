import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediationInput } from '../../shared/schemas/mediation';
import { chinaDay } from '../../shared/time';
import { pageImage, readPdf } from '../print/pdfText';
import { closeTheDay } from '../testing/dayClose';
import { nthResidentId, walkIn } from '../testing/people';
import { refusal } from '../testing/refusal';
import { startTestHost, type TestHost, type TestApi } from '../testing/testHost';

let host: TestHost;
let clerk: TestApi;
let boss: TestApi;
let mediator: TestApi;
let firstDay: string;

/** Two business days of one month: visits, a declined matter, a repeat visit, a mediated dispute with its agreement, signed off. */
beforeAll(async () => {
  host = await startTestHost();
  // Start on the 10th of the month, so that both days fall in one month.
  const now = host.clock.now();
  const tenth = new Date(`${chinaDay(now).slice(0, 8)}10T02:00:00Z`);
  host.clock.advance(tenth.getTime() - now.getTime());
  const stations = await (await host.signIn('admin', 'Hall2026key', 1)).api.admin.stations.query();
  const committee = stations.find((s) => s.kind === 'mediation')!;
  clerk = await host.newUser('clerk1', 'clerk', null);
  boss = await host.newUser('boss1', 'supervisor', null);
  mediator = await host.newUser('med1', 'station', committee.id);
  firstDay = chinaDay(host.clock.now());

  const a = await clerk.visits.register.mutate(walkIn({ name: '张三', idNumber: nthResidentId(1) }));
  await clerk.visits.register.mutate(walkIn({ name: '李四', idNumber: nthResidentId(2), headcount: 8 }));
  await clerk.visits.register.mutate(walkIn({ name: '王五', idNumber: nthResidentId(3), matters: [{ categoryId: 16, content: '要求撤销判决', decision: 'decline', declineReason: '诉讼事项', declineChannel: '申请再审' }] }));
  await clerk.visits.register.mutate(walkIn({ name: '张三', idNumber: nthResidentId(1), matters: [{ repeatOf: a.matters[0]!.id, content: '再次反映' }] }));
  const matterId = a.matters[0]!.id;
  await clerk.flow.act.mutate({ matterId, version: 0, action: 'refer', stationId: committee.id, helperStationIds: [] });
  await mediator.flow.act.mutate({ matterId, version: 1, action: 'receive' });
  const draft = await mediator.mediation.get.query({ matterId });
  const parties = [draft.parties[0]!, { kind: 'person' as const, name: '邻居', sex: '' as const, ethnicity: '', age: null, idNumber: '', occupation: '', phone: '', address: '' }];
  await mediator.mediation.save.mutate({ ...(draft as unknown as MediationInput), matterId, version: 0, parties, clauses: ['清理柴草，补偿 15000 元。'], performance: '十日内履行。', amountYuan: 15000, recorder: '王记录', preventsCriminal: true });
  await mediator.mediation.issue.mutate({ kind: 'mediation_agreement', matterId });
  await mediator.mediation.saveRevisit.mutate({ matterId, revisitedOn: firstDay, performed: 'full', satisfaction: 'satisfied', note: '已履行', revisitedBy: 'med1', judicialConfirmed: true });
  await mediator.flow.act.mutate({ matterId, version: 2, action: 'result', result: 'mediated', note: '达成协议' });
  await clerk.flow.act.mutate({ matterId, version: 3, action: 'signOff', satisfaction: 'satisfied' });
  await closeTheDay(clerk);

  host.clock.advance(24 * 60 * 60 * 1000);
  clerk = (await host.signIn('clerk1', 'Mine123456', 1)).api;
  boss = (await host.signIn('boss1', 'Mine123456', 1)).api;
  await clerk.visits.register.mutate(walkIn({ name: '赵六', idNumber: nthResidentId(4), channel: 'phone' }));
  await closeTheDay(clerk);
});
afterAll(() => host.stop());

describe('统计', () => {
  it('counts the month by category, source, station, visitors and satisfaction', async () => {
    const s = await boss.statistics.table.query({ kind: 'month', day: firstDay });
    expect(s.period.from.slice(8)).toBe('01');
    const neighbours = s.categories.find((c) => c.name === '邻里')!;
    expect(neighbours).toMatchObject({ accepted: 3, mediated: 1, successRate: '33.3%', amountWan: 1.5, performed: 1, judicialConfirmed: 1 });
    expect(s.categoryTotal).toMatchObject({ name: '合计', accepted: 3, mediated: 1 });
    expect(s.sources).toEqual({ active: 0, applied: 1, entrusted: 0 });
    expect(s.stations).toEqual([expect.objectContaining({ name: '人民调解委员会', referred: 1, onTime: 1, overdue: 0 })]);
    expect(s.visitors).toMatchObject({ visits: 5, heads: 12, collective: 1, collectiveHeads: 8, repeat: 1, byChannel: { walk_in: 4, phone: 1 } });
    expect(s.satisfaction).toEqual({ satisfied: 1, basically: 0, dissatisfied: 0 });
    expect(s.prevention).toEqual({ criminal: { cases: 1, people: 2 }, collective: { cases: 0, people: 0 } });
    expect(s.daily.find((d) => d.day === firstDay)!.visits).toBe(4);
    expect(s.daily.map((d) => d.visits).reduce((a, b) => a + b)).toBe(5);
    expect(s.daily[0]!.day.slice(8)).toBe('01');
  });

  it("adds up: the month's totals equal the sum of its closed days", async () => {
    const month = await boss.statistics.table.query({ kind: 'month', day: firstDay });
    const days = await Promise.all(month.daily.filter((d) => d.visits > 0).map((d) => boss.statistics.table.query({ kind: 'day', day: d.day })));
    expect(days.reduce((t, d) => t + d.visitors.visits, 0)).toBe(month.visitors.visits);
    expect(days.reduce((t, d) => t + d.categoryTotal.accepted, 0)).toBe(month.categoryTotal.accepted);
    expect(month.closedDays).toMatchObject({ closed: 2, sheetVisits: 5, sheetAccepted: 3, matches: true });
    const year = await boss.statistics.table.query({ kind: 'year', day: firstDay });
    expect(year.visitors.visits).toBeGreaterThanOrEqual(month.visitors.visits);
  });

  it('exports the same tables to .xlsx (read back) and to PDF', async () => {
    const screen = await boss.statistics.table.query({ kind: 'month', day: firstDay });
    const file = await boss.statistics.xlsx.mutate({ kind: 'month', day: firstDay });
    expect(file.fileName).toMatch(/统计表\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['按类别', '按来源', '预防成效', '按单位', '来访', '满意度']);
    expect(wb.getWorksheet('预防成效')!.getRow(3).values).toEqual([undefined, '防止民间纠纷转化为刑事案件', 1, 2]);
    const byCategory = wb.getWorksheet('按类别')!;
    expect(byCategory.getRow(2).values).toEqual([undefined, '纠纷类别', '受理（件）', '调解成功（件）', '成功率', '协议涉及金额（万元）', '履行（件）', '司法确认（件）']);
    const total = byCategory.getRow(byCategory.rowCount).values as unknown[];
    expect(total.slice(1, 4)).toEqual(['合计', screen.categoryTotal.accepted, screen.categoryTotal.mediated]);
    expect(byCategory.getColumn(5).width).toBeGreaterThanOrEqual(20);
    const visitors = wb.getWorksheet('来访')!;
    expect(visitors.getRow(3).values).toEqual([undefined, '来访批次', screen.visitors.visits]);

    const pdf = await boss.statistics.pdf.mutate({ kind: 'month', day: firstDay });
    const bytes = Buffer.from(pdf.base64, 'base64');
    pageImage(bytes, 'stats-report');
    const text = readPdf(bytes).text;
    for (const piece of ['矛盾纠纷受理调解统计表', '（按类别）', '协议涉及金额', '邻里', '合计', '已日结 2 天']) expect(text.replace(/\s+/g, '')).toContain(piece.replace(/\s+/g, ''));
  });

  it('is for supervisors only, and refuses a malformed period in Chinese', async () => {
    expect((await refusal(clerk.statistics.table.query({ kind: 'month', day: firstDay }))).status).toBe(403);
    expect((await refusal(boss.statistics.table.query({ kind: 'month', day: '2026-13' }))).message).toContain('日期格式应为 年-月-日');
  });
});
