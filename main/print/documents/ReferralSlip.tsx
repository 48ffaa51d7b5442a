import { Document, StyleSheet, Text } from '@react-pdf/renderer';
import { FieldTable, GAP, OfficialPage, PaperNumber, SealBlock, TearOff, official } from './official';

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
  /** Who referred the matter (the referral step's actor), not who printed the slip. */
  referredBy: string;
  /** 集体访: the station must know it faces a group, how many, and who speaks for them. */
  collective: { headcount: number; representatives: string[] } | null;
  reprint: boolean;
}

// Set tight enough that a slip with a few lines of content, a 集体访 row and helpers keeps its return part on page one.
const styles = StyleSheet.create({
  note: { fontSize: 12, lineHeight: 1.5 },
});

export function ReferralSlip({ data }: { data: ReferralSlipData }) {
  return (
    <Document title={`派单单 ${data.number}`} author={data.centreName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage>
        <Text style={official.title}>矛盾纠纷（诉求）派单单</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <FieldTable
          rows={[
            ['事项编号', data.matterCode],
            ['来访人', `${data.visitorName}${GAP}${data.visitorPhone}`],
            ...(data.collective ? [['集体访', `共 ${data.collective.headcount} 人；代表：${data.collective.representatives.join('、')}`] as [string, string]] : []),
            ['诉求类别', data.categoryName],
            ['诉求内容', data.content],
            ['承办单位', data.stationName],
            ['协办单位', data.helperStationNames.join('、') || '无'],
            ['派单日期', data.referredDate],
            ['办结期限', data.deadlineDate],
            ['派单人', data.referredBy],
          ]}
        />
        <Text style={styles.note}>请于期限内办结并反馈；非本单位职责的，请于派单之日起五个工作日内退回并说明理由。</Text>
        <SealBlock issuer={data.centreName} date={data.referredDate} compact />
        <TearOff
          cutLabel="沿此线剪下，办结后交回综治中心"
          title="派单回执"
          lines={[
            `事项编号：${data.matterCode}${GAP}派单单号：${data.number}`,
            `承办单位：${data.stationName}${GAP}${GAP}接收人：＿＿＿＿＿＿${GAP}接收日期：＿＿＿＿＿＿`,
            '办理结果：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿',
            `办结日期：＿＿＿＿＿＿${GAP}${GAP}承办人（签名）：＿＿＿＿＿＿`,
          ]}
        />
      </OfficialPage>
    </Document>
  );
}
