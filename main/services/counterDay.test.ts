import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../print/pdfText';
import { nthResidentId, walkIn } from '../testing/people';
import { refusal } from '../testing/refusal';
import { startTestHost, type TestHost, type TestApi } from '../testing/testHost';

/** The rules a busy counter leans on (issue: the counter on a busy day), through the real API. */
let host: TestHost;
let clerk: TestApi;
let police: TestApi;
let justice: TestApi;
let policeId: number;
let justiceId: number;

beforeAll(async () => {
  host = await startTestHost();
  policeId = await host.stationId('派出所');
  justiceId = await host.stationId('司法所');
  await (await host.admin()).admin.createUser.mutate({ username: 'liwei', displayName: '李伟', role: 'clerk', stationId: null, password: 'Start12345' });
  const first = (await host.signIn('liwei', 'Start12345', 1)).api;
  expect(await refusal(first.auth.changePassword.mutate({ oldPassword: 'Start12345', newPassword: 'Start12345' }))).toMatchObject({ status: 400 });
  await first.auth.changePassword.mutate({ oldPassword: 'Start12345', newPassword: 'Mine123456' });
  clerk = (await host.signIn('liwei', 'Mine123456', 1)).api;
  police = await host.newUser('police1', 'station', policeId);
  justice = await host.newUser('justice1', 'station', justiceId);
});
afterAll(() => host.stop());

const textOf = (doc: { pdfBase64: string }) => readPdf(Buffer.from(doc.pdfBase64, 'base64')).text;

describe('one valid paper of a kind', () => {
  it('a matter holds one receipt: another is refused, naming it, until it is voided', async () => {
    const visit = await clerk.visits.register.mutate(walkIn({ name: '张三', idNumber: nthResidentId(1) }));
    const matterId = visit.matters[0]!.id;
    expect(await clerk.documents.standing.query({ matterId })).toEqual({ receipt: null, notice: null, referral_slip: null, call_slip: null, signoff_record: null, petition_acceptance: null, petition_extension: null, petition_opinion: null });
    const receipt = await clerk.documents.issue.mutate({ kind: 'receipt', matterId, layout: 'roll80' });
    // The paper in the visitor's hand carries the number the 日结 check counts.
    expect(textOf(receipt)).toContain(receipt.number);
    expect(await clerk.documents.standing.query({ matterId })).toMatchObject({ receipt: { documentId: receipt.documentId, number: receipt.number } });

    const second = await refusal(clerk.documents.issue.mutate({ kind: 'receipt', matterId, layout: 'roll80' }));
    expect(second).toEqual({ status: 409, message: `本事项已有有效的受理回执 ${receipt.number}。再给一份请用“补打”；需要新编号，请先在“打印”页作废原受理回执。` });
    await clerk.documents.void.mutate({ documentId: receipt.documentId, reason: '打印机卡纸' });
    const renewed = await clerk.documents.issue.mutate({ kind: 'receipt', matterId, layout: 'roll80' });
    expect(renewed.number).not.toBe(receipt.number);
  });

  it('a declined matter holds one notice; a referral one slip, and a new referral its own', async () => {
    const declined = await clerk.visits.register.mutate(
      walkIn({ name: '王五', idNumber: nthResidentId(2), matters: [{ categoryId: 16, content: '要求撤销判决', decision: 'decline', declineReason: '诉讼事项', declineChannel: '申请再审' }] }),
    );
    const notice = await clerk.documents.issue.mutate({ kind: 'notice', matterId: declined.matters[0]!.id });
    expect((await refusal(clerk.documents.issue.mutate({ kind: 'notice', matterId: declined.matters[0]!.id }))).message).toContain(notice.number);

    const visit = await clerk.visits.register.mutate(walkIn({ name: '赵六', idNumber: nthResidentId(3) }));
    const matterId = visit.matters[0]!.id;
    await clerk.flow.act.mutate({ matterId, version: 0, action: 'refer', stationId: policeId, helperStationIds: [] });
    const slip = await clerk.documents.issue.mutate({ kind: 'referral_slip', matterId });
    expect((await refusal(clerk.documents.issue.mutate({ kind: 'referral_slip', matterId }))).message).toContain(slip.number);
    // The police return it; the centre refers it to the justice office: that referral gets its own slip.
    let m = await police.matters.get.query({ id: matterId });
    await police.flow.act.mutate({ matterId, version: m.version, action: 'return', note: '不属于本单位职责' });
    m = await clerk.matters.get.query({ id: matterId });
    await clerk.flow.act.mutate({ matterId, version: m.version, action: 'refer', stationId: justiceId, helperStationIds: [] });
    expect(await clerk.documents.standing.query({ matterId })).toMatchObject({ referral_slip: null });
    const next = await clerk.documents.issue.mutate({ kind: 'referral_slip', matterId });
    expect(next.number).not.toBe(slip.number);
  });
});

