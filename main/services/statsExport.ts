import ExcelJS from 'exceljs';
import { reportTables } from '../../shared/reportTables';
import type { Statistics } from '../../shared/statistics';

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };

/** The workbook: one sheet per table, a title row, bold headers, ruled cells, widths for Chinese text. */
export async function statisticsWorkbook(s: Statistics, centreName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '一站式受理台';
  for (const t of reportTables(s)) {
    const ws = wb.addWorksheet(t.sheet);
    ws.columns = t.columns.map((c) => ({ width: c.width + 2 }));
    ws.mergeCells(1, 1, 1, t.columns.length);
    const title = ws.getCell(1, 1);
    title.value = `${centreName} ${s.period.label} ${t.title}`;
    title.font = { bold: true, size: 14 };
    title.alignment = { horizontal: 'center' };
    const head = ws.addRow(t.columns.map((c) => c.header));
    head.font = { bold: true };
    for (const r of t.rows) ws.addRow(r);
    for (let i = 2; i <= ws.rowCount; i++) ws.getRow(i).eachCell({ includeEmpty: true }, (cell) => (cell.border = border));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
