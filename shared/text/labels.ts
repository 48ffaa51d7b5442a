import type { IdType, MatterAction, MatterKind, MatterStatus, ReferralResult, Satisfaction, VisitChannel } from '../visit';
import type { Role, StationKind } from '../roles';
import type { MediationSource, Performance } from '../mediation';
import type { DayState, DiscrepancyType } from '../dayClose';
import type { RiskLevel } from '../risk';
import type { GridSource, GridStatus } from '../grid';
import type { Attendance } from '../attendance';
import { chineseDate } from '../time';

/** Every label a user sees for a code value, in one place. */
export const ROLE_LABELS: Record<Role, string> = {
  clerk: '受理员',
  station: '承办人',
  supervisor: '负责人',
  admin: '管理员',
  grid: '网格员',
};

/** What each role does, said where accounts are made. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  clerk: '窗口工作人员：登记来访、打印回执和告知书、派单、签单、本窗口日结。',
  station: '入驻单位（派出所、司法所、调解委员会等）的办理人员：接收派单、办理、报告结果；只看派给本单位的事项。',
  supervisor: '中心负责人：督单、督办、改派和延期、研判不满意的签单、代窗口日结和重开、看统计。',
  admin: '系统管理员：设置中心信息、窗口和打印机、入驻单位、账号和诉求类别。',
  grid: '网格员：用手机在中心网络内上报排查发现的矛盾纠纷（地点、当事人、情况、照片、风险），只看本人的上报。',
};

export const STATION_KIND_LABELS: Record<StationKind, string> = {
  comprehensive: '综治办',
  police: '派出所',
  justice: '司法所',
  mediation: '人民调解委员会',
  court: '人民法庭',
  petition: '信访接待',
  enforcement: '综合行政执法',
  psychology: '心理服务',
  grid: '网格管理',
  legal_aid: '法律援助',
  other: '其他',
};

export const PRODUCT_NAME = '一站式受理台';

export const VISIT_CHANNEL_LABELS: Record<VisitChannel, string> = {
  walk_in: '走访',
  phone: '来电',
  letter: '来信',
  online: '网上',
  grid: '网格上报',
  transfer: '部门移交',
  screening: '排查发现',
};

export const ID_TYPE_LABELS: Record<IdType, string> = {
  resident: '居民身份证',
  passport: '护照',
  hk_mo_tw: '港澳台居民证件',
  foreign_permanent: '外国人永久居留身份证',
  none: '无证件',
};

export const MATTER_KIND_LABELS: Record<MatterKind, string> = {
  dispute: '矛盾纠纷',
  petition: '信访诉求',
  legal: '法律咨询/法律援助',
  psychology: '心理疏导',
  security: '治安/安全隐患',
  policy: '政策咨询',
  other: '其他',
};

export const MATTER_STATUS_LABELS: Record<MatterStatus, string> = {
  accepted: '已受理待派单',
  declined: '不予受理',
  referred: '已派单待接收',
  in_progress: '办理中',
  suspended: '已中止',
  returned: '已退回',
  resolved: '已办结待签单',
  disputed: '不满意待研判',
  signed_off: '已签单',
  archived: '已归档',
};

export const SEX_LABELS = { M: '男', F: '女' } as const;

export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  satisfied: '满意',
  basically: '基本满意',
  dissatisfied: '不满意',
};

export const REFERRAL_RESULT_LABELS: Record<ReferralResult, string> = {
  mediated: '调解成功',
  not_mediated: '调解不成',
  answered: '已答复',
  done: '已办结',
};

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = {
  red: '红色（重大风险）',
  orange: '橙色（较大风险）',
  yellow: '黄色（一般风险）',
  blue: '蓝色（低风险）',
};

/** The colour of each level's tag (antd preset colours). */
export const RISK_LEVEL_COLORS: Record<RiskLevel, string> = { red: 'red', orange: 'orange', yellow: 'gold', blue: 'blue' };

/** Short, for a tag in a list: 红 / 橙 / 黄 / 蓝. */
export const RISK_LEVEL_SHORT: Record<RiskLevel, string> = { red: '红', orange: '橙', yellow: '黄', blue: '蓝' };

export const FLOW_ACTION_LABELS: Record<MatterAction, string> = {
  refer: '派单',
  receive: '接收',
  progress: '记录办理进展',
  return: '退回',
  suspend: '中止办理',
  resume: '恢复办理',
  result: '报告办理结果',
  remind: '督办',
  extend: '延长期限',
  reassign: '改派',
  signOff: '签单',
  revisit: '记录回访',
  archive: '归档',
  assessRisk: '风险研判',
  settle: '当场化解',
};

export const MEDIATION_SOURCE_LABELS: Record<MediationSource, string> = {
  active: '主动调解',
  applied: '申请调解',
  entrusted: '接受委托移送调解',
};

export const PERFORMANCE_LABELS: Record<Performance, string> = {
  full: '已全部履行',
  partial: '部分履行',
  none: '未履行',
};

export const DISCREPANCY_LABELS: Record<DiscrepancyType, string> = {
  unprinted: '已编号未出纸',
  missing_number: '缺号',
  no_receipt: '受理无回执',
  no_notice: '告知书作废未重开',
};

export const DAY_STATE_LABELS: Record<DayState, string> = {
  open: '未日结',
  closed: '已日结',
  reopened: '已重开',
  idle: '无业务',
};

/** The parts of a registration a correction may change, as the 日结单 names them. */
export const CORRECTED_FIELD_LABELS = {
  categoryId: '诉求类别',
  content: '诉求内容',
  name: '姓名',
  phone: '联系电话',
  addressText: '住址',
} as const;

/** A time limit as the law words it: "60日" counts calendar days, "5个工作日" working days. */
export function timeLimitText(days: number, basis: 'calendar' | 'working'): string {
  return basis === 'working' ? `${days}个工作日` : `${days}日`;
}

/** A deadline as a paper writes it: 2027年1月4日, with （暂定） when it rests on holidays not yet announced. */
export function deadlineOnPaper(day: string, provisional: boolean): string {
  return `${chineseDate(day)}${provisional ? '（暂定）' : ''}`;
}

/** Said beside a deadline that passes through a year whose holiday notice is not yet out (or entered). */
export const PROVISIONAL_DEADLINE = '暂按法定节假日推算，放假安排公布后可能调整';

/** 网格上报: where it stands at the desk, and where it came from. */
export const GRID_STATUS_LABELS: Record<GridStatus, string> = {
  pending: '待受理',
  registered: '已登记',
  dismissed: '不立事项',
};
export const GRID_SOURCE_LABELS: Record<GridSource, string> = {
  phone: '手机上报',
  import: '平台导入',
};

/** 驻点力量. */
export const ATTENDANCE_LABELS: Record<Attendance, string> = { resident: '常驻', rotating: '轮驻', on_call: '随叫随驻' };
export const WEEKDAY_LABELS: Record<number, string> = { 1: '周一', 2: '周二', 3: '周三', 4: '周四', 5: '周五', 6: '周六', 7: '周日' };

/** 常驻 / 轮驻（周二、周四） / 随叫随驻, as the roster and the 召集单 say it. */
export function attendanceText(attendance: Attendance, rotationDays: readonly number[]): string {
  if (attendance !== 'rotating') return ATTENDANCE_LABELS[attendance];
  return `轮驻（${rotationDays.map((d) => WEEKDAY_LABELS[d]).join('、')}）`;
}
