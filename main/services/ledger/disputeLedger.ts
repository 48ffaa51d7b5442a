import { sql } from 'kysely';
import { LEDGER_COLUMNS, ledgerCells, type LedgerRow } from '../../../shared/ledger';
import { MATTER_STATUS_LABELS, REFERRAL_RESULT_LABELS, VISIT_CHANNEL_LABELS } from '../../../shared/text/labels';
import { chinaDay } from '../../../shared/time';
import type { ReferralResult } from '../../../shared/visit';
import type { Period } from '../../domain/periods';
import type { ServiceContext } from '../context';
import { tablesWorkbook } from '../statistics/statsExport';
import { matterWithVisit } from '../matters';

const SUMMARY = 60;

/**
 * 矛盾纠纷排查化解台账: every dispute (the 纠纷 categories) registered in the period, from any source,
 * with where it stands. One query with a few correlated look-ups per row (each on an index): a year
 * of a busy centre (≈ 10,000 rows) is measured in bench/.
 */
export async function disputeLedger(ctx: ServiceContext, period: Period): Promise<LedgerRow[]> {
  const rows = await matterWithVisit(ctx.db)
    .leftJoin('station', 'station.id', 'matter.station_id')
    .select([
      'matter.code',
      'matter.opened_day as day',
      'visit.channel',
      'visit.found_place',
      'visit.found_by',
      'visit.headcount',
      'visitor.name',
      'category.name as category',
      'matter.content',
      'matter.risk_level as risk',
      'matter.status',
      'matter.settled_at_desk as settled',
      'station.name as station',
      sql<string | null>`(select s.name from referral r join station s on s.id = r.station_id where r.matter_id = matter.id order by r.id desc limit 1)`.as('lastStation'),
      sql<ReferralResult | null>`(select r.result from referral r where r.matter_id = matter.id and r.result is not null order by r.id desc limit 1)`.as('result'),
      sql<string | null>`(select max(e.at) from matter_event e where e.matter_id = matter.id and e.action in ('result', 'settle'))`.as('resolvedAt'),
      sql<number>`exists (select 1 from mediation where mediation.matter_id = matter.id)`.as('mediated'),
      sql<number>`exists (select 1 from mediation where mediation.matter_id = matter.id and (mediation.oral = 1 or exists (select 1 from document d where d.matter_id = matter.id and d.kind = 'mediation_agreement' and d.status = 'issued')))`.as('agreed'),
    ])
    .where('category.kind', '=', 'dispute')
    .where('matter.opened_day', '>=', period.from)
    .where('matter.opened_day', '<=', period.to)
    .orderBy('matter.opened_day')
    .orderBy('matter.id')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    day: r.day ?? '',
    // 排查发现 / 网格上报 say where and by whom: 排查发现（西村，张网格）.
    source: r.found_place ? `${VISIT_CHANNEL_LABELS[r.channel]}（${r.found_place}，${r.found_by}）` : VISIT_CHANNEL_LABELS[r.channel],
    parties: r.headcount > 1 ? `${r.name}等${r.headcount}人` : r.name,
    category: r.category,
    summary: r.content.length > SUMMARY ? `${r.content.slice(0, SUMMARY)}……` : r.content,
    risk: r.risk,
    station: r.station ?? r.lastStation ?? '',
    status: MATTER_STATUS_LABELS[r.status],
    outcome: r.settled ? '当场化解' : r.agreed ? '人民调解 · 达成协议' : r.mediated && r.result === 'not_mediated' ? '人民调解 · 调解不成' : r.result ? REFERRAL_RESULT_LABELS[r.result] : '',
    resolvedOn: r.resolvedAt ? chinaDay(new Date(r.resolvedAt)) : '',
  }));
}

/** The register as a workbook, laid out as the statistics are. */
export function ledgerWorkbook(rows: LedgerRow[], title: string, note?: string): Promise<Buffer> {
  return tablesWorkbook([{ sheet: '台账', title, ...(note ? { note } : {}), columns: LEDGER_COLUMNS, rows: rows.map(ledgerCells) }]);
}
