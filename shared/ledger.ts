import type { RiskLevel } from './risk';
import { RISK_LEVEL_SHORT } from './text/labels';

/** One dispute of the 矛盾纠纷排查化解台账, in the columns the county's register asks for. */
export interface LedgerRow {
  code: string;
  /** The day it was registered (YYYY-MM-DD). */
  day: string;
  /** 来源: how it reached the centre (来访方式: 走访, 来电, 网格上报, 部门移交 …). */
  source: string;
  parties: string;
  category: string;
  summary: string;
  risk: RiskLevel | null;
  station: string;
  status: string;
  /** 化解方式 / 结果: 当场化解, 人民调解 with or without an agreement, or the station's reported result. */
  outcome: string;
  /** The day it was resolved (a station's result or settled at the desk), '' while open. */
  resolvedOn: string;
}

/** The register's columns (header and width in characters): the screen and the workbook both use them. */
export const LEDGER_COLUMNS: readonly { header: string; width: number }[] = [
  { header: '序号', width: 6 },
  { header: '事项编号', width: 17 },
  { header: '登记日期', width: 11 },
  { header: '来源', width: 16 },
  { header: '当事人', width: 12 },
  { header: '纠纷类型', width: 10 },
  { header: '简要情况', width: 36 },
  { header: '风险等级', width: 8 },
  { header: '承办单位', width: 14 },
  { header: '状态', width: 10 },
  { header: '化解结果', width: 14 },
  { header: '办结日期', width: 11 },
];

export function ledgerCells(r: LedgerRow, index: number): (string | number)[] {
  return [index + 1, r.code, r.day, r.source, r.parties, r.category, r.summary, r.risk ? RISK_LEVEL_SHORT[r.risk] : '—', r.station || '—', r.status, r.outcome || '—', r.resolvedOn || '—'];
}
