import { ledgerExportInput, periodInput, statsInput } from '../../../shared/schemas/statistics';
import { reportTables } from '../../../shared/reportTables';
import { chinaDateTime } from '../../../shared/time';
import { periodOf } from '../../domain/periods';
import { getCentre } from '../../services/settings';
import { figures } from '../../services/statistics/countyStatistics';
import { statisticsWorkbook } from '../../services/statistics/statsExport';
import { disputeLedger, ledgerWorkbook } from '../../services/ledger/disputeLedger';
import { exportNote, sealedExport } from '../../services/exports/sealedExport';
import { allow, router } from '../trpc';
import type { ServiceContext } from '../../services/context';

const supervisors = allow('supervisor', 'admin');

/** The name a report is headed with: the centre's, or the county's sum of its centres. */
async function reportName(ctx: ServiceContext, county: boolean): Promise<string> {
  const { centreName } = await getCentre(ctx);
  return county ? `${centreName}（全县汇总）` : centreName;
}

/** 统计: the period's tables, and the same tables as .xlsx and as PDF. */
export const statisticsRouter = router({
  table: supervisors.input(statsInput).query(({ ctx, input }) => figures(ctx.services, periodOf(input.kind, input.day), input.county)),
  xlsx: supervisors.input(statsInput).mutation(async ({ ctx, input }) => {
    const s = await figures(ctx.services, periodOf(input.kind, input.day), input.county);
    const centreName = await reportName(ctx.services, input.county);
    return { fileName: `${centreName}${s.period.label}统计表.xlsx`, base64: (await statisticsWorkbook(s, centreName)).toString('base64') };
  }),
  /** 矛盾纠纷排查化解台账 of the period, and the same as .xlsx. */
  ledger: supervisors.input(periodInput).query(({ ctx, input }) => disputeLedger(ctx.services, periodOf(input.kind, input.day))),
  /** The 台账 names people: marked with its maker, sealed if asked, audited (`sealedExport`). */
  ledgerXlsx: supervisors.input(ledgerExportInput).mutation(async ({ ctx, input }) => {
    const period = periodOf(input.kind, input.day);
    const { centreName } = await getCentre(ctx.services);
    const title = `${centreName}${period.label}矛盾纠纷排查化解台账`;
    const rows = await disputeLedger(ctx.services, period);
    const xlsx = await ledgerWorkbook(rows, title, await exportNote(ctx.services, ctx.actor));
    const file = await sealedExport(ctx.services, ctx.actor, { kind: 'ledger', subject: title, rows: rows.length }, xlsx, input.password);
    return { fileName: `${title}.xlsx`, base64: file.toString('base64') };
  }),
  pdf: supervisors.input(statsInput).mutation(async ({ ctx, input }) => {
    const s = await figures(ctx.services, periodOf(input.kind, input.day), input.county);
    const centreName = await reportName(ctx.services, input.county);
    const c = s.closedDays;
    const closed = s.centres ? `${s.centres.length} 个中心共 ${c.days} 个中心日中已日结 ${c.closed} 个` : `本期 ${c.days} 天中已日结 ${c.closed} 天`;
    const footer = `制表时间：${chinaDateTime(ctx.services.clock.now())}。${closed}；日结单合计来访 ${c.sheetVisits} 批、受理 ${c.sheetAccepted} 件。`;
    const pdf = await ctx.services.pdf.render({ kind: 'stats_report', data: { centreName, periodLabel: s.period.label, tables: reportTables(s), footer } });
    return { fileName: `${centreName}${s.period.label}统计表.pdf`, base64: pdf.toString('base64') };
  }),
});
