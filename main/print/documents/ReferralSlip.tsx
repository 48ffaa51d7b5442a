import { Document, StyleSheet, Text, View } from '@react-pdf/renderer';
import { OfficialPage, SealBlock, official } from './official';

/** 派单单 (转办单): what goes to the station, by when, with a return slip to send back. */
export interface ReferralSlipData {
  centreName: string;
  number: string;
  matterCode: string;
  visitorName: string;
  visitorPhone: string;
  categoryName: string;
  content: string;
  stationName: string;
  helperStationNames: string[];
  referredDate: string;
  deadlineDate: string;
  clerkName: string;
  reprint: boolean;
}

/** The ideographic space that separates fields on Chinese forms. */
const GAP = '\u3000';

const styles = StyleSheet.create({
  row: { flexDirection: 'row', borderBottomWidth: 0.6, borderColor: '#000' },
  label: { width: 90, paddingHorizontal: 4, paddingVertical: 2, borderRightWidth: 0.6, borderColor: '#000', fontSize: 13, lineHeight: 1.5 },
  value: { flex: 1, paddingHorizontal: 4, paddingVertical: 2, fontSize: 13, lineHeight: 1.5 },
  table: { borderTopWidth: 0.6, borderLeftWidth: 0.6, borderRightWidth: 0.6, borderColor: '#000', marginBottom: 8 },
  cut: { marginTop: 10, marginBottom: 8, textAlign: 'center', fontSize: 11, color: '#444' },
  slipTitle: { fontSize: 16, fontWeight: 900, textAlign: 'center', marginBottom: 6 },
  line: { fontSize: 13, lineHeight: 1.6 },
});

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.row} wrap={false}>
      <Text style={styles.label}>{label}</Text>
      <Text style={styles.value}>{value}</Text>
    </View>
  );
}

export function ReferralSlip({ data }: { data: ReferralSlipData }) {
  return (
    <Document title={`派单单 ${data.number}`} author={data.centreName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage>
        <Text style={official.title}>矛盾纠纷（诉求）派单单</Text>
        <Text style={official.number}>
          {data.number}
          {data.reprint ? '（补打）' : ''}
        </Text>
        <View style={styles.table}>
          <Row label="事项编号" value={data.matterCode} />
          <Row label="来访人" value={`${data.visitorName}${GAP}${data.visitorPhone}`} />
          <Row label="诉求类别" value={data.categoryName} />
          <Row label="诉求内容" value={data.content} />
          <Row label="承办单位" value={data.stationName} />
          <Row label="协办单位" value={data.helperStationNames.join('、') || '无'} />
          <Row label="派单日期" value={data.referredDate} />
          <Row label="办结期限" value={data.deadlineDate} />
          <Row label="派单人" value={data.clerkName} />
        </View>
        <Text style={official.small}>请于期限内办结并反馈；非本单位职责的，请于派单之日起五个工作日内退回并说明理由。</Text>
        <SealBlock issuer={data.centreName} date={data.referredDate} compact />
        <View wrap={false}>
          <Text style={styles.cut}>－－－－－－－－－－ 沿此线剪下，办结后交回综治中心 －－－－－－－－－－</Text>
          <Text style={styles.slipTitle}>派单回执</Text>
          <Text style={styles.line}>
            {`事项编号：${data.matterCode}${GAP}派单单号：${data.number}`}
          </Text>
          <Text style={styles.line}>{`承办单位：${data.stationName}${GAP}${GAP}接收人：＿＿＿＿＿＿${GAP}接收日期：＿＿＿＿＿＿`}</Text>
          <Text style={styles.line}>办理结果：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿</Text>
          <Text style={styles.line}>{`办结日期：＿＿＿＿＿＿${GAP}${GAP}承办人（签名）：＿＿＿＿＿＿`}</Text>
        </View>
      </OfficialPage>
    </Document>
  );
}
