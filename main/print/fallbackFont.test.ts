import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FALLBACK_COVERAGE, unprintableCharacters } from '../../shared/identity/printableName';
import { tempDir } from '../testing/testHost';
import { sampleMediation, sampleReceipt } from '../testing/samplePapers';
import { fallbackFontFile } from './fonts';
import { pageImage, readPdf } from './pdfText';
import { renderDocument } from './render';

/** A name in Extension B (𠇔, U+201D4) and one in Extension E (𬌗, U+2C317): Noto has neither. */
const RARE = ['王𠇔', '张𬌗'];

const fontsIn = (pdf: Buffer) => {
  const file = join(tempDir(), 'paper.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdffonts', [file], { encoding: 'utf8' });
};

describe('names beyond the basic CJK block', () => {
  it('print from the fallback font, embedded only as the glyphs used', async () => {
    // CI installs fonts-hanazono; the installer carries the file in resources/fonts.
    expect(fallbackFontFile()).not.toBeNull();
    const data = sampleMediation();
    const parties = data.parties.map((p, i) => (i < 2 ? { ...p, name: RARE[i]! } : p));
    const pdf = await renderDocument({ kind: 'mediation_agreement', data: { ...data, parties } });
    const text = readPdf(pdf).text;
    for (const name of RARE) expect(text).toContain(name);
    const fonts = fontsIn(pdf);
    expect(fonts).toMatch(/HanaMinB/);
    // Subset: the embedded fallback is a few glyphs, not the 30 MB font.
    expect(pdf.length).toBeLessThan(600_000);
    pageImage(pdf, 'rare-names');

    const receipt = await renderDocument({ kind: 'receipt', layout: 'a5', data: { ...sampleReceipt(), visitorName: RARE[0]! } });
    expect(readPdf(receipt).text).toContain(RARE[0]);
    expect(fontsIn(receipt)).toMatch(/HanaMinB/);
  });

  it('is named only for the papers that need it: an ordinary paper right after a rare name does not carry it', async () => {
    const [rare, plain] = await Promise.all([
      renderDocument({ kind: 'receipt', layout: 'a5', data: { ...sampleReceipt(), visitorName: RARE[0]! } }),
      renderDocument({ kind: 'receipt', layout: 'a5', data: { ...sampleReceipt(), visitorName: '李四' } }),
    ]);
    expect(fontsIn(rare)).toMatch(/HanaMinB/);
    expect(readPdf(plain).text).toContain('李四');
    expect(fontsIn(plain)).not.toMatch(/HanaMinB/);
  });

  it('covers exactly the ranges the desk treats as printable', () => {
    // fontkit is react-pdf's own font reader: the font's character map as the renderer sees it.
    const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(path: string): { characterSet: number[] } };
    const font = fontkit.openSync(fallbackFontFile()!);
    const supplementary = font.characterSet.filter((cp) => cp >= 0x20000).sort((a, b) => a - b);
    const ranges: [number, number][] = [];
    for (const cp of supplementary) {
      const last = ranges.at(-1);
      if (last && last[1] === cp - 1) last[1] = cp;
      else ranges.push([cp, cp]);
    }
    expect(ranges).toEqual(FALLBACK_COVERAGE);
    expect(unprintableCharacters(RARE.join(''))).toEqual([]);
  });
});
