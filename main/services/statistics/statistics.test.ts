import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import * as dayTallyMigration from '../../db/migrations/0027_day_tally';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportTables } from '../../../shared/reportTables';
import type { MediationInput } from '../../../shared/schemas/mediation';
import type { Statistics } from '../../../shared/statistics';
import { chinaDay } from '../../../shared/time';
import { REFERRAL_RESULTS } from '../../../shared/visit';
import { pageImage, readPdf } from '../../print/pdfText';
import { closeTheDay } from '../../testing/dayClose';
import { gridExportRow, gridExportXlsx } from '../../testing/gridExport';
import { nthResidentId, walkIn } from '../../testing/people';
import { takeStep } from '../../testing/flowStep';
import { refusal } from '../../testing/refusal';
import { startTestHost, type TestHost, type TestApi } from '../../testing/testHost';
import { chinaDayOf, daysBetween } from '../../db/engine/queryDifferences';
import { ON_POSTGRES } from '../../testing/testDatabase';

let host: TestHost;
let clerk: TestApi;
let boss: TestApi;
let committeeStaff: TestApi;
let firstDay: string;

/** One step of the loop on whatever version the matter is at now. */
const act = (api: TestApi, matterId: number, step: Record<string, unknown>) => takeStep(clerk, api, matterId, step);

const other = { kind: 'person' as const, name: '邻居', sex: '' as const, ethnicity: '', age: null, idNumber: '', occupation: '', phone: '', address: '' };

/**
 * A day with every kind of matter and station: a dispute mediated by the committee with an agreement,
 * a collective dispute a police post "mediated" itself, a declined and an answered 信访 demand, a legal
 * question answered by the 司法所 (a committee's station, but no mediation), a committee case that
 * failed, and a repeat visit. The next day one phone call.
 */
