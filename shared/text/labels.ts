import type { Role, StationKind } from '../roles';

/** Every label a user sees for a code value, in one place. */
export const ROLE_LABELS: Record<Role, string> = {
  clerk: '受理员',
  station: '承办人',
  supervisor: '负责人',
  admin: '管理员',
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
