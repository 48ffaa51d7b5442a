import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../print/pdfText';
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

describe('口头协议 at the desk', () => {
  it('registers the oral agreement with the hall’s committee: the desk prints its 口头协议登记表 and the 人民调解 figures count it', async () => {
    const committee = await host.stationId('人民调解委员会');
    const oral = { committeeId: committee, otherParty: '李四', terms: '李四当场归还农具，双方不再追究。' };
    const draft = walkIn({ name: '口头', idNumber: nthResidentId(11), matters: [settled({ oralAgreement: oral })] });
    const visit = await clerk.visits.register.mutate(draft);
    expect(visit.matters[0]).toMatchObject({ status: 'signed_off', oral: true });
    // Submitted again, the answer is read back from the rows: the same, oral agreement included.
    expect({ ...(await clerk.visits.register.mutate(draft)), replayed: false }).toEqual(visit);
    const matterId = visit.matters[0]!.id;
    const paper = await clerk.mediation.issue.mutate({ kind: 'oral_agreement', matterId });
    expect(paper.number).toMatch(/^KT\d{4}-000001$/);
    const text = readPdf(Buffer.from(paper.pdfBase64, 'base64')).text;
    for (const piece of ['人民调解口头协议登记表', '口头', '李四', '李四当场归还农具，双方不再追究。', 'settle_clerk']) expect(text).toContain(piece);
    // The committee took it on and it was mediated, the same day.
    const boss = await host.newUser('settle_boss', 'supervisor', null);
    const s = await boss.statistics.table.query({ kind: 'day', day: '2026-11-23' });
    expect(s.mediationTotal).toMatchObject({ accepted: 1, mediated: 1 });
    // A settlement without one has no file: no 登记表 to print.
    const plain = await clerk.visits.register.mutate(walkIn({ name: '无协议', idNumber: nthResidentId(12), matters: [settled()] }));
    expect(plain.matters[0]!.oral).toBe(false);
    expect((await refusal(clerk.mediation.issue.mutate({ kind: 'oral_agreement', matterId: plain.matters[0]!.id }))).status).toBe(403);
  });

  it('is only for a settlement, and only with a 人民调解委员会 or 司法所', async () => {
    const register = (m: Record<string, unknown>) => clerk.visits.register.mutate(walkIn({ name: '口头', idNumber: nthResidentId(13), matters: [m as never] }));
    const committee = await host.stationId('人民调解委员会');
    const police = await host.stationId('派出所');
    const oral = { committeeId: committee, otherParty: '李四', terms: '归还农具。' };
    expect((await refusal(register({ categoryId: 2, content: '借用农具未还。', oralAgreement: oral }))).message).toContain('口头协议只在当场化解时登记');
    expect((await refusal(register(settled({ oralAgreement: { ...oral, committeeId: police } })))).message).toContain('不是人民调解委员会');
    expect((await refusal(register(settled({ oralAgreement: { ...oral, terms: '' } })))).message).toContain('请填写口头协议内容');
  });
});
