import type { MatterKind } from '../../shared/visit';
import type { StationKind } from '../../shared/roles';

/** The forces a township centre usually hosts (DOMAIN.md); the admin edits the list later. */
export const DEFAULT_STATIONS: ReadonlyArray<{ name: string; kind: StationKind }> = [
  { name: '综治办', kind: 'comprehensive' },
  { name: '派出所', kind: 'police' },
  { name: '司法所', kind: 'justice' },
  { name: '人民调解委员会', kind: 'mediation' },
  { name: '人民法庭', kind: 'court' },
  { name: '信访接待室', kind: 'petition' },
  { name: '综合行政执法队', kind: 'enforcement' },
  { name: '心理服务室', kind: 'psychology' },
  { name: '网格管理室', kind: 'grid' },
  { name: '法律援助工作站', kind: 'legal_aid' },
];

export const DEFAULT_COUNTERS: readonly string[] = ['1号窗口', '2号窗口'];

/**
 * 诉求类别: the dispute categories of the 人民调解 statistics, then the other kinds of matter.
 * Time limits: a dispute is "generally mediated within one month"; a 信访 matter 60 days (信访工作条例).
 */
export const DEFAULT_CATEGORIES: ReadonlyArray<{ name: string; kind: MatterKind; timeLimitDays: number }> = [
  ...['婚姻家庭', '邻里', '房屋宅基地', '合同', '生产经营', '损害赔偿', '山林土地', '征地拆迁', '环境污染', '劳动争议', '消费', '医疗', '道路交通事故', '物业', '其他纠纷'].map(
    (name) => ({ name, kind: 'dispute' as const, timeLimitDays: 30 }),
  ),
  { name: '信访诉求', kind: 'petition', timeLimitDays: 60 },
  { name: '法律咨询/法律援助', kind: 'legal', timeLimitDays: 15 },
  { name: '心理疏导', kind: 'psychology', timeLimitDays: 15 },
  { name: '治安/安全隐患', kind: 'security', timeLimitDays: 15 },
  { name: '政策咨询', kind: 'policy', timeLimitDays: 15 },
  { name: '其他事项', kind: 'other', timeLimitDays: 30 },
];
