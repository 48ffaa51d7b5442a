import type { ViewsExportInput } from '../../../shared/schemas/viewLog';
import { chinaDateTime } from '../../../shared/time';
import { VIEW_COLUMNS, viewTableRow } from '../../../shared/viewLog';
import type { Caller, ServiceContext } from '../context';
import { exportNote, sealedExport } from '../exports/sealedExport';
import { getCentre } from '../settings';
import { tablesWorkbook } from '../statistics/statsExport';
import { viewsOfUser, viewsOfVisitor } from './lookups';

/** The 查阅记录 answer as .xlsx, marked with its maker, sealed if asked, and audited (`sealedExport`). */
export async function exportViews(ctx: ServiceContext, actor: Caller, input: ViewsExportInput): Promise<{ fileName: string; base64: string }> {
  const { centreName } = await getCentre(ctx);
  const found = input.by === 'visitor' ? await viewsOfVisitor(ctx, input.visitorId) : await viewsOfUser(ctx, input.userId, input.from, input.to);
  const subject = input.by === 'visitor' ? `来访人${found.whose.name}` : `${found.whose.name}（${input.from} 至 ${input.to}）`;
  const title = `${centreName}查阅记录：${subject}`;
  const note = `${await exportNote(ctx, actor)}\u3000共 ${found.rows.length} 条${found.more ? '（仅最近部分）' : ''}。`;
  const xlsx = await tablesWorkbook([{ sheet: '查阅记录', title, note, columns: VIEW_COLUMNS, rows: found.rows.map((r) => viewTableRow(r, chinaDateTime)) }]);
  const file = await sealedExport(ctx, actor, { kind: 'views', subject, rows: found.rows.length }, xlsx, input.password);
  return { fileName: `${title}.xlsx`, base64: file.toString('base64') };
}
