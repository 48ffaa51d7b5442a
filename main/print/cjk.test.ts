import { describe, expect, it } from 'vitest';
import { breakUnits, cjkHyphenation } from './cjk';

describe('Chinese line breaking', () => {
  it('breaks between characters', () => {
    expect(breakUnits('受理回执')).toEqual(['受', '理', '回', '执']);
    expect(cjkHyphenation('回执')).toEqual(['回', '', '执']);
  });

  it('keeps closing punctuation with the character before it and opening with the one after', () => {
    expect(breakUnits('甲方（张三）同意。')).toEqual(['甲', '方', '（张', '三）', '同', '意。']);
    expect(breakUnits('“调解”')).toEqual(['“调', '解”']);
  });

  it('leaves Latin words and numbers whole', () => {
    expect(breakUnits('SX20261127-0001')).toEqual(['SX20261127-0001']);
    expect(breakUnits('第12号')).toEqual(['第12', '号']);
  });
});
