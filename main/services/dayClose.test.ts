import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../shared/time';
import { pageImage, readPdf } from '../print/pdfText';
import { nthResidentId, walkIn } from '../testing/people';
import { refusal } from '../testing/refusal';
import { startTestHost, TEST_ADMIN, type TestHost, type TestApi } from '../testing/testHost';
import { nextSerial } from './serials';

let host: TestHost;
let clerk: TestApi;
let boss: TestApi;
let n = 0;

beforeAll(async () => {
  host = await startTestHost();
  clerk = await host.newUser('clerk1', 'clerk', null);
  boss = await host.newUser('boss1', 'supervisor', null);
});
afterAll(() => host.stop());

const register = (over: Parameters<typeof walkIn>[0] = {}) => clerk.visits.register.mutate(walkIn({ name: `来访人${++n}`, idNumber: nthResidentId(n), ...over }));
const receipt = (matterId: number) => clerk.documents.issue.mutate({ kind: 'receipt', matterId, layout: 'a5', route: 'window' });

async function nextMorning() {
  host.clock.advance(24 * 60 * 60 * 1000);
  clerk = (await host.signIn('clerk1', 'Mine123456', 1)).api;
  boss = (await host.signIn('boss1', 'Mine123456', 1)).api;
}

describe('a counter closes its day', () => {
  it('counts the day, checks every number, refuses to close until each discrepancy is fixed or explained, then prints the 日结单', async () => {
    const today = chinaDay(host.clock.now());
    const a = await register();
    const b = await register({ headcount: 7 });
    await register({ matters: [{ categoryId: 16, content: '要求撤销判决', decision: 'decline', declineReason: '诉讼事项', declineChannel: '申请再审' }] });
    const d = await register({ channel: 'phone' });
    const stations = await clerk.reference.stations.query();
    await clerk.flow.act.mutate({ matterId: a.matters[0]!.id, version: 0, action: 'refer', stationId: stations[1]!.id, helperStationIds: [] });

    await receipt(a.matters[0]!.id);
    const voided = await receipt(b.matters[0]!.id);
    await clerk.documents.void.mutate({ documentId: voided.documentId, reason: '姓名打错' });
    await receipt(b.matters[0]!.id);
    // A number taken and never recorded (a crash between numbering and saving), then one more receipt.
    await nextSerial(host.services.db, 'document.receipt', today.slice(0, 4));
    const afterGap = await receipt(d.matters[0]!.id);
    await clerk.documents.void.mutate({ documentId: afterGap.documentId, reason: '来电登记不出回执' });

    const sheet = await clerk.dayClose.sheet.query({});
    expect(sheet).toMatchObject({ day: today, state: 'open', pendingDay: null });
    expect(sheet.figures).toMatchObject({ visits: 4, heads: 10, collective: 1, accepted: 3, declined: 1, carriedOver: 3, byChannel: { walk_in: 3, phone: 1 } });
    expect(sheet.figures.referred).toEqual([{ station: stations[1]!.name, count: 1 }]);
    const ledger = sheet.reconciliation.ledgers.find((l) => l.kind === 'receipt')!;
    expect(ledger).toMatchObject({ first: `HZ${today.slice(0, 4)}-000001`, last: `HZ${today.slice(0, 4)}-000005`, issued: 4, printed: 4, reprints: 0 });
    expect(ledger.voided.map((v) => v.reason)).toEqual(['姓名打错', '来电登记不出回执']);
    expect(sheet.reconciliation.discrepancies.map((x) => [x.type, x.subject])).toEqual([
      ['missing_number', `HZ${today.slice(0, 4)}-000004`],
      ['no_receipt', d.matters[0]!.code],
    ]);

    expect(await refusal(clerk.dayClose.close.mutate({ day: today }))).toEqual({ status: 409, message: '还有 2 处差异没有处理：请补打、作废或填写说明后再日结。' });
    for (const x of sheet.reconciliation.discrepancies) await clerk.dayClose.explain.mutate({ day: today, item: x.item, note: x.type === 'no_receipt' ? '来电登记，已电话告知' : '系统故障，该号未出纸' });
    expect((await refusal(clerk.dayClose.explain.mutate({ day: today, item: 'no_receipt:999999', note: '乱写' }))).message).toContain('已不是差异');

    const printed = await clerk.dayClose.close.mutate({ day: today, note: '今日正常' });
    expect(printed.number).toMatch(/^RJ\d{4}-000001$/);
    const pdf = Buffer.from(printed.pdfBase64, 'base64');
    const text = readPdf(pdf).text;
    pageImage(pdf, 'day-sheet');
    for (const piece of ['受理窗口日结单', '1号窗口', '姓名打错', '缺号', '系统故障，该号未出纸', '来电登记，已电话告知', '今日正常', '受理员（签名）', '负责人（签名）']) expect(text).toContain(piece);
    // The sheet carries where the audit chain stood at the close: the close's own entry.
    const mark = await host.services.db.selectFrom('audit_log').select(['id', 'hash']).where('action', '=', 'day.close').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(text.replace(/\s+/g, ' ')).toContain(`审计链校验码：第 ${mark.id} 条 · ${mark.hash.slice(0, 12).toUpperCase()}`);

    const closed = await clerk.dayClose.sheet.query({ day: today });
    expect(closed.state).toBe('closed');
    expect(closed.sheets.map((s) => s.number)).toEqual([printed.number]);
    expect((await refusal(clerk.dayClose.close.mutate({ day: today }))).message).toContain('已经日结');
  });

  it('a closed day refuses an ordinary correction and new intake; a supervisor correction goes on the next sheet', async () => {
    const today = chinaDay(host.clock.now());
    const matter = (await clerk.matters.list.query({})).find((m) => m.status !== 'declined')!;
    const correction = { matterId: matter.id, categoryId: 3, content: '更正后的诉求内容', visitorName: matter.visitorName, phone: '', addressText: '南大里乡南大里村', reason: '类别登记错误' };
    expect(await refusal(clerk.visits.correct.mutate(correction))).toEqual({ status: 403, message: '该日已日结，更正需由负责人办理，并列入下一张日结单的“日结后更正”。' });
    expect((await refusal(register())).message).toContain('今天已经日结');
    expect((await clerk.matters.get.query({ id: matter.id })).correctable).toBe(false);
    await boss.visits.correct.mutate(correction);

    await nextMorning();
    let sheet = await clerk.dayClose.sheet.query({});
    expect(sheet.day).not.toBe(today);
    expect(sheet.state).toBe('idle');
    // A receipt of yesterday reprinted this morning counts on this morning's sheet.
    const yesterdays = (await clerk.documents.ofDay.query({ day: today })).find((d) => d.kind === 'receipt' && d.status === 'issued')!;
    await clerk.documents.printAgain.mutate({ documentId: yesterdays.id, route: 'window' });
    sheet = await clerk.dayClose.sheet.query({});
    expect(sheet.state).toBe('open');
    expect(sheet.reconciliation.ledgers).toEqual([{ kind: 'receipt', first: null, last: null, issued: 0, printed: 0, reprints: 1, voided: [] }]);
    expect(sheet.lateCorrections).toEqual([expect.objectContaining({ recordDay: today, reason: '类别登记错误', by: 'boss1', what: expect.stringContaining('诉求类别、诉求内容') })]);
    await register();
    const { discrepancies } = (await clerk.dayClose.sheet.query({})).reconciliation;
    for (const x of discrepancies) await clerk.dayClose.explain.mutate({ day: sheet.day, item: x.item, note: '测试' });
    const printed = await clerk.dayClose.close.mutate({ day: sheet.day });
    expect(readPdf(Buffer.from(printed.pdfBase64, 'base64')).text).toContain('类别登记错误');
    // Listed once: the day after shows no corrections carried.
    await nextMorning();
    expect((await clerk.dayClose.sheet.query({})).lateCorrections).toEqual([]);
  });

  it('a day never closed blocks the counter the next morning, until the supervisor closes it', async () => {
    const yesterday = chinaDay(host.clock.now());
    await register();
    await nextMorning();
    expect(await refusal(register())).toEqual({ status: 409, message: `${yesterday} 的业务还没有日结。请先到“日结”页完成该日日结（或请负责人代为日结），再登记新的来访。` });
    const sheet = await clerk.dayClose.sheet.query({});
    expect(sheet).toMatchObject({ day: yesterday, pendingDay: yesterday, state: 'open' });

    const centre = await boss.dayClose.centre.query({ day: yesterday });
    expect(centre.counters.find((c) => c.name === '1号窗口')).toMatchObject({ state: 'open', visits: 1 });
    expect((await refusal(boss.dayClose.closeCentre.mutate({ day: yesterday }))).message).toContain('以下窗口尚未日结：1号窗口');
    for (const x of sheet.reconciliation.discrepancies) await boss.dayClose.explain.mutate({ counterId: 1, day: yesterday, item: x.item, note: '受理员未日结，负责人代为说明' });
    await boss.dayClose.close.mutate({ counterId: 1, day: yesterday, note: '代为日结' });
    // The 日结单 printed this morning closes yesterday; it is no business of today's.
    expect(await clerk.dayClose.intake.query()).toEqual({ pendingDay: null, todayClosed: false });
    expect((await clerk.dayClose.sheet.query({})).state).toBe('idle');
    await boss.dayClose.closeCentre.mutate({ day: yesterday });
    expect((await boss.dayClose.centre.query({ day: yesterday })).centreClosedBy).toBe('boss1');
    await register();

    // Reopening needs a supervisor and a reason, and reopens the centre's day too.
    expect((await refusal(clerk.dayClose.reopen.mutate({ counterId: 1, day: yesterday, reason: '补登' }))).status).toBe(403);
    expect((await refusal(boss.dayClose.reopen.mutate({ counterId: 1, day: yesterday, reason: '' }))).message).toContain('请填写重开原因');
    await boss.dayClose.reopen.mutate({ counterId: 1, day: yesterday, reason: '漏登一件来电' });
    expect((await boss.dayClose.centre.query({ day: yesterday })).centreClosedAt).toBeNull();
    expect((await clerk.dayClose.sheet.query({ day: yesterday })).state).toBe('reopened');
  });

  it('a clerk closes only the own counter, and not a day to come', async () => {
    expect((await refusal(clerk.dayClose.sheet.query({ counterId: 2 }))).message).toBe('受理员只能为自己登录的窗口日结。');
    const tomorrow = chinaDay(new Date(host.clock.now().getTime() + 86_400_000));
    expect((await refusal(clerk.dayClose.close.mutate({ day: tomorrow }))).message).toBe('不能为尚未到来的日子日结。');
    const admin = (await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password, null)).api;
    expect((await refusal(admin.dayClose.sheet.query({}))).message).toContain('请先在页面顶部的“选择窗口”中选本机所在的窗口');
  });
});
