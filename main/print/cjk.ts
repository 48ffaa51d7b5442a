/**
 * Chinese line breaking for react-pdf, which breaks only at spaces and hyphenation points. Every
 * CJK character becomes a break unit, and the usual rules (禁则) hold: no line starts with closing
 * punctuation, no line ends with opening punctuation. Units are separated by empty strings, which
 * react-pdf joins without a hyphen.
 */
export const NO_LINE_START = '，。、；：？！）」』”’》〉】〕…—·,.;:?!)]}%';
export const NO_LINE_END = '（「『“‘《〈【〔([{';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u{20000}-\u{3ffff}]/u;

/** Splits a word into units that may stand at the end of a line. */
export function breakUnits(word: string): string[] {
  const chars = [...word];
  if (!chars.some((c) => CJK.test(c) || NO_LINE_START.includes(c) || NO_LINE_END.includes(c))) return [word];
  const units: string[] = [];
  let pendingOpen = '';
  for (const c of chars) {
    if (NO_LINE_START.includes(c) && units.length > 0) {
      units[units.length - 1] += pendingOpen + c;
      pendingOpen = '';
    } else if (NO_LINE_END.includes(c)) {
      pendingOpen += c;
    } else if (CJK.test(c) || units.length === 0) {
      units.push(pendingOpen + c);
      pendingOpen = '';
    } else {
      // Latin letters and digits inside Chinese text stay together with the unit before them.
      units[units.length - 1] += pendingOpen + c;
      pendingOpen = '';
    }
  }
  if (pendingOpen) units.push(pendingOpen);
  return units;
}

/** react-pdf's hyphenation callback: units joined by empty strings (no "-" at a break). */
export function cjkHyphenation(word: string): string[] {
  const units = breakUnits(word);
  if (units.length === 1) return units;
  return units.flatMap((u, i) => (i === units.length - 1 ? [u] : [u, '']));
}