beforeAll(async () => {
  host = await startTestHost();
  // Start on the 10th of the month, so that both days fall in one month.
  const now = host.clock.now();
  const tenth = new Date(`${chinaDay(now).slice(0, 8)}10T02:00:00Z`);
  host.clock.advance(tenth.getTime() - now.getTime());
  const station = (name: string) => host.stationId(name);
  clerk = await host.newUser('clerk1', 'clerk', null);
  boss = await host.newUser('boss1', 'supervisor', null);
  committeeStaff = await host.newUser('med1', 'station', await station('人民调解委员会'));
  const police = await host.newUser('police1', 'station', await station('派出所'));
  const petitions = await host.newUser('xf1', 'station', await station('信访接待室'));
  const justice = await host.newUser('sfs1', 'station', await station('司法所'));
  firstDay = chinaDay(host.clock.now());
  const register = async (n: number, extra: Parameters<typeof walkIn>[0] = {}) =>
    (await clerk.visits.register.mutate(walkIn({ name: `来访人${n}`, idNumber: nthResidentId(n), ...extra }))).matters[0]?.id ?? 0;
  const referAndReceive = async (matterId: number, stationName: string, staff: TestApi) => {
    await act(clerk, matterId, { action: 'refer', stationId: await station(stationName), helperStationIds: [] });
    await act(staff, matterId, { action: 'receive' });
  };

  // 邻里, mediated by the committee: agreement issued, performed, judicially confirmed, signed off, archived.
  const agreed = await register(1);
  await referAndReceive(agreed, '人民调解委员会', committeeStaff);
  const draft = await committeeStaff.mediation.get.query({ matterId: agreed });
  await committeeStaff.mediation.save.mutate({ ...(draft as unknown as MediationInput), matterId: agreed, version: 0, parties: [draft.parties[0]!, other], clauses: ['清理柴草，补偿 15000 元。'], performance: '十日内履行。', amountYuan: 15000, recorder: '王记录', responsibility: '双方均有过错。', preventsCriminal: true });
  await committeeStaff.mediation.issue.mutate({ kind: 'mediation_agreement', matterId: agreed });
  await committeeStaff.mediation.saveRevisit.mutate({ matterId: agreed, revisitedOn: firstDay, performed: 'full', satisfaction: 'satisfied', note: '已履行', revisitedBy: 'med1', judicialConfirmed: true });
  await act(committeeStaff, agreed, { action: 'result', result: 'mediated', note: '达成协议' });
  await act(clerk, agreed, { action: 'signOff', satisfaction: 'satisfied' });
  await act(clerk, agreed, { action: 'archive' });
  // 邻里, a collective visit of 8: the police post settles it itself — its own result, not 人民调解.
  const policeCase = await register(2, { headcount: 8 });
  await referAndReceive(policeCase, '派出所', police);
  await act(police, policeCase, { action: 'result', result: 'mediated', note: '治安调解' });
  // 信访诉求 declined at the desk.
  await register(3, { matters: [{ categoryId: 16, content: '要求撤销判决', decision: 'decline', declineReason: '诉讼事项', declineChannel: '申请再审' }] });
  // 邻里, settled on the spot at the desk (先行调解): accepted and closed at once.
  await register(9, { matters: [{ categoryId: 2, content: '借用农具未还，当场说和。', decision: 'settle', settleNote: '经窗口调解，当场归还农具。', settleSatisfaction: 'satisfied' }] });
  // The first visitor comes again about the same matter.
  await clerk.visits.register.mutate(walkIn({ name: '来访人1', idNumber: nthResidentId(1), matters: [{ repeatOf: agreed, content: '再次反映' }] }));
  // 信访诉求 accepted and answered by the 信访接待室.
  const petition = await register(5, { matters: [{ categoryId: 16, content: '反映低保评定不公' }] });
  await referAndReceive(petition, '信访接待室', petitions);
  await act(petitions, petition, { action: 'result', result: 'answered', note: '已书面答复' });
  // 法律咨询 answered by the 司法所: a station that runs a committee, but no mediation.
  const legal = await register(6, { matters: [{ categoryId: 17, content: '咨询继承手续' }] });
  await referAndReceive(legal, '司法所', justice);
  await act(justice, legal, { action: 'result', result: 'answered', note: '已解答' });
  // 婚姻家庭: the committee takes it on of its own accord (主动调解), and fails.
  const failed = await register(7, { matters: [{ categoryId: 1, content: '夫妻分居，财产争执' }] });
  await referAndReceive(failed, '人民调解委员会', committeeStaff);
  const draft2 = await committeeStaff.mediation.get.query({ matterId: failed });
  await committeeStaff.mediation.save.mutate({ ...(draft2 as unknown as MediationInput), matterId: failed, version: 0, source: 'active', parties: [draft2.parties[0]!, other], clauses: ['（未达成协议）'], performance: '—', recorder: '王记录' });
  await act(committeeStaff, failed, { action: 'result', result: 'not_mediated', note: '双方分歧大，告知诉讼' });
  // A 研判会 takes the failed case.
  await boss.assessment.hold.mutate({ heldOn: firstDay, place: '综治中心会议室', chair: '周主任', attendees: '综治办、司法所', discussion: '调解不成，研究诉前调解。', decisions: [{ matterId: failed, decision: '引导至人民法庭诉前调解', stationId: null, dueOn: null }] });
  await closeTheDay(clerk);

  host.clock.advance(24 * 60 * 60 * 1000);
  clerk = (await host.signIn('clerk1', 'Mine123456', 1)).api;
  boss = (await host.signIn('boss1', 'Mine123456', 1)).api;
  await register(8, { channel: 'phone' });
  // 网格上报: one registered into the loop, one set aside, one imported row still waiting.
  const grid = await host.newUser('wg1', 'grid', null);
  const report = (place: string) => grid.grid.submit.mutate({ idempotencyKey: randomUUID(), gridName: '第二网格', place, foundOn: chinaDay(host.clock.now()), partyName: '网格当事人', content: '地界争执' });
  const taken = await report('三组');
  await register(10, { channel: 'grid', foundPlace: '三组', foundBy: 'wg1', gridReportId: taken.id });
  await clerk.grid.dismiss.mutate({ reportId: (await report('四组')).id, reason: '村里已化解' });
  await clerk.grid.commitImport.mutate({ fileName: '导出.xlsx', dataBase64: (await gridExportXlsx([gridExportRow(1, { 上报时间: chinaDay(host.clock.now()) })])).toString('base64') });
  await closeTheDay(clerk);
});
afterAll(() => host.stop());

/** A table's rows as the screen, the workbook and the PDF show them. */
const rowsOf = (s: Statistics, sheet: string) => reportTables(s).find((t) => t.sheet === sheet)!.rows;

