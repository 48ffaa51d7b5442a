import { Document, StyleSheet, Text } from '@react-pdf/renderer';
import { FieldTable, GAP, OfficialPage, PaperNumber, SealBlock, TearOff, official } from './official';

/** 驻点召集单: a station that is not in the hall today (随叫随驻, or 轮驻 off its day) is called in for a matter. */
export interface CallSlipData {
  centreName: string;
  number: string;
  stationName: string;
  /** 随叫随驻 / 轮驻（周二、周四） / 常驻. */
  attendance: string;
  contactPerson: string;
  contactPhone: string;
  matterCode: string;
  visitorName: string;
  categoryName: string;
  content: string;
  referredDate: string;
  deadlineDate: string;
  /** Where in the hall to come: the counter that called. */
  place: string;
  calledBy: string;
  reprint: boolean;
}

const styles = StyleSheet.create({
  note: { fontSize: 12, lineHeight: 1.5 },
});

export function CallSlip({ data }: { data: CallSlipData }) {
  return (
    <Document title={`驻点召集单 ${data.number}`} author={data.centreName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage>
        <Text style={official.title}>驻点力量到厅召集单</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <FieldTable
          rows={[
            ['召集单位', `${data.stationName}（${data.attendance}）`],
            ['联系人', `${data.contactPerson || '—'}${GAP}${data.contactPhone || ''}`],
            ['事项编号', data.matterCode],
            ['来访人', data.visitorName],
            ['诉求类别', data.categoryName],
            ['诉求内容', data.content],
            ['派单日期', data.referredDate],
            ['办结期限', data.deadlineDate],
            ['到厅地点', `${data.centreName}${data.place}`],
            ['召集人', data.calledBy],
          ]}
        />
        <Text style={styles.note}>上述事项已派贵单位承办。贵单位今日不在中心值守，请接到通知后派员到厅对接；不能到厅的，请即电话告知中心并约定时间。</Text>
        <SealBlock issuer={data.centreName} date={data.referredDate} compact />
        <TearOff
          cutLabel="沿此线剪下，到厅后交回窗口"
          title="到厅回执"
          lines={[
            `事项编号：${data.matterCode}${GAP}召集单号：${data.number}`,
            `到厅单位：${data.stationName}${GAP}${GAP}到厅人员（签名）：＿＿＿＿＿＿`,
            '到厅时间：＿＿＿＿年＿＿月＿＿日＿＿时＿＿分',
          ]}
        />
      </OfficialPage>
    </Document>
  );
}
