import { pinyin } from 'pinyin-pro';

/**
 * Search keys of a Chinese name, so clerks can type `zs` or `zhangsan` for 张三. Surnames are read
 * as surnames (单 is shan, 曾 is zeng). Characters without a reading are left out.
 */
export function nameKeys(name: string): { pinyin: string; initials: string } {
  const han = name.replace(/[^\u3400-\u9fff\u{20000}-\u{3ffff}]/gu, '');
  const syllables = pinyin(han, { toneType: 'none', type: 'array', surname: 'head', v: true }).filter((s) => /^[a-z]+$/.test(s));
  return { pinyin: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}
