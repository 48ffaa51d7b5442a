/**
 * Characters the print fonts (Noto Serif/Sans SC) do not carry: CJK Extension B and beyond sit in
 * the supplementary planes, as do the private-use planes. A name with one of them needs a
 * hand-written correction on every printed paper, and the clerk should know before printing.
 */
export function unprintableCharacters(text: string): string[] {
  const found = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x20000 || (cp >= 0xe000 && cp <= 0xf8ff)) found.add(ch);
  }
  return [...found];
}
