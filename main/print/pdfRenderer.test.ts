import { afterEach, describe, expect, it } from 'vitest';
import { sampleReceipt } from '../testing/samplePapers';
import { PdfRenderer } from './pdfRenderer';
import { readPdf } from './pdfText';

describe('the rendering thread', () => {
  let renderer: PdfRenderer;
  afterEach(() => renderer.close());

  const receipt = (visitorName: string) => renderer.render({ kind: 'receipt', layout: 'roll80', data: { ...sampleReceipt(), visitorName } });

  it('is warmed once and then serves every paper on the same thread; closed, it starts again when asked', async () => {
    renderer = new PdfRenderer();
    renderer.warm();
    const [first, second] = await Promise.all([receipt('甲某'), receipt('乙某')]);
    expect(readPdf(first).text).toContain('甲某');
    expect(readPdf(second).text).toContain('乙某');
    expect(renderer.threadsStarted).toBe(1);
    await renderer.close();
    expect(readPdf(await receipt('丙某')).text).toContain('丙某');
    expect(renderer.threadsStarted).toBe(2);
  });
});
