import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageImage, readPdf } from '../../print/pdfText';
import { nthResidentId, walkIn } from '../../testing/people';
import { takeStep } from '../../testing/flowStep';
import { refusal } from '../../testing/refusal';
import { startTestHost, type TestApi, type TestHost } from '../../testing/testHost';

let host: TestHost;
let clerk: TestApi;
let boss: TestApi;
let petitions: TestApi;

beforeAll(async () => {
  host = await startTestHost();
  clerk = await host.newUser('xf_clerk', 'clerk', null);
  boss = await host.newUser('xf_boss', 'supervisor', null);
  petitions = await host.newUser('xf_staff', 'station', await host.stationId('信访接待室'));
});
afterAll(() => host.stop());

const textOf = (doc: { pdfBase64: string }) => readPdf(Buffer.from(doc.pdfBase64, 'base64')).text.replace(/\s+/g, '');

const step = (api: TestApi, matterId: number, s: Record<string, unknown>) => takeStep(clerk, api, matterId, s);

describe('信访 papers', () => {
  it('tells acceptance within 15 days, the extension with its reason, and the answer with the right to 复查 and 复核', async () => {
    const visit = await clerk.visits.register.mutate(walkIn({ name: '周信访', idNumber: nthResidentId(1), matters: [{ categoryId: 16, content: '反映低保评定不公，要求重新评定。' }] }));
    const matterId = visit.matters[0]!.id;
    // Registered on 23 November 2026: told by 8 December, a Tuesday.
    expect((await clerk.matters.get.query({ id: matterId })).petitionNoticeDue).toBe('2026-12-08');

    const accepted = await clerk.documents.issue.mutate({ kind: 'petition_acceptance', matterId });
    expect(accepted.number).toMatch(/^XS\d{4}-000001$/);
    for (const piece of ['信访事项受理告知书', '周信访：', '反映低保评定不公', '符合受理条件', '依法予以受理', '六十日内办结', '60日内，至2027年1月22日（暂定）', '延长期限不超过三十日', '特此告知']) expect(textOf(accepted), piece).toContain(piece);
    // One valid paper per matter: another copy is a 补打 of the same number.
    expect((await refusal(clerk.documents.issue.mutate({ kind: 'petition_acceptance', matterId }))).message).toContain(accepted.number);

    expect((await refusal(clerk.documents.issue.mutate({ kind: 'petition_extension', matterId }))).message).toContain('没有延长过');
    await step(clerk, matterId, { action: 'refer', stationId: await host.stationId('信访接待室'), helperStationIds: [] });
    await step(petitions, matterId, { action: 'receive' });
    await step(boss, matterId, { action: 'extend', days: 30, note: '涉及民政、村委会多部门核查' });
    const extended = await clerk.documents.issue.mutate({ kind: 'petition_extension', matterId });
    for (const piece of ['信访事项延期办理告知书', '原定于2027年1月22日（暂定）前办结', '因涉及民政、村委会多部门核查', '经本机关负责人批准', '办理期限延长30日', '至2027年2月22日（暂定）前办结']) expect(textOf(extended), piece).toContain(piece);

    expect((await refusal(clerk.documents.issue.mutate({ kind: 'petition_opinion', matterId }))).message).toContain('还没有报告办理结果');
    await step(petitions, matterId, { action: 'result', result: 'answered', note: '经复核，其家庭收入超过低保标准，维持原评定；已告知可申请临时救助。' });
    const opinion = await clerk.documents.issue.mutate({ kind: 'petition_opinion', matterId });
    expect(opinion.number).toMatch(/^XC\d{4}-000001$/);
    pageImage(Buffer.from(opinion.pdfBase64, 'base64'), 'petition-opinion');
    for (const piece of ['信访事项处理意见书', '交由信访接待室办理', '办理结果：已答复', '维持原评定', '自收到本意见书之日起三十日内', '请求复查', '复查意见', '请求复核']) expect(textOf(opinion), piece).toContain(piece);
  });

  it('refuses the 信访 papers for other kinds of matter and for a declined demand, in Chinese', async () => {
    const dispute = (await clerk.visits.register.mutate(walkIn({ name: '邻里甲', idNumber: nthResidentId(2) }))).matters[0]!.id;
    expect(await refusal(clerk.documents.issue.mutate({ kind: 'petition_acceptance', matterId: dispute }))).toEqual({ status: 400, message: '只有信访事项才出具信访文书。' });
    expect((await clerk.matters.get.query({ id: dispute })).petitionNoticeDue).toBeNull();
    const declined = (await clerk.visits.register.mutate(walkIn({ name: '不受理', idNumber: nthResidentId(3), matters: [{ categoryId: 16, content: '要求撤销判决', decision: 'decline', declineReason: '诉讼事项', declineChannel: '申请再审' }] }))).matters[0]!.id;
    expect((await refusal(clerk.documents.issue.mutate({ kind: 'petition_acceptance', matterId: declined }))).message).toContain('不予受理告知书');
    expect((await refusal(petitions.documents.issue.mutate({ kind: 'petition_acceptance', matterId: dispute }))).status).toBe(403);
  });
});
