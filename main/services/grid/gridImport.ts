import { createHash } from 'node:crypto';
import type ExcelJS from 'exceljs';
import { excel } from '../excel';
import type { z } from 'zod';
import { MAX_IMPORT_ROWS } from '../../../shared/grid';
import type { gridImportInput } from '../../../shared/schemas/grid';
import { GRID_MSG } from '../../../shared/text/messages';
import { chinaDay } from '../../../shared/time';
import { decodeCsv, parseCsv } from '../../domain/csvText';
import { DeskError } from '../../domain/errors';
import { checkGridRow, matchHeaders, type GridRow } from '../../domain/gridRows';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';
import { insertGridReport } from './reports';

type Cell = string | Date;

/** One row of the file as checked: its line number in the sheet (the header is 1), and its reasons if refused. */
export interface CheckedRow {
  rowNo: number;
  externalNo: string;
  partyName: string;
  place: string;
  reasons: string[];
}

export interface ImportCheck {
  fileName: string;
  rows: CheckedRow[];
  taken: number;
  refused: number;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const has = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** What exceljs gives for a cell, as text or a date: rich text, formulas and hyperlinks as what they show. */
function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return v.result === undefined || v.result === null ? '' : cellValue(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    return '';
  }
  return String(v);
}

/** The first sheet's rows: an .xlsx by its zip signature, else CSV text in UTF-8 or GB18030. */
async function readSheet(bytes: Buffer): Promise<Cell[][]> {
  if (has(bytes, OLE)) throw new DeskError('bad_input', GRID_MSG.oldExcel);
  if (has(bytes, ZIP)) {
    const wb = new (await excel()).Workbook();
    try {
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch {
      throw new DeskError('bad_input', GRID_MSG.unreadable);
    }
    const sheet = wb.worksheets[0];
    if (!sheet) throw new DeskError('bad_input', GRID_MSG.empty);
    const rows: Cell[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: Cell[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
      rows.push(cells);
    });
    return rows;
  }
  const text = decodeCsv(bytes);
  // A binary file decoded as text is full of replacement and control characters.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\uFFFD]/.test(text.slice(0, 2000))) throw new DeskError('bad_input', GRID_MSG.notSpreadsheet);
  return parseCsv(text);
}

/**
 * Every row checked, as the phone form would check it, plus duplicates: a 事件编号 twice in the
 * file, or one already taken by an earlier import. A file without the required columns is refused
 * whole, with the columns it lacks.
 */
async function checkFile(ctx: ServiceContext, input: z.output<typeof gridImportInput>): Promise<{ checked: CheckedRow[]; good: GridRow[]; sha256: string }> {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const [header, ...body] = await readSheet(bytes);
  if (!header) throw new DeskError('bad_input', GRID_MSG.empty);
  const match = matchHeaders(header.map((c) => (c instanceof Date ? '' : c)));
  if (!match.ok) throw new DeskError('bad_input', GRID_MSG.missingColumns(match.missing));
  if (body.length === 0) throw new DeskError('bad_input', GRID_MSG.empty);
  if (body.length > MAX_IMPORT_ROWS) throw new DeskError('bad_input', GRID_MSG.tooManyRows(MAX_IMPORT_ROWS));

  const today = chinaDay(ctx.clock.now());
  const results = body.map((cells) => checkGridRow(cells, match.columns, today));
  const numbers = results.flatMap((r) => (r.ok ? [r.row.externalNo] : []));
  const earlier = new Map<string, string>();
  for (let i = 0; i < numbers.length; i += 500) {
    const found = await ctx.db.selectFrom('grid_report').select(['external_no', 'code']).where('external_no', 'in', numbers.slice(i, i + 500)).execute();
    for (const f of found) if (f.external_no) earlier.set(f.external_no, f.code);
  }
  const firstRow = new Map<string, number>();
  const checked: CheckedRow[] = [];
  const good: GridRow[] = [];
  results.forEach((r, i) => {
    const rowNo = i + 2;
    const str = (key: 'externalNo' | 'partyName' | 'place') => {
      const at = match.columns[key];
      const v = at === undefined ? '' : body[i]?.[at];
      return v instanceof Date ? '' : String(v ?? '').trim();
    };
    const reasons = r.ok ? [] : [...r.reasons];
    if (r.ok) {
      const no = r.row.externalNo;
      const taken = earlier.get(no);
      const first = firstRow.get(no);
      if (taken) reasons.push(GRID_MSG.alreadyTaken(taken));
      else if (first !== undefined) reasons.push(GRID_MSG.duplicateInFile(first));
      else {
        firstRow.set(no, rowNo);
        good.push(r.row);
      }
    }
    checked.push({ rowNo, externalNo: str('externalNo'), partyName: str('partyName'), place: str('place'), reasons });
  });
  return { checked, good, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** 预览: what an import would take and refuse, row by row; nothing is kept. */
export async function previewGridImport(ctx: ServiceContext, input: z.output<typeof gridImportInput>): Promise<ImportCheck> {
  const { checked, good } = await checkFile(ctx, input);
  return { fileName: input.fileName, rows: checked, taken: good.length, refused: checked.length - good.length };
}

/**
 * 导入: the good rows become 网格上报 waiting for the desk, all in one transaction with the
 * import's record (its refused rows and reasons) and the audit entry. Rows are checked again here:
 * one taken by another import since the preview is refused, not doubled.
 */
export async function commitGridImport(ctx: ServiceContext, actor: Actor, input: z.output<typeof gridImportInput>): Promise<ImportCheck & { importId: number }> {
  const { checked, good, sha256 } = await checkFile(ctx, input);
  if (good.length === 0) throw new DeskError('bad_input', GRID_MSG.nothingToTake);
  const now = ctx.clock.now();
  const refusals = checked.filter((r) => r.reasons.length > 0);
  const importId = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('grid_import')
      .values({ file_name: input.fileName, file_sha256: sha256, rows_taken: good.length, rows_refused: refusals.length, refusals: JSON.stringify(refusals), imported_by: actor.userId, imported_at: now.toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const row of good) {
      const { externalNo, reporterName, ...fields } = row;
      await insertGridReport(trx, now, { ...fields, source: 'import', reporterId: null, reporterName, externalNo, importId: id, idempotencyKey: null });
    }
    await recordAudit(trx, now, { actorId: actor.userId, action: 'grid.import', entity: 'grid_import', entityId: id, detail: { fileName: input.fileName, sha256, taken: good.length, refused: refusals.length } });
    return id;
  });
  ctx.events.publish({ type: 'grid.changed' });
  return { importId, fileName: input.fileName, rows: checked, taken: good.length, refused: refusals.length };
}
