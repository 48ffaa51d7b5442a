import { describe, expect, it } from 'vitest';
import { expectInOrder, expectWellBroken, pdfLines } from '../testing/pdfExpect';
import { pageImage, readPdf } from './pdfText';
import { renderDocument } from './render';

describe('A4 papers (GB/T 9704 margins)', () => {
  it('不予受理告知书 states the reason and the channel, dated in words', async () => {
    const pdf = await renderDocument({
      kind: 'notice',
      data: {
        centreName: '南大里乡综治中心',
        number: 'BS2026-000001',
        visitorName: '张三',
        visitedDate: '2026年11月27日',
        content: '要求撤销县人民法院（2025）晋0828民初123号民事判决。',
        reason: '该诉求属于人民法院诉讼程序处理的事项，不属于本中心受理范围',
        channel: '依照《中华人民共和国民事诉讼法》向上级人民法院申请再审',
        issuedDate: '2026年11月27日',
        reprint: false,
      },
    });
    const { text, pages } = readPdf(pdf);
    expect(pages).toBe(1);
    expectInOrder(text, ['不予受理告知书', 'BS2026-000001', '张三：', '要求撤销', '经审查', '不予受理', '建议您', '特此告知', '南大里乡综治中心', '2026年11月27日']);
    expectWellBroken(pdfLines(text));
    pageImage(pdf, 'notice');
  });

  it('派单单 keeps its tear-off return slip whole', async () => {
    const pdf = await renderDocument({
      kind: 'referral_slip',
      data: {
        centreName: '南大里乡综治中心',
        number: 'PD2026-000001',
        matterCode: 'SX20261127-0001',
        visitorName: '张三',
        visitorPhone: '138****1234',
        categoryName: '邻里',
        content: '邻居在院墙边堆放柴草，影响通行，多次协商未果。'.repeat(3),
        stationName: '司法所',
        helperStationNames: ['派出所'],
        referredDate: '2026年11月27日',
        deadlineDate: '2026年12月27日',
        referredBy: '王丽',
        collective: { headcount: 8, representatives: ['张三', '李四', '王五'] },
        reprint: true,
      },
    });
    const { text, pages } = readPdf(pdf);
    expect(pages).toBe(1);
    expectInOrder(text, ['派单单', 'PD2026-000001（补打）', 'SX20261127-0001', '集体访', '共 8 人', '张三、李四、王五', '司法所', '派出所', '2026年12月27日', '王丽', '沿此线剪下', '派单回执', '承办人（签名）']);
    expectWellBroken(pdfLines(text));
    pageImage(pdf, 'referral-slip');
  });

  it('派单单 with a very long content flows on, the return slip whole on the last page', async () => {
    const long = '邻居在院墙边堆放柴草，影响通行，多次协商未果。'.repeat(30);
    const pdf = await renderDocument({
      kind: 'referral_slip',
      data: { centreName: '中心', number: 'PD2026-000002', matterCode: 'SX1', visitorName: '张三', visitorPhone: '', categoryName: '邻里', content: long, stationName: '司法所', helperStationNames: [], referredDate: '2026年11月27日', deadlineDate: '2026年12月27日', referredBy: '王丽', collective: null, reprint: false },
    });
    const { text, pages } = readPdf(pdf);
    expect(pages).toBeGreaterThan(1);
    const lastPage = text.split('\f').filter((p) => p.trim()).at(-1)!;
    expect(lastPage).toContain('派单回执');
    expect(lastPage).toContain('承办人（签名）');
  });
});
