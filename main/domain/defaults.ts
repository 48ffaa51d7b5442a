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
