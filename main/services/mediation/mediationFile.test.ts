import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MediationInput } from '../../../shared/schemas/mediation';
import { chinaDay } from '../../../shared/time';
import { readPdf } from '../../print/pdfText';
import { nthResidentId, walkIn } from '../../testing/people';
import { refusal } from '../../testing/refusal';
import { TINY_PNG_BASE64 } from '../../testing/gridExport';
import { startTestHost, TEST_ADMIN, type TestHost, type TestApi } from '../../testing/testHost';

let host: TestHost;
let admin: TestApi;
let clerk: TestApi;
let mediator: TestApi;
let police: TestApi;
let committeeId: number;
let policeId: number;

beforeAll(async () => {
  host = await startTestHost();
  admin = (await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password, 1)).api;
  const stations = await admin.admin.stations.query();
  const committee = stations.find((s) => s.kind === 'mediation')!;
  committeeId = committee.id;
  policeId = stations.find((s) => s.kind === 'police')!.id;
  await admin.admin.updateStation.mutate({ id: committee.id, name: '南大里乡人民调解委员会', kind: 'mediation', phone: '', active: true, shortName: '南大里' });
  clerk = await host.newUser('clerk1', 'clerk', null);
  mediator = await host.newUser('med1', 'station', committeeId);
  police = await host.newUser('police1', 'station', policeId);
});
afterAll(() => host.stop());

/** A dispute taken in at the desk, referred to a station and received there. */
async function disputeAt(stationId: number, receiver: TestApi, n: number) {
  const visit = await clerk.visits.register.mutate(walkIn({ name: `当事人${n}`, idNumber: nthResidentId(n) }));
  const matterId = visit.matters[0]!.id;
  await clerk.flow.act.mutate({ matterId, version: 0, action: 'refer', stationId, helperStationIds: [] });
  await receiver.flow.act.mutate({ matterId, version: 1, action: 'receive' });
  return matterId;
}

function filled(base: MediationInput): MediationInput {
  return {
    ...base,
    source: 'applied',
    parties: [
      base.parties[0]!,
      { kind: 'person', name: '李䶮', sex: '女', ethnicity: '回族', age: 41, idNumber: '', occupation: '个体', phone: '', address: '西村' },
      { kind: 'org', name: '东村村民委员会', address: '东村', legalRepresentative: '王建国', phone: '' },
    ],
    clauses: ['李䶮于12月5日前清理柴草。', '李䶮补偿误工损失1500元。'],
    requests: ['请求李䶮清理柴草。', '请求赔偿误工损失。'],
    responsibility: '李䶮堆放杂物阻碍通行，负主要责任。',
    performance: '12月5日前履行完毕。',
    amountYuan: 1500,
    recorder: '王记录',
  };
}

