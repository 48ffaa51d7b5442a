import type ExcelJS from 'exceljs';
import { excel } from '../excel';
import { reportTables } from '../../../shared/reportTables';
import type { Figures } from '../../../shared/statistics';

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** One sheet as the county reads it: a title row, bold headers, ruled cells, widths for Chinese text. */
export interface TableSheet {
  sheet: string;
  title: string;
  /** A line under the title: for an export of personal data, who made it and when. */
  note?: string;
  columns: readonly { header: string; width: number }[];
  rows: readonly (string | number)[][];
}

/** One sheet as the county reads it: a title row, bold headers, ruled cells, widths for Chinese text. */
function addTableSheet(wb: ExcelJS.Workbook, t: TableSheet): void {
  const ws = wb.addWorksheet(t.sheet);
  ws.columns = t.columns.map((c) => ({ width: c.width + 2 }));
  ws.mergeCells(1, 1, 1, t.columns.length);
  const head = ws.getCell(1, 1);
  head.value = t.title;
  head.font = { bold: true, size: 14 };
  head.alignment = { horizontal: 'center' };
  if (t.note) {
    ws.mergeCells(2, 1, 2, t.columns.length);
    ws.getCell(2, 1).value = t.note;
  }
  const headerRow = ws.addRow(t.columns.map((c) => c.header));
  headerRow.font = { bold: true };
  ws.addRows(t.rows as (string | number)[][]);
  for (let i = headerRow.number; i <= ws.rowCount; i++) ws.getRow(i).eachCell({ includeEmpty: true }, (cell) => (cell.border = border));
}

/** A workbook of sheets, each laid out by `addTableSheet`. */
export async function tablesWorkbook(sheets: TableSheet[]): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = '一站式受理台';
  for (const t of sheets) addTableSheet(wb, t);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The statistics workbook: one sheet per report table. */
export async function statisticsWorkbook(s: Figures, centreName: string): Promise<Buffer> {
  return tablesWorkbook(reportTables(s).map((t) => ({ ...t, title: `${centreName} ${s.period.label} ${t.title}` })));
}
