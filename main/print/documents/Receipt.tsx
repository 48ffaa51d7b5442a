import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { chinaDateTime } from '../../../shared/time';
import { SANS } from '../fonts';
import { QrCode } from './QrCode';

/** What a 受理回执 shows: the visitor takes it home and follows up with its code. */
export interface ReceiptData {
  centreName: string;
  followUpPhone: string;
  /** The receipt's own number (HZ…), the one the 日结 paper check counts. */
  number: string;
  visitNo: string;
  matterCode: string;
  visitedAt: string;
  visitorName: string;
  maskedId: string;
  categoryName: string;
  content: string;
  stationName: string | null;
  timeLimit: string;
  counterName: string;
  clerkName: string;
  /** 补打: a second print says so on the paper. */
  reprint: boolean;
}

export type ReceiptLayout = 'roll80' | 'a5';

/** 80 mm thermal paper: 72 mm printable; the page is as long as its content, no blank paper fed. */
const ROLL_WIDTH = (80 / 25.4) * 72;

const styles = StyleSheet.create({
  roll: { fontFamily: SANS, fontSize: 9, paddingHorizontal: 12, paddingVertical: 14, lineHeight: 1.45 },
  a5: { fontFamily: SANS, fontSize: 11, paddingHorizontal: 46, paddingVertical: 36, lineHeight: 1.5 },
  centre: { textAlign: 'center', fontWeight: 700 },
  title: { textAlign: 'center', fontWeight: 700, marginTop: 2, marginBottom: 6 },
  reprint: { textAlign: 'center', marginBottom: 4 },
  row: { flexDirection: 'row', marginBottom: 1 },
  label: { width: '28%' },
  value: { width: '72%' },
  rule: { borderBottomWidth: 0.6, borderBottomColor: '#000', borderStyle: 'dashed', marginVertical: 5 },
  qr: { alignSelf: 'center', marginVertical: 4 },
  small: { marginTop: 4 },
});

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View style={styles.row}>
      <Text style={styles.label}>{label}</Text>
      <Text style={styles.value}>{value}</Text>
    </View>
  );
}

export function Receipt({ data, layout }: { data: ReceiptData; layout: ReceiptLayout }) {
  const roll = layout === 'roll80';
  const big = roll ? 12 : 16;
  return (
    <Document title={`受理回执 ${data.matterCode}`} author={data.centreName} creator="一站式受理台" producer="一站式受理台">
      <Page size={roll ? { width: ROLL_WIDTH } : 'A5'} wrap={!roll} style={roll ? styles.roll : styles.a5}>
        <Text style={[styles.centre, { fontSize: roll ? 10 : 13 }]}>{data.centreName}</Text>
        <Text style={[styles.title, { fontSize: big }]}>受理回执</Text>
        {data.reprint && <Text style={styles.reprint}>（补打）</Text>}
        <Row label="回执编号" value={data.number || '（预览）'} />
        <Row label="登记编号" value={data.visitNo} />
        <Row label="事项编号" value={data.matterCode} />
        <Row label="登记时间" value={chinaDateTime(data.visitedAt)} />
        <Row label="来访人" value={data.visitorName} />
        <Row label="身份证号" value={data.maskedId || '—'} />
        <Row label="诉求类别" value={data.categoryName} />
        <Row label="诉求内容" value={data.content} />
        <Row label="承办单位" value={data.stationName ?? '由中心派单，结果将告知您'} />
        <Row label="办理时限" value={data.timeLimit} />
        <View style={styles.rule} />
        <QrCode text={data.matterCode} width={84} style={styles.qr} />
        <Text style={{ textAlign: 'center' }}>凭此码或事项编号查询办理进度</Text>
        <Text style={styles.small}>
          查询方式：到本中心{data.counterName}出示本回执{data.followUpPhone ? `，或致电 ${data.followUpPhone}` : ''}。
        </Text>
        <Text style={styles.small}>受理人：{data.clerkName}</Text>
      </Page>
    </Document>
  );
}
