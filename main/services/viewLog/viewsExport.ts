import { createHash } from 'node:crypto';
import type { ViewsExportInput } from '../../../shared/schemas/viewLog';
import { chinaDateTime } from '../../../shared/time';
import { VIEW_COLUMNS, viewTableRow } from '../../../shared/viewLog';
import { recordAudit } from '../audit';
import type { Caller, ServiceContext } from '../context';
import { getCentre } from '../settings';
import { tablesWorkbook } from '../statistics/statsExport';
import { viewsOfUser, viewsOfVisitor } from './lookups';

/**
 * The 查阅记录 answer as .xlsx. It says on its face who made it and when; the export itself is
 * written to the audit log with the file's SHA-256, so a copy found later can be traced to its maker.
 */
export async function exportViews(ctx: ServiceContext, actor: Caller, input: ViewsExportInput): Promise<{ fileName: string; base64: string }> {
  const { centreName } = await getCentre(ctx);
  const now = ctx.clock.now();
  const maker = await ctx.db.selectFrom('user').select('display_name').where('id', '=', actor.userId).executeTakeFirstOrThrow();
  const found = input.by === 'visitor' ? await viewsOfVisitor(ctx, input.visitorId) : await viewsOfUser(ctx, input.userId, input.from, input.to);
  const subject = input.by === 'visitor' ? `来访人${found.whose.name}` : `${found.whose.name}（${input.from} 至 ${input.to}）`;
  const title = `${centreName}查阅记录：${subject}`;
  const note = `导出人：${maker.display_name}\u3000导出时间：${chinaDateTime(now)}\u3000共 ${found.rows.length} 条${found.more ? '（仅最近部分）' : ''}。本表含个人信息，仅限工作使用，不得外传。`;
  const xlsx = await tablesWorkbook([{ sheet: '查阅记录', title, note, columns: VIEW_COLUMNS, rows: found.rows.map((r) => viewTableRow(r, chinaDateTime)) }]);
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, now, {
      actorId: actor.userId,
      action: 'views.export',
      entity: input.by,
      entityId: input.by === 'visitor' ? input.visitorId : input.userId,
      detail: { rows: found.rows.length, sha256: createHash('sha256').update(xlsx).digest('hex') },
    }),
  );
  return { fileName: `${title}.xlsx`, base64: xlsx.toString('base64') };
}
