import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../print/pdfText';
import { nthResidentId, walkIn } from '../testing/people';
import { ensureTestQueue, printedOutput, TEST_QUEUE } from '../testing/cupsQueue';
import { refusal } from '../testing/refusal';
import { startTestHost, TEST_ADMIN, type TestHost, type TestApi } from '../testing/testHost';

let host: TestHost;
let api: TestApi;
beforeAll(async () => {
  host = await startTestHost();
  api = (await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password, 1)).api;
});
afterAll(() => host.stop());

describe('receipts and the paper trail', () => {
  it('numbers a receipt, keeps its PDF with its hash, and counts a reprint', async () => {
    const visit = await api.visits.register.mutate(walkIn({ name: '张三', idNumber: nthResidentId(1) }));
    const matterId = visit.matters[0]!.id;
    const first = await api.documents.issue.mutate({ kind: 'receipt', matterId, layout: 'roll80' });
    expect(first.number).toMatch(/^HZ\d{4}-000001$/);
    const pdf = Buffer.from(first.pdfBase64, 'base64');
    const { text } = readPdf(pdf);
    expect(text).toContain(visit.matters[0]!.code);
    expect(text).toContain('1号窗口');
    const row = await host.services.db.selectFrom('document').selectAll().where('id', '=', first.documentId).executeTakeFirstOrThrow();
    expect(row.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(readFileSync(join(host.dataDir, 'documents', row.file!))).toEqual(pdf);

    const again = await api.documents.printAgain.mutate({ documentId: first.documentId });
    expect(again.number).toBe(first.number);
    expect(readPdf(Buffer.from(again.pdfBase64, 'base64')).text).toContain('（补打）');
    const [listed] = await api.documents.ofDay.query({ day: null });
    expect(listed).toMatchObject({ number: first.number, prints: 2, reprints: 1, status: 'issued' });
  });

  it('voids with a reason, keeps the number, and refuses to reprint a void', async () => {
    const visit = await api.visits.register.mutate(walkIn({ name: '李四', idNumber: nthResidentId(2) }));
    const doc = await api.documents.issue.mutate({ kind: 'receipt', matterId: visit.matters[0]!.id, layout: 'a5' });
    expect((await refusal(api.documents.void.mutate({ documentId: doc.documentId, reason: '' }))).message).toContain('请填写作废原因');
    await api.documents.void.mutate({ documentId: doc.documentId, reason: '打印机卡纸，回执残缺' });
    expect(await refusal(api.documents.printAgain.mutate({ documentId: doc.documentId }))).toEqual({ status: 409, message: '该文书已作废，不能补打。' });
    const listed = (await api.documents.ofDay.query({ day: null })).find((d) => d.id === doc.documentId);
    expect(listed).toMatchObject({ status: 'voided', voidReason: '打印机卡纸，回执残缺' });
    // The next receipt takes the next number: a void never frees its number.
    const next = await api.documents.issue.mutate({ kind: 'receipt', matterId: visit.matters[0]!.id, layout: 'a5' });
    expect(Number(next.number.slice(-6))).toBe(Number(doc.number.slice(-6)) + 1);
  });

  it('gives no receipt for a declined matter', async () => {
    const visit = await api.visits.register.mutate(
      walkIn({ name: '王五', idNumber: nthResidentId(3), matters: [{ categoryId: 16, content: '要求撤销判决', decision: 'decline', declineReason: '诉讼事项', declineChannel: '申请再审' }] }),
    );
    expect((await refusal(api.documents.issue.mutate({ kind: 'receipt', matterId: visit.matters[0]!.id, layout: 'a5' }))).message).toContain('不予受理告知书');
  });
});

describe('the other papers of a matter', () => {
  it('prints a 不予受理告知书 for a declined matter only, and a 派单单 once referred', async () => {
    const declined = await api.visits.register.mutate(
      walkIn({ name: '赵六', idNumber: nthResidentId(4), matters: [{ categoryId: 16, content: '要求撤销判决', decision: 'decline', declineReason: '该诉求属于诉讼程序事项', declineChannel: '向上级人民法院申请再审' }] }),
    );
    const notice = await api.documents.issue.mutate({ kind: 'notice', matterId: declined.matters[0]!.id });
    expect(notice.number).toMatch(/^BS\d{4}-000001$/);
    const noticeText = readPdf(Buffer.from(notice.pdfBase64, 'base64')).text;
    expect(noticeText).toContain('向上级人民法院申请再审');
    expect(noticeText).toContain(notice.number);

    const accepted = await api.visits.register.mutate(walkIn({ name: '钱七', idNumber: nthResidentId(5) }));
    const matterId = accepted.matters[0]!.id;
    expect((await refusal(api.documents.issue.mutate({ kind: 'notice', matterId }))).message).toBe('只有不予受理的事项才出具不予受理告知书。');
    expect((await refusal(api.documents.issue.mutate({ kind: 'referral_slip', matterId }))).message).toContain('尚未派单');
    const stations = await api.reference.stations.query();
    await api.flow.act.mutate({ matterId, version: 0, action: 'refer', stationId: stations[2]!.id, helperStationIds: [] });
    const slip = await api.documents.issue.mutate({ kind: 'referral_slip', matterId });
    expect(slip.number).toMatch(/^PD\d{4}-000001$/);
    const slipText = readPdf(Buffer.from(slip.pdfBase64, 'base64')).text;
    expect(slipText).toContain(stations[2]!.name);
    expect(slipText).toContain(slip.number);
  });
});

describe("the counter's printers", () => {
  /** Sets counter 1's receipt printer (and leaves its A4 printer empty). */
  async function useReceiptPrinter(printer: string) {
    const [counter] = await api.admin.counters.query();
    await api.admin.updateCounter.mutate({ id: counter!.id, name: counter!.name, active: true, receiptPrinter: printer, a4Printer: '' });
  }
  afterAll(() => useReceiptPrinter(''));

  it('lists the system printers for 设置', async () => {
    ensureTestQueue();
    expect(await api.admin.printers.query()).toContain(TEST_QUEUE);
  });

  it('sends a receipt to the counter printer, and the paper comes out of the real queue', async () => {
    ensureTestQueue();
    await useReceiptPrinter(TEST_QUEUE);
    const visit = await api.visits.register.mutate(walkIn({ name: '孙八', idNumber: nthResidentId(6) }));
    const since = Date.now() - 1000;
    const doc = await api.documents.issue.mutate({ kind: 'receipt', matterId: visit.matters[0]!.id, layout: 'a5' });
    expect(doc).toMatchObject({ printer: TEST_QUEUE, printError: null, copies: 1 });
    expect(readPdf(await printedOutput(since, doc.number)).pages).toBe(1);
    const print = await host.services.db.selectFrom('document_print').selectAll().where('document_id', '=', doc.documentId).executeTakeFirstOrThrow();
    expect(print).toMatchObject({ printer: TEST_QUEUE, copies: 1, reprint: 0 });
  });

  it('a missing printer never blocks intake: the paper is kept, waits with the reason, and prints later', async () => {
    await useReceiptPrinter('已拆走的打印机');
    const visit = await api.visits.register.mutate(walkIn({ name: '周九', idNumber: nthResidentId(7) }));
    const doc = await api.documents.issue.mutate({ kind: 'receipt', matterId: visit.matters[0]!.id, layout: 'roll80' });
    expect(doc.printer).toBe('已拆走的打印机');
    expect(doc.printError).toContain('找不到打印机“已拆走的打印机”');
    let listed = (await api.documents.ofDay.query({ day: null })).find((d) => d.id === doc.documentId)!;
    expect(listed).toMatchObject({ prints: 0, reprints: 0, status: 'issued' });
    expect(listed.printError).toContain('文书已保存');

    // The clerk prints it at the window instead: a first print, not a 补打.
    const here = await api.documents.printAgain.mutate({ documentId: doc.documentId, route: 'window' });
    expect(here).toMatchObject({ printer: null, printError: null });
    expect(readPdf(Buffer.from(here.pdfBase64, 'base64')).text).not.toContain('补打');
    listed = (await api.documents.ofDay.query({ day: null })).find((d) => d.id === doc.documentId)!;
    expect(listed).toMatchObject({ prints: 1, reprints: 0, printError: '' });
    const again = await api.documents.printAgain.mutate({ documentId: doc.documentId, route: 'window' });
    expect(readPdf(Buffer.from(again.pdfBase64, 'base64')).text).toContain('（补打）');
  });

  it('refuses a printer name with control characters, in Chinese', async () => {
    const [counter] = await api.admin.counters.query();
    const refused = await refusal(api.admin.updateCounter.mutate({ id: counter!.id, name: counter!.name, active: true, receiptPrinter: 'a\u0007b', a4Printer: '' }));
    expect(refused.status).toBe(400);
    expect(refused.message).toContain('回执打印机含有不可见的控制字符');
  });
});
