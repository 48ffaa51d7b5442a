import { pinyin } from 'pinyin-pro';

/**
 * Search keys of a Chinese name, so clerks can type `zs` or `zhangsan` for 张三. Surnames are read
 * as surnames (单 is shan, 曾 is zeng). Characters without a reading are left out.
 */
export function nameKeys(name: string): { pinyin: string; initials: string } {
  return keys(name, 'head');
}

/** Search keys of an ordinary word, e.g. a 诉求类别 (`ljjf` for 邻里纠纷): no surname readings. */
export function wordKeys(word: string): { pinyin: string; initials: string } {
  return keys(word, 'off');
}

function keys(text: string, surname: 'head' | 'off'): { pinyin: string; initials: string } {
  const han = text.replace(/[^\u3400-\u9fff\u{20000}-\u{3ffff}]/gu, '');
  const syllables = pinyin(han, { toneType: 'none', type: 'array', surname, v: true }).filter((s) => /^[a-z]+$/.test(s));
  return { pinyin: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}