describe('the mediation file', () => {
  it('starts from the matter: parties from the visit with their whole ID numbers, and an empty other side', async () => {
    const matterId = await disputeAt(committeeId, mediator, 1);
    const file = await mediator.mediation.get.query({ matterId });
    expect(file.saved).toBe(false);
    expect(file.committeeName).toBe('南大里乡人民调解委员会');
    expect(file.parties).toHaveLength(2);
    expect(file.parties[0]).toMatchObject({ kind: 'person', name: '当事人1', idNumber: nthResidentId(1), sex: expect.stringMatching(/^[男女]$/) });
    expect(file.parties[0]!.kind === 'person' && file.parties[0]!.age).toBeGreaterThan(30);
    expect(file.parties[1]!.name).toBe('');
    expect(file.facts).toContain('堆放柴草');
    expect(file.mediator).toBe('med1');
    const audit = await host.services.db.selectFrom('audit_log').select('action').where('action', '=', 'mediation.open').execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('saves, previews unnumbered, then issues the agreement with the committee number and parties + 1 copies', async () => {
    const matterId = await disputeAt(committeeId, mediator, 2);
    const draft = await mediator.mediation.get.query({ matterId });
    const input = filled({ ...draft, matterId, version: 0 } as MediationInput);

    const preview = await mediator.mediation.preview.mutate(input);
    const previewText = readPdf(Buffer.from(preview.pdfBase64, 'base64')).text;
    expect(previewText).toContain('预览，出具时编号');
    expect(await host.services.db.selectFrom('document').select('id').where('matter_id', '=', matterId).execute()).toHaveLength(0);

    expect((await refusal(mediator.mediation.issue.mutate({ kind: 'mediation_agreement', matterId }))).message).toContain('请先保存调解卷宗');
    expect(await mediator.mediation.save.mutate(input)).toEqual({ version: 1 });
    const year = chinaDay(host.clock.now()).slice(0, 4);
    const agreement = await mediator.mediation.issue.mutate({ kind: 'mediation_agreement', matterId });
    expect(agreement.number).toBe(`（${year}）南大里调字第 1 号`);
    expect(agreement.copies).toBe(4);
    const text = readPdf(Buffer.from(agreement.pdfBase64, 'base64')).text;
    expect(text).toContain(`编号：（${year}）南大里调字第 1 号`);
    expect(text).toContain(nthResidentId(2));
    expect(text).toContain('本协议一式四份');
    expect(text).toContain('人民币1,500.00元');

    // The issued agreement locks the file, and a second agreement for the matter is refused.
    expect((await refusal(mediator.mediation.save.mutate({ ...input, version: 1 }))).message).toContain('已出具');
    expect((await refusal(mediator.mediation.issue.mutate({ kind: 'mediation_agreement', matterId }))).message).toContain('已经出具');
    // The papers around it carry their own series.
    const application = await mediator.mediation.issue.mutate({ kind: 'mediation_application', matterId });
    expect(application.number).toMatch(/^SQ\d{4}-000001$/);
    expect((await refusal(mediator.mediation.issue.mutate({ kind: 'oral_agreement', matterId }))).message).toContain('只有口头协议');
    expect((await refusal(mediator.mediation.issue.mutate({ kind: 'revisit_record', matterId }))).message).toContain('还没有回访记录');
    await mediator.mediation.saveRevisit.mutate({ matterId, revisitedOn: chinaDay(host.clock.now()), performed: 'full', satisfaction: 'satisfied', note: '已清理，已付款。', revisitedBy: '张调解', judicialConfirmed: true });
    const revisit = await mediator.mediation.issue.mutate({ kind: 'revisit_record', matterId });
    expect(readPdf(Buffer.from(revisit.pdfBase64, 'base64')).text).toContain(`（${year}）南大里调字第 1 号`);

    const papers = await mediator.mediation.papers.query({ matterId });
    expect(papers.map((p) => p.kind).sort()).toEqual(['mediation_agreement', 'mediation_application', 'revisit_record']);
    // Voiding the agreement unlocks the file; the next agreement takes the next number, never the old one.
    await mediator.mediation.void.mutate({ documentId: agreement.documentId, reason: '当事人姓名有误' });
    await mediator.mediation.save.mutate({ ...input, version: 1 });
    const second = await mediator.mediation.issue.mutate({ kind: 'mediation_agreement', matterId });
    expect(second.number).toBe(`（${year}）南大里调字第 2 号`);
  });

  it('registers an oral agreement on its own form', async () => {
    const matterId = await disputeAt(committeeId, mediator, 3);
    const draft = await mediator.mediation.get.query({ matterId });
    await mediator.mediation.save.mutate({ ...filled({ ...draft, matterId, version: 0 } as MediationInput), oral: true });
    expect((await refusal(mediator.mediation.issue.mutate({ kind: 'mediation_agreement', matterId }))).message).toContain('口头协议不出具协议书');
    const oral = await mediator.mediation.issue.mutate({ kind: 'oral_agreement', matterId });
    expect(oral.number).toMatch(/^KT\d{4}-000001$/);
    expect(readPdf(Buffer.from(oral.pdfBase64, 'base64')).text).toContain('口头协议内容');
  });

  it('refuses other stations, the desk, stale saves and bad input — in Chinese', async () => {
    const matterId = await disputeAt(committeeId, mediator, 4);
    const policeMatter = await disputeAt(policeId, police, 5);
    expect((await refusal(police.mediation.get.query({ matterId }))).message).toBe('这件事项不在您所在的调解委员会办理。');
    expect((await refusal(police.mediation.get.query({ matterId: policeMatter }))).message).toContain('没有派给人民调解委员会');
    expect((await refusal(clerk.mediation.get.query({ matterId }))).status).toBe(403);

    const draft = await mediator.mediation.get.query({ matterId });
    const input = filled({ ...draft, matterId, version: 0 } as MediationInput);
    await mediator.mediation.save.mutate(input);
    expect(await refusal(mediator.mediation.save.mutate(input))).toEqual({ status: 409, message: '调解卷宗已被他人修改。请刷新后核对，再保存；您填写的内容仍在表单中。' });

    // A paper that needs what the file lacks says what to fill in.
    await mediator.mediation.save.mutate({ ...input, version: 1, responsibility: '', requests: [] });
    expect((await refusal(mediator.mediation.issue.mutate({ kind: 'mediation_agreement', matterId }))).message).toContain('各方当事人的责任（人民调解法第二十九条）');
    expect((await refusal(mediator.mediation.issue.mutate({ kind: 'mediation_application', matterId }))).message).toContain('申请事项');
    expect((await refusal(mediator.mediation.issue.mutate({ kind: 'investigation_record', matterId }))).message).toContain('还没有调查记录');
    expect((await refusal(mediator.mediation.issue.mutate({ kind: 'judicial_application', matterId }))).message).toContain('不能申请司法确认');
    expect((await refusal(mediator.mediation.save.mutate({ ...input, version: 2, acceptedOn: '2099-01-01' }))).message).toContain('受理日期不能晚于调解日期');

    const one = await refusal(mediator.mediation.save.mutate({ ...input, version: 2, parties: [input.parties[0]!] }));
    expect(one.message).toContain('调解至少要有两方当事人');
    const badId = await refusal(mediator.mediation.save.mutate({ ...input, version: 1, parties: [input.parties[0]!, { kind: 'person', name: '李四', sex: '', ethnicity: '', age: null, idNumber: '140828198501011230', occupation: '', phone: '', address: '' }] }));
    expect(badId.message).toContain('校验位');
    expect((await refusal(mediator.mediation.save.mutate({ ...input, version: 1, clauses: [] }))).message).toContain('请至少写一条协议内容');
    expect((await refusal(mediator.mediation.save.mutate({ ...input, version: 1, amountYuan: -5 }))).message).toContain('金额不能为负数');
  });
});

describe('the whole 调解卷宗', () => {
  it('prints every paper of the 司法部 forms and binds them under one 卷号, with sex and age taken from the ID number', async () => {
    const matterId = await disputeAt(committeeId, mediator, 7);
    const draft = await mediator.mediation.get.query({ matterId });
    const today = chinaDay(host.clock.now());
    const year = today.slice(0, 4);
    const other = { kind: 'person' as const, name: '王二', sex: '男' as const, ethnicity: '汉族', age: 99, idNumber: nthResidentId(70, 1990), occupation: '农民', phone: '', address: '西村' };
    await mediator.mediation.save.mutate({
      ...filled({ ...draft, matterId, version: 0 } as MediationInput),
      source: 'active',
      parties: [draft.parties[0]!, other],
      participants: '村委会委员 赵明',
      investigations: [{ on: today, place: '西村', investigator: '张调解', subject: '邻居 孙大娘', participants: '', content: '问：柴草堆了多久？答：两个月。' }],
    });
    const file = await mediator.mediation.get.query({ matterId });
    // The typed sex and age (男, 99) gave way to what the ID number says: born 1990-11-06, an even 17th digit — a woman.
    expect(nthResidentId(70, 1990).slice(6, 17)).toBe('19901106000');
    expect(file.parties[1]).toMatchObject({ sex: '女', age: 36 });
    const texts: Record<string, string> = {};
    for (const kind of ['mediation_intake', 'rights_notice', 'investigation_record', 'mediation_record', 'mediation_agreement'] as const) {
      const paper = await mediator.mediation.issue.mutate({ kind, matterId });
      texts[kind] = readPdf(Buffer.from(paper.pdfBase64, 'base64')).text.replace(/\s+/g, '');
    }
    expect(texts['mediation_intake']).toContain('本人民调解委员会经当事人同意');
    expect(texts['investigation_record']).toContain('邻居孙大娘');
    expect(texts['mediation_record']).toContain('村委会委员赵明');
    // The agreement took effect today: the reminder runs 30 days (to the next working day if it ends on a rest day).
    const agreed = await mediator.mediation.get.query({ matterId });
    expect(agreed.agreementOn).toBe(today);
    expect(agreed.judicialUntil! >= addDaysPlain(today, 30)).toBe(true);
    expect(daysApart(today, agreed.judicialUntil!)).toBeLessThanOrEqual(33);
    await mediator.mediation.saveRevisit.mutate({ matterId, revisitedOn: today, performed: 'full', satisfaction: 'satisfied', note: '已履行。', revisitedBy: '张调解', judicialConfirmed: true });
    const judicial = await mediator.mediation.issue.mutate({ kind: 'judicial_application', matterId });
    expect(judicial.number).toMatch(/^QR\d{4}-000001$/);

    const bound = await mediator.mediation.issue.mutate({ kind: 'case_file', matterId });
    expect(bound.number).toMatch(/^JZ\d{4}-000001$/);
    const whole = readPdf(Buffer.from(bound.pdfBase64, 'base64')).text.replace(/\s+/g, '');
    expect(whole).toContain(`（${year}）南大里人调字第1号`);
    // 主动调解: the file opens with the 受理登记表, not an application.
    for (const piece of ['调解卷宗', '卷内目录', '人民调解受理登记表', '人民调解当事人权利义务告知书', '人民调解调查记录', '人民调解记录', '人民调解协议书', '人民调解回访记录', '司法确认申请书', '卷内备考表']) {
      expect(whole, piece).toContain(piece);
    }
    expect(whole).not.toContain('人民调解申请书');
    expect((await mediator.mediation.get.query({ matterId })).fileNumber).toBe(`（${year}）南大里人调字第 1 号`);
    expect(whole).not.toContain('证据材料');
    // Bound again later, with a picture of the IOU the party handed in: the same 卷号, a new paper, the picture on a page of its own.
    await mediator.materials.add.mutate({ matterId, caption: '借条', imageBase64: TINY_PNG_BASE64 });
    const again = await mediator.mediation.issue.mutate({ kind: 'case_file', matterId });
    expect(again.number).toMatch(/^JZ\d{4}-000002$/);
    const boundAgain = readPdf(Buffer.from(again.pdfBase64, 'base64'));
    expect(boundAgain.text.replace(/\s+/g, '')).toContain(`（${year}）南大里人调字第1号`);
    expect(boundAgain.pages).toBe(readPdf(Buffer.from(bound.pdfBase64, 'base64')).pages + 1);
    const pageTexts = boundAgain.text.split('\f');
    const contents = pageTexts[1]!.replace(/[ \t]+/g, ' ');
    expect(contents).toMatch(/证据材料 (\d+) 照片1张/);
    const page = Number(/证据材料 (\d+)/.exec(contents)![1]);
    expect(pageTexts[page + 1]).toContain('证据材料 1/1：借条');
  });
});

const addDaysPlain = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const daysApart = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

describe('one 回访 per matter', () => {
  it('the desk\'s 回访 of a mediated case asks for 履行 and writes the file; the file\'s 回访 enters the timeline', async () => {
    const matterId = await disputeAt(committeeId, mediator, 6);
    const draft = await mediator.mediation.get.query({ matterId });
    await mediator.mediation.save.mutate(filled({ ...draft, matterId, version: 0 } as MediationInput));
    let m = await mediator.matters.get.query({ id: matterId });
    expect(m.hasMediationFile).toBe(true);
    await mediator.flow.act.mutate({ matterId, version: m.version, action: 'result', result: 'mediated', note: '达成协议' });
    m = await clerk.matters.get.query({ id: matterId });
    await clerk.flow.act.mutate({ matterId, version: m.version, action: 'signOff', satisfaction: 'satisfied', note: '', revisitDue: chinaDay(host.clock.now()) });
    m = await clerk.matters.get.query({ id: matterId });

    const withoutPerformance = await refusal(clerk.flow.act.mutate({ matterId, version: m.version, action: 'revisit', satisfaction: 'satisfied', note: '电话回访' }));
    expect(withoutPerformance.message).toContain('请选择协议履行情况');
    await clerk.flow.act.mutate({ matterId, version: m.version, action: 'revisit', satisfaction: 'basically', performed: 'partial', note: '已付一半' });
    const file = await mediator.mediation.get.query({ matterId });
    expect(file.revisit).toMatchObject({ performed: 'partial', satisfaction: 'basically', note: '已付一半', revisitedBy: 'clerk1' });

    // A later 回访 in the file is the matter's too: in its timeline, with 履行.
    await mediator.mediation.saveRevisit.mutate({ matterId, revisitedOn: chinaDay(host.clock.now()), performed: 'full', satisfaction: 'satisfied', note: '余款已付清。', revisitedBy: '张调解', judicialConfirmed: false });
    const revisits = (await clerk.matters.get.query({ id: matterId })).events.filter((e) => e.action === 'revisit');
    expect(revisits.map((e) => [e.note, e.detail['performed']])).toEqual([
      ['已付一半', 'partial'],
      ['余款已付清。', 'full'],
    ]);
  });
});
