/**
 * What the papers can print of the supplementary planes besides Noto Serif/Sans SC: the ranges of the
 * shipped fallback font, 花園明朝B (HanaMinB 2017) — CJK Extensions B to F as Unicode 10 encodes them.
 * Measured from the font's character map; `main/print/fallbackFont.test.ts` checks them against it.
 */
export const FALLBACK_COVERAGE: ReadonlyArray<readonly [number, number]> = [
  [0x20000, 0x2a6d6],
  [0x2a700, 0x2b734],
  [0x2b740, 0x2b81d],
  [0x2b820, 0x2cea1],
  [0x2ceb0, 0x2ebe0],
];

const covered = (cp: number) => FALLBACK_COVERAGE.some(([from, to]) => cp >= from && cp <= to);

/** The same ranges as one character class: the papers search whole jobs with it, pictures included. */
const FALLBACK_CHARACTER = new RegExp(`[${FALLBACK_COVERAGE.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('')}]`, 'u');

/** Whether any character of the text is one only the fallback font prints. */
export function needsFallbackFont(text: string): boolean {
  return FALLBACK_CHARACTER.test(text);
}

/**
 * Characters no print font carries: CJK Extension G and later, the compatibility supplement, and the
 * private-use planes. A name with one of them needs a hand-written correction on every printed paper,
 * and the clerk should know before printing.
 */
export function unprintableCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x20000 && !covered(cp)) || (cp >= 0xe000 && cp <= 0xf8ff)) found.add(ch);
  }
  return [...found];
}
