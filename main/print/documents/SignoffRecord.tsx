import { Document, Polyline, StyleSheet, Svg, Text, View } from '@react-pdf/renderer';
import { PAD, type Stroke } from '../../../shared/screen';
import { FieldTable, OfficialPage, PaperNumber, SealBlock, official } from './official';

/** 群众签单确认单: the result the visitor was told, their rating, and their own signature from the 访客屏. */
export interface SignoffRecordData {
  centreName: string;
  number: string;
  matterCode: string;
  visitorName: string;
  categoryName: string;
  content: string;
  stationName: string;
  result: string;
  satisfaction: string;
  signedDate: string;
  /** The signature as drawn on the screen; null when the clerk rated for the visitor. */
  strokes: Stroke[] | null;
  /** Why the clerk rated instead (said at the sign-off). */
  selfRatedReason: string;
  clerkName: string;
  reprint: boolean;
}

const styles = StyleSheet.create({
  label: { fontSize: 13, marginTop: 10, marginBottom: 4 },
  pad: { borderWidth: 1, borderColor: '#888', width: 300, height: 100 },
  note: { fontSize: 12, lineHeight: 1.5, marginTop: 6 },
});

export function SignoffRecord({ data }: { data: SignoffRecordData }) {
  return (
    <Document title={`群众签单确认单 ${data.number}`} author={data.centreName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage>
        <Text style={official.title}>群众签单确认单</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <FieldTable
          rows={[
            ['事项编号', data.matterCode],
            ['来访人', data.visitorName],
            ['诉求类别', data.categoryName],
            ['诉求内容', data.content],
            ['承办单位', data.stationName || '—'],
            ['办理结果', data.result || '—'],
            ['群众评价', data.satisfaction],
            ['签单日期', data.signedDate],
            ['经办人', data.clerkName],
          ]}
        />
        <View wrap={false}>
          <Text style={styles.label}>来访人签名：</Text>
          {data.strokes ? (
            // Drawn on a 600 × 200 pad, printed at half size: the strokes as the finger made them.
            <Svg style={styles.pad} viewBox={`0 0 ${PAD.width} ${PAD.height}`}>
              {data.strokes.map((s, i) => (
                <Polyline key={i} points={s.map(([x, y]) => `${x},${y}`).join(' ')} stroke="#000" strokeWidth={3} fill="none" strokeLinecap="round" strokeLinejoin="round" />
              ))}
            </Svg>
          ) : (
            <Text style={styles.note}>{`（未在访客屏签名，由经办人代为评价。原因：${data.selfRatedReason || '本窗口未配对访客屏'}）`}</Text>
          )}
        </View>
        <SealBlock issuer={data.centreName} date={data.signedDate} compact />
      </OfficialPage>
    </Document>
  );
}
