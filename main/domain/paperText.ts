/** How long a receipt's 诉求内容 may run before it is cut to a summary. */
export const RECEIPT_CONTENT_MAX = 200;

/**
 * A receipt carries a summary of a long matter, not all of it: 2,000 characters on an 80 mm roll
 * would be most of a metre of paper. The whole text stays in the registration ("详见登记").
 * Cut on a code point, never inside a surrogate pair (names and places use Extension B).
 */
export function receiptSummary(content: string, max = RECEIPT_CONTENT_MAX): string {
  const chars = Array.from(content.trim());
  if (chars.length <= max) return content.trim();
  return `${chars.slice(0, max).join('').trimEnd()}……（详见登记）`;
}