describe('the 派单单 and the matter show who is behind them', () => {
  it('names the one who referred as 派单人, not the one who printed; a 集体访 shows its headcount and representatives', async () => {
    const visit = await clerk.visits.register.mutate(
      walkIn({
        name: '刘建军',
        idNumber: nthResidentId(4),
        headcount: 12,
        persons: [
          { name: '刘建军', idType: 'resident', idNumber: nthResidentId(4), phone: '13800004444' },
          { name: '陈桂兰', idType: 'resident', idNumber: nthResidentId(5) },
          { name: '马国强', idType: 'resident', idNumber: nthResidentId(6) },
        ],
      }),
    );
    const matterId = visit.matters[0]!.id;
    await clerk.flow.act.mutate({ matterId, version: 0, action: 'refer', stationId: justiceId, helperStationIds: [] });
    const admin = await host.admin();
    const slip = textOf(await admin.documents.issue.mutate({ kind: 'referral_slip', matterId }));
    expect(slip).toMatch(/派单人\s+李伟/);
    expect(slip).not.toContain('系统管理员');
    expect(slip).toContain('共 12 人；代表：刘建军、陈桂兰、马国强');

    const m = await justice.matters.get.query({ id: matterId });
    expect(m).toMatchObject({ headcount: 12, representatives: ['刘建军', '陈桂兰', '马国强'] });
    const queued = (await justice.flow.queue.query({ tab: 'incoming', stationId: null })).find((r) => r.id === matterId);
    expect(queued).toMatchObject({ id: matterId, headcount: 12, supervised: false, openDays: 0 });
  });

  it('a long matter prints a summary on the receipt, the whole text stays in the registration', async () => {
    const content = '村民反映：'.concat('邻居在院墙边堆放柴草，影响通行，多次协商未果。'.repeat(60));
    const visit = await clerk.visits.register.mutate(walkIn({ name: '孙八', idNumber: nthResidentId(7), matters: [{ categoryId: 2, content }] }));
    const receipt = textOf(await clerk.documents.issue.mutate({ kind: 'receipt', matterId: visit.matters[0]!.id, layout: 'roll80' })).replace(/\s/g, '');
    expect(receipt).toContain('……（详见登记）');
    expect(receipt.length).toBeLessThan(content.length / 2);
    expect((await clerk.matters.get.query({ id: visit.matters[0]!.id })).content).toBe(content);
  });
});

describe('the whole phone of a matter', () => {
  it('the lead station sees it while handling, each look audited; a station it is not referred to does not', async () => {
    const visit = await clerk.visits.register.mutate(walkIn({ name: '周九', idNumber: nthResidentId(8), phone: '13912345678' }));
    const matterId = visit.matters[0]!.id;
    await clerk.flow.act.mutate({ matterId, version: 0, action: 'refer', stationId: policeId, helperStationIds: [justiceId] });
    const asPolice = await police.matters.get.query({ id: matterId });
    expect(asPolice.visitor.maskedPhone).toBe('139****5678');
    expect(asPolice.phoneRevealable).toBe(true);
    expect(await police.matters.revealPhone.mutate({ matterId })).toEqual({ phone: '13912345678' });
    // The helping station opens the matter but does not call the visitor.
    expect((await justice.matters.get.query({ id: matterId })).phoneRevealable).toBe(false);
    expect((await refusal(justice.matters.revealPhone.mutate({ matterId }))).status).toBe(403);
    const audit = await host.services.db.selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'visitor.reveal_phone').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail)).toEqual({ matterId });
  });
});

describe('the paper check and closed days', () => {
  it('flags a declined matter whose notice was voided and never issued again; a closed day offers no 作废 to the clerk', async () => {
    const declined = await clerk.visits.register.mutate(
      walkIn({ name: '吴十', idNumber: nthResidentId(9), matters: [{ categoryId: 16, content: '要求撤销判决', decision: 'decline', declineReason: '诉讼事项', declineChannel: '申请再审' }] }),
    );
    const matterId = declined.matters[0]!.id;
    const notice = await clerk.documents.issue.mutate({ kind: 'notice', matterId });
    await clerk.documents.void.mutate({ documentId: notice.documentId, reason: '理由写错' });
    const sheet = await clerk.dayClose.sheet.query({});
    const flagged = sheet.reconciliation.discrepancies.find((d) => d.item === `no_notice:${matterId}`);
    expect(flagged).toMatchObject({ type: 'no_notice', subject: declined.matters[0]!.code, documentKind: 'notice' });
    const again = await clerk.documents.issue.mutate({ kind: 'notice', matterId });
    expect((await clerk.dayClose.sheet.query({})).reconciliation.discrepancies.find((d) => d.item === `no_notice:${matterId}`)).toBeUndefined();

    expect((await clerk.documents.ofDay.query({ day: null })).find((d) => d.id === again.documentId)!.voidable).toBe(true);
    for (const d of (await clerk.dayClose.sheet.query({})).reconciliation.discrepancies) if (d.explanation === null) await clerk.dayClose.explain.mutate({ day: sheet.day, item: d.item, note: '测试' });
    await clerk.dayClose.close.mutate({ day: sheet.day });
    const papers = await clerk.documents.ofDay.query({ day: null });
    expect(papers.filter((d) => d.voidable)).toEqual([]);
    const supervisor = await host.newUser('boss1', 'supervisor', null);
    expect((await supervisor.documents.ofDay.query({ day: null })).find((d) => d.id === again.documentId)!.voidable).toBe(true);
  });
});