describe('统计', () => {
  it('counts only the committee’s cases as 人民调解; the centre and each station have their own tables', async () => {
    const s = await boss.statistics.table.query({ kind: 'month', day: firstDay });
    expect(s.period.from.slice(8)).toBe('01');
    // Neither the police post's "mediated" nor the 信访 demand nor the legal question is a 人民调解 case.
    expect(rowsOf(s, '人民调解')).toEqual([
      ['婚姻家庭', 1, 0, '0.0%', 0, 0, 0],
      ['邻里', 1, 1, '100.0%', 1.5, 1, 1],
      ['合计', 2, 1, '50.0%', 1.5, 1, 1],
    ]);
    expect(rowsOf(s, '按来源')).toEqual([
      ['主动调解', 1],
      ['申请调解', 1],
      ['接受委托移送调解', 0],
      ['合计', 2],
    ]);
    expect(rowsOf(s, '研判')).toEqual([
      ['研判会（次）', 1],
      ['研判事项（件）', 1],
    ]);
    expect(rowsOf(s, '网格')).toEqual([
      ['收到上报（件）', 3],
      ['其中：手机上报', 2],
      ['其中：平台导入', 1],
      ['受理登记（件）', 1],
      ['不立事项（件）', 1],
      ['待受理（件）', 1],
    ]);
    expect(rowsOf(s, '预防成效')).toEqual([
      ['防止民间纠纷转化为刑事案件', 1, 2],
      ['防止群体性上访', 0, 0],
    ]);
    // The centre's whole intake: every kind of matter, declined ones apart.
    expect(rowsOf(s, '中心受理')).toEqual([
      ['婚姻家庭', 1, 0, 0, 1, 1, 0],
      ['邻里', 5, 0, 1, 2, 3, 1],
      ['信访诉求', 1, 1, 0, 1, 1, 0],
      ['法律咨询/法律援助', 1, 0, 0, 1, 1, 0],
      ['合计', 8, 1, 1, 5, 6, 1],
    ]);
    // Each station's own work, with the results it reported.
    expect(reportTables(s).find((t) => t.sheet === '按单位')!.columns.map((c) => c.header).slice(5)).toEqual(['调解成功（件）', '调解不成（件）', '已答复（件）', '已办结（件）']);
    expect(rowsOf(s, '按单位')).toEqual([
      ['派出所', 1, 1, 0, 0, 1, 0, 0, 0],
      ['司法所', 1, 1, 0, 0, 0, 0, 1, 0],
      ['人民调解委员会', 2, 2, 0, 0, 1, 1, 0, 0],
      ['信访接待室', 1, 1, 0, 0, 0, 0, 1, 0],
      ['合计', 5, 5, 0, '—', 2, 1, 2, 0],
    ]);
    expect(rowsOf(s, '来访')).toEqual([
      ['来访批次', 10],
      ['来访人次', 17],
      ['集体访（批）', 1],
      ['集体访（人次）', 8],
      ['重复访（次）', 1],
      ['其中：走访', 8],
      ['其中：来电', 1],
      ['其中：来信', 0],
      ['其中：网上', 0],
      ['其中：网格上报', 1],
      ['其中：部门移交', 0],
      ['其中：排查发现', 0],
    ]);
    expect(rowsOf(s, '满意度')).toEqual([
      ['满意', 2, '100.0%'],
      ['基本满意', 0, '0.0%'],
      ['不满意', 0, '0.0%'],
      ['合计', 2, '100.0%'],
    ]);
    expect(s.daily.find((d) => d.day === firstDay)!.visits).toBe(8);
    expect(s.daily.map((d) => d.visits).reduce((a, b) => a + b)).toBe(10);
    expect(s.daily[0]!.day.slice(8)).toBe('01');
  });

  it('lists every dispute of the month in the 排查化解台账, from any source, with how it was resolved; the workbook reads back the same', async () => {
    const ledger = await boss.statistics.ledger.query({ kind: 'month', day: firstDay });
    // 信访 and the legal question are not disputes; every 纠纷 is, however it was handled.
    expect(ledger.map((r) => [r.parties, r.category, r.source, r.station, r.outcome, r.resolvedOn === firstDay])).toEqual([
      ['来访人1', '邻里', '走访', '人民调解委员会', '人民调解 · 达成协议', true],
      ['来访人2等8人', '邻里', '走访', '派出所', '调解成功', true],
      ['来访人9', '邻里', '走访', '', '当场化解', true],
      ['来访人7', '婚姻家庭', '走访', '人民调解委员会', '人民调解 · 调解不成', true],
      ['来访人8', '邻里', '来电', '', '', false],
      ['来访人10', '邻里', '网格上报（三组，wg1）', '', '', false],
    ]);
    const file = await boss.statistics.ledgerXlsx.mutate({ kind: 'month', day: firstDay });
    expect(file.fileName).toMatch(/矛盾纠纷排查化解台账\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('台账')!;
    // It names people: it says who exported it, and when, above the table.
    expect(String(sheet.getCell(2, 1).value)).toMatch(/^导出人：.+\u3000导出时间：/);
    expect((sheet.getRow(3).values as unknown[]).slice(1, 4)).toEqual(['序号', '事项编号', '登记日期']);
    expect(sheet.rowCount).toBe(3 + ledger.length);
    expect((sheet.getRow(6).values as unknown[]).slice(1)).toEqual([3, ledger[2]!.code, firstDay, '走访', '来访人9', '邻里', '借用农具未还，当场说和。', '—', '—', '已签单', '当场化解', firstDay]);
  });

  it("adds up: the month's totals equal the sum of its closed days", async () => {
    const month = await boss.statistics.table.query({ kind: 'month', day: firstDay });
    const days = await Promise.all(month.daily.filter((d) => d.visits > 0).map((d) => boss.statistics.table.query({ kind: 'day', day: d.day })));
    expect(days.reduce((t, d) => t + d.visitors.visits, 0)).toBe(month.visitors.visits);
    expect(days.reduce((t, d) => t + d.intakeTotal.accepted, 0)).toBe(month.intakeTotal.accepted);
    expect(days.reduce((t, d) => t + d.mediationTotal.accepted, 0)).toBe(month.mediationTotal.accepted);
    expect(month.closedDays).toMatchObject({ closed: 2, sheetVisits: 10, sheetAccepted: 8, matches: true });
    const year = await boss.statistics.table.query({ kind: 'year', day: firstDay });
    expect(year.visitors.visits).toBeGreaterThanOrEqual(month.visitors.visits);
  });

  it('exports the same tables to .xlsx (read back) and to PDF', async () => {
    const screen = await boss.statistics.table.query({ kind: 'month', day: firstDay });
    const file = await boss.statistics.xlsx.mutate({ kind: 'month', day: firstDay });
    expect(file.fileName).toMatch(/统计表\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['人民调解', '按来源', '预防成效', '研判', '网格', '中心受理', '按单位', '来访', '满意度']);
    expect(wb.getWorksheet('预防成效')!.getRow(3).values).toEqual([undefined, '防止民间纠纷转化为刑事案件', 1, 2]);
    const byCategory = wb.getWorksheet('人民调解')!;
    expect(byCategory.getRow(2).values).toEqual([undefined, '纠纷类别', '受理（件）', '调解成功（件）', '成功率', '协议涉及金额（万元）', '履行（件）', '司法确认（件）']);
    const total = byCategory.getRow(byCategory.rowCount).values as unknown[];
    expect(total.slice(1, 4)).toEqual(['合计', screen.mediationTotal.accepted, screen.mediationTotal.mediated]);
    expect(byCategory.getColumn(5).width).toBeGreaterThanOrEqual(20);
    const visitors = wb.getWorksheet('来访')!;
    expect(visitors.getRow(3).values).toEqual([undefined, '来访批次', screen.visitors.visits]);

    const pdf = await boss.statistics.pdf.mutate({ kind: 'month', day: firstDay });
    const bytes = Buffer.from(pdf.base64, 'base64');
    pageImage(bytes, 'stats-report');
    const text = readPdf(bytes).text;
    for (const piece of ['矛盾纠纷受理调解统计表', '仅人民调解委员会调解的案件', '综治中心受理办结情况', '协议涉及金额', '邻里', '合计', '已日结 2 天']) expect(text.replace(/\s+/g, '')).toContain(piece.replace(/\s+/g, ''));
  });

  it('is for supervisors only, and refuses a malformed period in Chinese', async () => {
    expect((await refusal(clerk.statistics.table.query({ kind: 'month', day: firstDay }))).status).toBe(403);
    expect((await refusal(boss.statistics.table.query({ kind: 'month', day: '2026-13' }))).message).toContain('日期格式应为 年-月-日');
  });

  it('keeps its day tallies equal to the visits and matters counted afresh, a category correction included', async () => {
    const db = host.services.db;
    const afresh = async () => ({
      visits: await db
        .selectFrom('visit')
        .select(['business_day', 'channel', (eb) => eb.fn.countAll<number>().as('visits'), (eb) => eb.fn.sum<number>('headcount').as('heads'), (eb) => eb.fn.sum<number>('is_collective').as('collective')])
        .select(sql<number>`sum((select count(*) from matter_visit where visit_id = visit.id and kind = 'repeat'))`.as('repeats'))
        .groupBy(['business_day', 'channel'])
        .orderBy('business_day')
        .orderBy('channel')
        .execute(),
      matters: await db
        .selectFrom('matter')
        .select(['opened_day', 'category_id', sql<number>`count(case when status != 'declined' then 1 end)`.as('accepted'), sql<number>`count(case when status = 'declined' then 1 end)`.as('declined'), (eb) => eb.fn.sum<number>('settled_at_desk').as('settled')])
        .groupBy(['opened_day', 'category_id'])
        .orderBy('opened_day')
        .orderBy('category_id')
        .execute(),
      referrals: await db
        .selectFrom('referral')
        .select(['referred_day', 'station_id', (eb) => eb.fn.countAll<number>().as('referred'), sql<number>`count(case when end_kind = 'resolved' then 1 end)`.as('resolved')])
        .select([sql<number>`count(case when end_kind = 'resolved' and ${chinaDayOf(db, 'ended_at')} <= deadline then 1 end)`.as('on_time'), sql<number>`round(cast(coalesce(sum(case when end_kind = 'resolved' then ${daysBetween(db, 'referred_at', 'ended_at')} end), 0) as numeric), 6)`.as('days')])
        .select(REFERRAL_RESULTS.map((r) => sql<number>`count(case when result = ${r} then 1 end)`.as(r)))
        .groupBy(['referred_day', 'station_id'])
        .orderBy('referred_day')
        .orderBy('station_id')
        .execute(),
    });
    const tallied = async () => ({
      visits: await db.selectFrom('visit_tally').select(['business_day', 'channel', 'visits', 'heads', 'collective', 'repeats']).orderBy('business_day').orderBy('channel').execute(),
      matters: await db.selectFrom('matter_tally').select(['opened_day', 'category_id', 'accepted', 'declined', 'settled']).where(sql<boolean>`accepted + declined > 0`).orderBy('opened_day').orderBy('category_id').execute(),
      referrals: await db
        .selectFrom('referral_tally')
        .select(['referred_day', 'station_id', 'referred', 'resolved', 'on_time', sql<number>`round(cast(resolved_days as numeric), 6)`.as('days'), ...REFERRAL_RESULTS])
        .orderBy('referred_day')
        .orderBy('station_id')
        .execute(),
    });
    const before = await afresh();
    expect(before.visits.reduce((t, r) => t + r.repeats, 0)).toBe(1);
    expect(before.referrals.reduce((t, r) => t + r.resolved, 0)).toBe(5);
    expect(await tallied()).toEqual(before);

    // The supervisor moves the first day's phone-free 邻里 matter (来访人2's) to 婚姻家庭.
    const matter = (await boss.matters.list.query({ limit: 200 })).find((m) => m.visitorName === '来访人2')!;
    const month = await boss.statistics.table.query({ kind: 'month', day: firstDay });
    await boss.visits.correct.mutate({ matterId: matter.id, categoryId: 1, content: matter.content, visitorName: '来访人2', phone: '', addressText: '', reason: '类别选错' });
    expect(await tallied()).toEqual(await afresh());
    const after = await boss.statistics.table.query({ kind: 'month', day: firstDay });
    const accepted = (s: Statistics, name: string) => s.intake.find((r) => r.name === name)?.accepted ?? 0;
    expect(accepted(after, '婚姻家庭')).toBe(accepted(month, '婚姻家庭') + 1);
    expect(accepted(after, '邻里')).toBe(accepted(month, '邻里') - 1);
    expect(after.intakeTotal.accepted).toBe(month.intakeTotal.accepted);

    // An existing centre's upgrade fills the tallies from its history: the same as kept day by day.
    // Only a SQLite file has a history older than the tallies; a county database starts new.
    if (ON_POSTGRES) return;
    const kept = await tallied();
    for (const table of ['visit_tally', 'matter_tally', 'referral_tally']) await sql`drop table ${sql.table(table)}`.execute(db);
    await sql`drop index referral_open`.execute(db);
    await dayTallyMigration.up(db as unknown as Kysely<unknown>);
    expect(await tallied()).toEqual(kept);
  });
});
