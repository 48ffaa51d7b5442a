/** Code values of a walk-in registration. Their Chinese labels are in shared/text/labels.ts. */

/** 来访方式 */
export const VISIT_CHANNELS = ['walk_in', 'phone', 'letter', 'online', 'grid', 'transfer', 'screening'] as const;

/** Sources that did not walk in: the register asks where and by whom the matter was found. */
export const FOUND_CHANNELS: readonly VisitChannel[] = ['grid', 'screening'];
export type VisitChannel = (typeof VISIT_CHANNELS)[number];

/** 证件类型 */
export const ID_TYPES = ['resident', 'passport', 'hk_mo_tw', 'foreign_permanent', 'none'] as const;
export type IdType = (typeof ID_TYPES)[number];

/** What kind of matter a category belongs to: disputes are mediated, the rest are answered or handled. */
export const MATTER_KINDS = ['dispute', 'petition', 'legal', 'psychology', 'security', 'policy', 'other'] as const;
export type MatterKind = (typeof MATTER_KINDS)[number];

/**
 * Where a matter stands in the 六单 loop: taken in (accepted) or declined at the desk; referred to
 * a station, which receives it, may suspend or return it, and reports a result; the visitor signs
 * off (or is not satisfied, and a supervisor decides); then it is archived.
 */
export const MATTER_STATUSES = [
  'accepted',
  'declined',
  'referred',
  'in_progress',
  'suspended',
  'returned',
  'resolved',
  'disputed',
  'signed_off',
  'archived',
] as const;
export type MatterStatus = (typeof MATTER_STATUSES)[number];

/** Matters not yet finished, somewhere in the loop; the others (declined, signed off, archived) have ended. */
export const OPEN_MATTER_STATUSES = ['accepted', 'referred', 'in_progress', 'suspended', 'returned', 'resolved', 'disputed'] as const satisfies readonly MatterStatus[];

export function isOpenMatter(status: MatterStatus): boolean {
  return (OPEN_MATTER_STATUSES as readonly MatterStatus[]).includes(status);
}

/** Collective visit (集体访): more than this many people, who choose at most MAX_REPRESENTATIVES (信访工作条例 Art. 20). */
export const COLLECTIVE_THRESHOLD = 5;
export const MAX_REPRESENTATIVES = 5;
export const MAX_MATTERS_PER_VISIT = 10;

/** The 56 nationalities, in the order of GB 3304, plus the two usual extras. */
export const ETHNICITIES = [
  '汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族', '满族', '侗族', '瑶族', '白族',
  '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族', '佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族',
  '景颇族', '柯尔克孜族', '土族', '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族',
  '普米族', '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族',
  '独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族', '其他', '外国血统',
] as const;

/** 群众签单: how satisfied the visitor is with the result. */
export const SATISFACTIONS = ['satisfied', 'basically', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

/** What a station reports at the end of its handling. */
export const REFERRAL_RESULTS = ['mediated', 'not_mediated', 'answered', 'done'] as const;
export type ReferralResult = (typeof REFERRAL_RESULTS)[number];

/** Every step of the 六单 loop after intake. */
export const MATTER_ACTIONS = ['refer', 'receive', 'progress', 'return', 'suspend', 'resume', 'result', 'remind', 'extend', 'reassign', 'signOff', 'revisit', 'archive', 'assessRisk', 'settle'] as const;
export type MatterAction = (typeof MATTER_ACTIONS)[number];
