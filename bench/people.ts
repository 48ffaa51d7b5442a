import { idCheckCharacter } from '../shared/identity/idNumber';
import type { Random } from './random';

/** The sixty commonest surnames with their approximate shares (per mille) of the population. */
const SURNAMES: [string, number][] = [
  ['王', 71], ['李', 70], ['张', 67], ['刘', 54], ['陈', 45], ['杨', 31], ['黄', 22], ['赵', 20], ['吴', 19], ['周', 19],
  ['徐', 15], ['孙', 15], ['马', 13], ['朱', 12], ['胡', 11], ['郭', 11], ['何', 10], ['高', 9], ['林', 9], ['罗', 9],
  ['郑', 8], ['梁', 8], ['谢', 7], ['宋', 6], ['唐', 6], ['许', 6], ['韩', 6], ['冯', 6], ['邓', 5], ['曹', 5],
  ['彭', 5], ['曾', 5], ['肖', 5], ['田', 4], ['董', 4], ['袁', 4], ['潘', 4], ['于', 4], ['蒋', 4], ['蔡', 4],
  ['余', 4], ['杜', 4], ['叶', 4], ['程', 4], ['苏', 3], ['魏', 3], ['吕', 3], ['丁', 3], ['任', 3], ['沈', 3],
  ['姚', 3], ['卢', 3], ['姜', 3], ['崔', 3], ['钟', 3], ['谭', 3], ['陆', 3], ['汪', 3], ['范', 3], ['金', 3],
];
const SURNAME_NAMES = SURNAMES.map(([s]) => s);
const SURNAME_CUMULATIVE = SURNAMES.reduce<number[]>((acc, [, w]) => [...acc, (acc.at(-1) ?? 0) + w], []);

const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红梅建国建华志强海燕雪梅丽娟晓东文斌春花小红永刚国强玉兰金凤秀珍德明俊杰子涵浩然欣怡宇轩梓涵一诺思远佳怡雨泽博文嘉怡晨阳'];

/** Counties of 运城 and a few others, as ID numbers of walk-ins at a 夏县 centre would show. */
const COUNTIES = ['140828', '140828', '140828', '140828', '140802', '140821', '140822', '140823', '140824', '140825', '140826', '140827', '140829', '140830', '140881', '140882', '142701', '410102', '610112'];

export function chineseName(r: Random): string {
  const given = r.next() < 0.7 ? r.pick(GIVEN) + r.pick(GIVEN) : r.pick(GIVEN);
  return r.weighted(SURNAME_NAMES, SURNAME_CUMULATIVE) + given;
}

/** A valid 18-digit resident ID, born between 1935 and 2006 but never in 1990 (kept for new registrations). */
export function residentIdNumber(r: Random): { idNumber: string; sex: 'M' | 'F'; birthDate: string } {
  let y = r.int(1935, 2006);
  if (y === 1990) y = 1991;
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const seq = r.int(0, 999);
  const birth = `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
  const first17 = `${r.pick(COUNTIES)}${birth}${String(seq).padStart(3, '0')}`;
  return { idNumber: first17 + idCheckCharacter(first17), sex: seq % 2 === 1 ? 'M' : 'F', birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}` };
}

export function mobile(r: Random): string {
  return `1${r.int(3, 9)}${String(r.int(0, 999_999_999)).padStart(9, '0')}`;
}

export const CONTENTS = [
  '邻居在院墙边堆放柴草，影响通行，多次协商未果。',
  '因宅基地界址与邻居发生争执，要求重新确认四至。',
  '务工工资被拖欠三个月，要求包工头支付。',
  '离婚后对方不按时支付子女抚养费。',
  '承包地被占用修路，补偿款未到位。',
  '楼上漏水造成损失，物业不处理。',
  '购买的农资质量有问题，商家拒绝退换。',
  '交通事故赔偿数额有争议，请求调解。',
  '咨询农村低保申请条件和程序。',
  '反映村里垃圾堆放污染环境。',
  '与儿女因赡养问题发生矛盾。',
  '养殖场气味影响周边住户生活。',
];
