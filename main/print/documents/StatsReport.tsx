import { Document, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReportTable } from '../../../shared/reportTables';
import { OfficialPage, RuledTable, official } from './official';

/** The statistics tables of a period on A4, as the monthly report is handed in. */
export interface StatsReportData {
  centreName: string;
  periodLabel: string;
  tables: ReportTable[];
  /** 制表时间 and the note on closed days. */
  footer: string;
}

const s = StyleSheet.create({
  h: { fontSize: 13, fontWeight: 900, marginTop: 10, marginBottom: 3 },
  footer: { fontSize: 10, marginTop: 10, color: '#333' },
});

function Table({ t }: { t: ReportTable }) {
  return (
    <View wrap={false}>
      <Text style={s.h}>{t.title}</Text>
      <RuledTable head={t.columns.map((c) => c.header)} widths={t.columns.map((c) => c.width)} rows={t.rows} />
    </View>
  );
}

export function StatsReport({ data }: { data: StatsReportData }) {
  return (
    <Document title={`${data.periodLabel}统计表`} author={data.centreName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage>
        <Text style={official.title}>{`${data.centreName}\n${data.periodLabel}矛盾纠纷受理调解统计表`}</Text>
        {data.tables.map((t) => (
          <Table key={t.sheet} t={t} />
        ))}
        <Text style={s.footer}>{data.footer}</Text>
      </OfficialPage>
    </Document>
  );
}
