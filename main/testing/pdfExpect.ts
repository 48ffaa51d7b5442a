import { expect } from 'vitest';
import { NO_LINE_END, NO_LINE_START } from '../print/cjk';

/** The lines of a PDF's text, without the layout's leading spaces. */
export const pdfLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

/** Each piece appears after the one before it. */
export function expectInOrder(text: string, pieces: string[]): void {
  let at = -1;
  for (const piece of pieces) {
    const found = text.indexOf(piece, at + 1);
    expect(found, piece).toBeGreaterThan(at);
    at = found;
  }
}

/** No line starts with closing or ends with opening punctuation, and none ends in a stray hyphen. */
export function expectWellBroken(lines: string[]): void {
  for (const l of lines) {
    expect(NO_LINE_START.includes(l[0]!), l).toBe(false);
    expect(NO_LINE_END.includes(l.at(-1)!), l).toBe(false);
    expect(l.endsWith('-') && !/\d-$/.test(l), `stray hyphen: ${l}`).toBe(false);
  }
}
