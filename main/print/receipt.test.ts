import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectInOrder, expectWellBroken, pdfLines } from '../testing/pdfExpect';
import { pageImage, readPdf } from './pdfText';
import { renderReceipt } from './render';

const data = {
  centreName: '南大里乡综治中心',
  followUpPhone: '0359-8512345',
  number: 'HZ2026-000007',
  visitNo: 'DJ20261127-0001',
  matterCode: 'SX20261127-0001',
  visitedAt: '2026-11-27T02:30:00Z',
  visitorName: '朱镕基䶮',
  maskedId: '1408**********123X',
  categoryName: '邻里',
  content: '邻居在院墙边堆放柴草，影响通行，多次协商未果。要求对方（李四）清理柴草，并保证今后不再堆放；“协商”无果后请中心调解。'.repeat(2),
  stationName: '司法所',
  timeLimit: '30日内（至2026年12月27日）',
  counterName: '1号窗口',
  clerkName: '王丽',
  reprint: false,
};

describe('受理回执', () => {
  for (const layout of ['roll80', 'a5'] as const) {
    it(`${layout}: every field, in order, on one page, wrapped by the rules`, async () => {
      const pdf = await renderReceipt(data, layout);
      const { text, pages } = readPdf(pdf);
      expect(pages).toBe(1);
      const order = ['南大里乡综治中心', '受理回执', 'HZ2026-000007', 'DJ20261127-0001', 'SX20261127-0001', '2026-11-27 10:30', '朱镕基䶮', '1408**********123X', '邻里', '邻居在院墙边', '司法所', '30日内', '凭此码', '1号窗口', '0359-8512345', '王丽'];
      expectInOrder(text, order);
      // The content wraps over several lines, none starting with closing or ending with opening punctuation.
      const body = pdfLines(text).map((l) => l.replace(/^(诉求内容|办理时限)\s+/, ''));
      expect(body.filter((l) => l.startsWith('邻居') || l.includes('协商')).length).toBeGreaterThan(2);
      expectWellBroken(body);
      expect(pdf.length).toBeLessThan(200 * 1024);
      expect(existsSync(pageImage(pdf, `receipt-${layout}`))).toBe(true);
    });
  }

  it('says 补打 on a reprint', async () => {
    expect(readPdf(await renderReceipt({ ...data, reprint: true }, 'roll80')).text).toContain('（补打）');
  });
});
