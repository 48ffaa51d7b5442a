import { MEDIATION_SOURCES } from './mediation';
import { rate, type CentreFigures, type Statistics } from './statistics';
import { MEDIATION_SOURCE_LABELS, REFERRAL_RESULT_LABELS, SATISFACTION_LABELS, VISIT_CHANNEL_LABELS } from './text/labels';
import { REFERRAL_RESULTS, SATISFACTIONS, VISIT_CHANNELS } from './visit';

type Cell = string | number;

/** One table of the report: its title, the columns with their widths (in characters), the rows. */
export interface ReportTable {
  sheet: string;
  title: string;
  columns: { header: string; width: number }[];
  rows: Cell[][];
}

/** The statistics as the tables the screen, the workbook and the PDF all show: one source for all three. */
/** A table of items and one figure each (研判, 网格, 来访). */
function itemTable(sheet: string, title: string, rows: [item: string, figure: number][], itemWidth = 20): ReportTable {
  return {
    sheet,
    title,
    columns: [
      { header: '项目', width: itemWidth },
      { header: '数量', width: 10 },
    ],
    rows,
  };
}

/** The county's check: each centre's intake beside what its closed days' 日结单 add up to. */
function centresTable(centres: CentreFigures[]): ReportTable {
  return {
    sheet: '各中心',
    title: '各中心受理与日结核对（全县汇总由以下各中心相加）',
    columns: [
      { header: '中心', width: 20 },
      { header: '来访（批）', width: 10 },
      { header: '受理（件）', width: 10 },
      { header: '已日结（天）', width: 12 },
      { header: '日结单来访', width: 10 },
      { header: '日结单受理', width: 10 },
      { header: '与日结单一致', width: 12 },
    ],
    rows: centres.map((c) => [c.name, c.visits, c.accepted, `${c.closed}/${c.days}`, c.sheetVisits, c.sheetAccepted, c.matches ? '一致' : '有差额']),
  };
}

export function reportTables(s: Statistics & { centres?: CentreFigures[] | null }): ReportTable[] {
  return [...(s.centres ? [centresTable(s.centres)] : []), ...centreTables(s)];
}

function centreTables(s: Statistics): ReportTable[] {
  const total = s.mediationTotal;
  const intake = s.intakeTotal;
  const satisfied = SATISFACTIONS.reduce((t, k) => t + s.satisfaction[k], 0);
  const stationSum = (pick: (r: Statistics['stations'][number]) => number) => s.stations.reduce((t, r) => t + pick(r), 0);
  return [
    {
      sheet: '人民调解',
      title: '人民调解案件受理调解情况（按纠纷类别，仅人民调解委员会调解的案件）',
      columns: [
        { header: '纠纷类别', width: 16 },
        { header: '受理（件）', width: 10 },
        { header: '调解成功（件）', width: 14 },
        { header: '成功率', width: 10 },
        { header: '协议涉及金额（万元）', width: 20 },
        { header: '履行（件）', width: 10 },
        { header: '司法确认（件）', width: 14 },
      ],
      rows: [...s.mediation, total].map((c) => [c.name, c.accepted, c.mediated, c.successRate, c.amountWan, c.performed, c.judicialConfirmed]),
    },
    {
      sheet: '按来源',
      title: '人民调解案件来源',
      columns: [
        { header: '来源', width: 20 },
        { header: '件数', width: 10 },
      ],
      rows: [...MEDIATION_SOURCES.map((k) => [MEDIATION_SOURCE_LABELS[k], s.sources[k]]), ['合计', MEDIATION_SOURCES.reduce((t, k) => t + s.sources[k], 0)]],
    },
    {
      sheet: '预防成效',
      title: '预防成效',
      columns: [
        { header: '项目', width: 24 },
        { header: '件数', width: 10 },
        { header: '人数', width: 10 },
      ],
      rows: [
        ['防止民间纠纷转化为刑事案件', s.prevention.criminal.cases, s.prevention.criminal.people],
        ['防止群体性上访', s.prevention.collective.cases, s.prevention.collective.people],
      ],
    },
    itemTable('研判', '风险研判', [
      ['研判会（次）', s.assessment.meetings],
      ['研判事项（件）', s.assessment.matters],
    ]),
    itemTable('网格', '网格上报（本期收到的上报及其现状）', [
      ['收到上报（件）', s.grid.phone + s.grid.imported],
      ['其中：手机上报', s.grid.phone],
      ['其中：平台导入', s.grid.imported],
      ['受理登记（件）', s.grid.registered],
      ['不立事项（件）', s.grid.dismissed],
      ['待受理（件）', s.grid.pending],
    ]),
    {
      sheet: '中心受理',
      title: '综治中心受理办结情况（按诉求类别，全部事项）',
      columns: [
        { header: '诉求类别', width: 16 },
        { header: '受理（件）', width: 10 },
        { header: '不予受理（件）', width: 14 },
        { header: '当场化解（件）', width: 14 },
        { header: '派单（件）', width: 10 },
        { header: '办结（件）', width: 10 },
        { header: '归档（件）', width: 10 },
      ],
      rows: [...s.intake, intake].map((c) => [c.name, c.accepted, c.declined, c.settled, c.referred, c.resolved, c.archived]),
    },
    {
      sheet: '按单位',
      title: '派单办理情况（按承办单位，各单位自报结果）',
      columns: [
        { header: '承办单位', width: 18 },
        { header: '派单（件）', width: 10 },
        { header: '按期办结（件）', width: 14 },
        { header: '超期（件）', width: 10 },
        { header: '平均办理天数', width: 14 },
        ...REFERRAL_RESULTS.map((k) => ({ header: `${REFERRAL_RESULT_LABELS[k]}（件）`, width: 12 })),
      ],
      rows: [
        ...s.stations.map((r) => [r.name, r.referred, r.onTime, r.overdue, r.averageDays ?? '—', ...REFERRAL_RESULTS.map((k) => r.results[k])]),
        ['合计', stationSum((r) => r.referred), stationSum((r) => r.onTime), stationSum((r) => r.overdue), '—', ...REFERRAL_RESULTS.map((k) => stationSum((r) => r.results[k]))],
      ],
    },
    itemTable(
      '来访',
      '来访情况',
      [
        ['来访批次', s.visitors.visits],
        ['来访人次', s.visitors.heads],
        ['集体访（批）', s.visitors.collective],
        ['集体访（人次）', s.visitors.collectiveHeads],
        ['重复访（次）', s.visitors.repeat],
        ...VISIT_CHANNELS.map((c): [string, number] => [`其中：${VISIT_CHANNEL_LABELS[c]}`, s.visitors.byChannel[c] ?? 0]),
      ],
      16,
    ),
    {
      sheet: '满意度',
      title: '群众评价',
      columns: [
        { header: '评价', width: 12 },
        { header: '件数', width: 10 },
        { header: '占比', width: 10 },
      ],
      rows: [...SATISFACTIONS.map((k) => [SATISFACTION_LABELS[k], s.satisfaction[k], rate(s.satisfaction[k], satisfied)]), ['合计', satisfied, satisfied === 0 ? '—' : '100.0%']],
    },
  ];
}

