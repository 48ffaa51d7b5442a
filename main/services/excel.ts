import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded when a workbook is first written or read. Loaded at start it cost the host about
 * 130 ms and 27 MB (issue 16) although only exports and the grid import need it.
 */
export async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
