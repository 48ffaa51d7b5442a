import { Document, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReportTable } from '../../../shared/reportTables';
import { OfficialPage, official } from './official';

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
  table: { borderTopWidth: 0.8, borderLeftWidth: 0.8, borderColor: '#000' },
  row: { flexDirection: 'row' },
  cell: { borderRightWidth: 0.8, borderBottomWidth: 0.8, borderColor: '#000', paddingHorizontal: 3, paddingVertical: 1, fontSize: 10.5, lineHeight: 1.4 },
  head: { fontWeight: 900 },
  footer: { fontSize: 10, marginTop: 10, color: '#333' },
});

function Table({ t }: { t: ReportTable }) {
  const cell = (i: number) => [s.cell, { flex: t.columns[i]!.width }];
  return (
    <View wrap={false}>
      <Text style={s.h}>{t.title}</Text>
      <View style={s.table}>
        <View style={s.row}>
          {t.columns.map((c, i) => (
            <Text key={c.header} style={[...cell(i), s.head]}>
              {c.header}
            </Text>
          ))}
        </View>
        {t.rows.map((r, i) => (
          <View key={i} style={s.row}>
            {r.map((v, j) => (
              <Text key={j} style={cell(j)}>
                {String(v)}
              </Text>
            ))}
          </View>
        ))}
      </View>
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
