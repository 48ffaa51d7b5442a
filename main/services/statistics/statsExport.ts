import type ExcelJS from 'exceljs';
import { excel } from '../excel';
import { reportTables } from '../../../shared/reportTables';
import type { Statistics } from '../../../shared/statistics';

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** One sheet as the county reads it: a title row, bold headers, ruled cells, widths for Chinese text. */
function addTableSheet(wb: ExcelJS.Workbook, sheet: string, title: string, columns: readonly { header: string; width: number }[], rows: readonly (string | number)[][]): void {
  const ws = wb.addWorksheet(sheet);
  ws.columns = columns.map((c) => ({ width: c.width + 2 }));
  ws.mergeCells(1, 1, 1, columns.length);
  const head = ws.getCell(1, 1);
  head.value = title;
  head.font = { bold: true, size: 14 };
  head.alignment = { horizontal: 'center' };
  ws.addRow(columns.map((c) => c.header)).font = { bold: true };
  ws.addRows(rows as (string | number)[][]);
  for (let i = 2; i <= ws.rowCount; i++) ws.getRow(i).eachCell({ includeEmpty: true }, (cell) => (cell.border = border));
}

/** A workbook of sheets, each laid out by `addTableSheet`. */
export async function tablesWorkbook(sheets: { sheet: string; title: string; columns: readonly { header: string; width: number }[]; rows: readonly (string | number)[][] }[]): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = '一站式受理台';
  for (const t of sheets) addTableSheet(wb, t.sheet, t.title, t.columns, t.rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The statistics workbook: one sheet per report table. */
export async function statisticsWorkbook(s: Statistics, centreName: string): Promise<Buffer> {
  return tablesWorkbook(reportTables(s).map((t) => ({ ...t, title: `${centreName} ${s.period.label} ${t.title}` })));
}
