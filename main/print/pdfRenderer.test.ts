import { afterEach, describe, expect, it } from 'vitest';
import { sampleReceipt } from '../testing/samplePapers';
import { PdfRenderer } from './pdfRenderer';
import { readPdf } from './pdfText';

describe('the rendering thread', () => {
  let renderer: PdfRenderer;
  afterEach(() => renderer.close());

  const receipt = (visitorName: string) => renderer.render({ kind: 'receipt', layout: 'roll80', data: { ...sampleReceipt(), visitorName } });

  it('is warmed once and then serves the papers; a worn one is replaced by a fresh thread that prints the same', async () => {
    renderer = new PdfRenderer(4);
    renderer.warm(); // two warm-up papers
    expect(readPdf(await receipt('甲某')).text).toContain('甲某');
    expect(renderer.threadsStarted).toBe(1);
    expect(readPdf(await receipt('乙某')).text).toContain('乙某'); // the fourth paper: replaced once idle
    expect(renderer.threadsStarted).toBe(2);
    const [third, fourth] = await Promise.all([receipt('丙某'), receipt('丁某')]);
    expect(readPdf(third).text).toContain('丙某');
    expect(readPdf(fourth).text).toContain('丁某');
  });
});
