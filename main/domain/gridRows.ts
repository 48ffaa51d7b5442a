import { gridFields, type GridFields } from '../../shared/schemas/grid';
import type { RiskLevel } from '../../shared/risk';
import { isCalendarDay } from '../../shared/schemas/common';

/**
 * The columns of the grid platform's 事件 export, each under the names platforms give it. A file
 * missing a required one is refused whole (its rows cannot be read right); the others may be absent.
 */
export const GRID_COLUMNS = [
  { key: 'externalNo', names: ['事件编号', '编号', '事件编码'], required: true },
  { key: 'foundOn', names: ['上报时间', '发现时间', '发现日期', '上报日期'], required: true },
  { key: 'gridName', names: ['所属网格', '网格', '网格名称'], required: true },
  { key: 'reporterName', names: ['网格员', '上报人', '采集人'], required: true },
  { key: 'place', names: ['事发地点', '发现地点', '地点', '事件地址'], required: true },
  { key: 'partyName', names: ['当事人', '涉及人员', '当事人姓名'], required: true },
  { key: 'partyPhone', names: ['联系电话', '当事人电话', '电话'], required: false },
  { key: 'content', names: ['事件描述', '事件内容', '矛盾纠纷情况', '基本情况'], required: true },
  { key: 'riskLevel', names: ['风险等级', '风险级别', '预警等级'], required: false },
] as const;
export type GridColumnKey = (typeof GRID_COLUMNS)[number]['key'];

export type HeaderMatch = { ok: true; columns: Partial<Record<GridColumnKey, number>> } | { ok: false; missing: string[] };

const squeeze = (s: string) => s.replace(/[\s\u3000*＊]/g, '');

/** Which cell holds which column, by the header row; or the required columns the file lacks. */
export function matchHeaders(header: readonly string[]): HeaderMatch {
  const names = header.map((h) => squeeze(h));
  const columns: Partial<Record<GridColumnKey, number>> = {};
  const missing: string[] = [];
  for (const col of GRID_COLUMNS) {
    const at = names.findIndex((n) => (col.names as readonly string[]).includes(n));
    if (at >= 0) columns[col.key] = at;
    else if (col.required) missing.push(col.names[0]);
  }
  return missing.length ? { ok: false, missing } : { ok: true, columns };
}

const RISK_WORDS: Record<string, RiskLevel> = { 红: 'red', 红色: 'red', 重大: 'red', 橙: 'orange', 橙色: 'orange', 较大: 'orange', 黄: 'yellow', 黄色: 'yellow', 一般: 'yellow', 蓝: 'blue', 蓝色: 'blue', 较小: 'blue', 低: 'blue' };

/** The day of a cell: a spreadsheet date, or 2026-11-20 / 2026/11/20 / 2026年11月20日, with or without a time. */
export function dayOfCell(cell: string | Date): string | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    // Spreadsheet dates carry no zone: exceljs gives the wall-clock day as UTC.
    return cell.toISOString().slice(0, 10);
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[\sT]+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/.exec(cell.trim());
  if (!m) return null;
  const [, y = '', mo = '', d = ''] = m;
  const day = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isCalendarDay(day) ? day : null;
}

export interface GridRow extends GridFields {
  externalNo: string;
  reporterName: string;
}

export type RowCheck = { ok: true; row: GridRow } | { ok: false; reasons: string[] };

/**
 * One row of the export, checked as the phone form checks a report, plus what only an import has:
 * the platform's 事件编号 and the 网格员's name. Every reason is given, not just the first.
 */
export function checkGridRow(cells: readonly (string | Date)[], columns: Partial<Record<GridColumnKey, number>>, today: string): RowCheck {
  const at = (key: GridColumnKey): string | Date => {
    const i = columns[key];
    return i === undefined ? '' : (cells[i] ?? '');
  };
  const str = (key: GridColumnKey): string => {
    const v = at(key);
    return v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
  };
  const reasons: string[] = [];
  const externalNo = str('externalNo');
  if (externalNo === '') reasons.push('缺少事件编号');
  else if (externalNo.length > 40) reasons.push('事件编号超过 40 个字');
  const reporterName = str('reporterName');
  if (reporterName === '') reasons.push('缺少网格员');
  else if (reporterName.length > 30) reasons.push('网格员姓名超过 30 个字');
  const rawDay = at('foundOn');
  const foundOn = rawDay === '' ? null : dayOfCell(rawDay);
  if (rawDay === '') reasons.push('缺少上报时间');
  else if (foundOn === null) reasons.push(`上报时间“${str('foundOn')}”不是日期（应如 2026-11-20）`);
  else if (foundOn > today) reasons.push(`上报时间 ${foundOn} 晚于今天`);
  const riskWord = squeeze(str('riskLevel'));
  const riskLevel = riskWord === '' ? null : (RISK_WORDS[riskWord] ?? undefined);
  if (riskLevel === undefined) reasons.push(`风险等级“${riskWord}”不认识（应为红、橙、黄、蓝或留空）`);
  const fields = gridFields.safeParse({
    gridName: str('gridName'),
    place: str('place'),
    foundOn: foundOn ?? today,
    partyName: str('partyName'),
    partyPhone: str('partyPhone'),
    content: str('content'),
    riskLevel: riskLevel ?? null,
  });
  if (!fields.success) for (const issue of fields.error.issues) reasons.push(issue.message);
  if (reasons.length || !fields.success) return { ok: false, reasons };
  return { ok: true, row: { ...fields.data, externalNo, reporterName } };
}
