import { Font } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { sampleMediation, sampleReceipt } from '../testing/samplePapers';
import { readPdf } from './pdfText';
import { renderDocument } from './render';

/** The fallback font's data as react-pdf holds it: null until some paper made it read the file. */
const fallbackRead = () => Font.getFont({ fontFamily: 'HanaMinB', fontWeight: 400 }).data !== null;

describe('the fallback font', () => {
  it('is not read for ordinary papers, only for the first one with a name in CJK Extension B–F', async () => {
    await renderDocument({ kind: 'receipt', layout: 'roll80', data: sampleReceipt() });
    await renderDocument({ kind: 'mediation_agreement', data: sampleMediation() });
    expect(fallbackRead()).toBe(false);
    const rare = await renderDocument({ kind: 'receipt', layout: 'roll80', data: { ...sampleReceipt(), visitorName: '王𠇔' } });
    expect(readPdf(rare).text).toContain('王𠇔');
    expect(fallbackRead()).toBe(true);
  });
});
