import ExcelJS from 'exceljs';

/** The columns of a grid platform's 事件 export, as our sample platform names them. */
export const GRID_EXPORT_HEADERS = ['事件编号', '上报时间', '所属网格', '网格员', '事发地点', '当事人', '联系电话', '事件描述', '风险等级'] as const;

export type GridExportRow = Partial<Record<(typeof GRID_EXPORT_HEADERS)[number], string | Date>>;

/** One well-formed row; override what a test is about. */
export function gridExportRow(n: number, overrides: GridExportRow = {}): GridExportRow {
  return {
    事件编号: `SJ2026110${String(n).padStart(4, '0')}`,
    上报时间: '2026-11-20 09:30',
    所属网格: '南大里村第二网格',
    网格员: '赵网格',
    事发地点: `南大里村${n}组`,
    当事人: `当事人${n}`,
    联系电话: '13900001111',
    事件描述: `第 ${n} 户与邻户因宅基地界址发生争执。`,
    风险等级: '黄',
    ...overrides,
  };
}

/** An .xlsx as the platform exports it: a header row, then the rows. */
export async function gridExportXlsx(rows: GridExportRow[], headers: readonly string[] = GRID_EXPORT_HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('事件列表');
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow(headers.map((h) => (row as Record<string, string | Date | undefined>)[h] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same as CSV text (the encoding is the caller's: UTF-8 or GB18030). */
export function gridExportCsv(rows: GridExportRow[]): string {
  const quote = (v: string | Date | undefined) => `"${String(v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? '')).replace(/"/g, '""')}"`;
  return [GRID_EXPORT_HEADERS.join(','), ...rows.map((r) => GRID_EXPORT_HEADERS.map((h) => quote(r[h])).join(','))].join('\r\n');
}

/** A real 1×1 PNG: a photo the host takes. */
export const TINY_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
