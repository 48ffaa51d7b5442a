import { Document, Text, View } from '@react-pdf/renderer';
import { partyNames, type MediationPaperData } from './mediationParts';
import { FieldTable, GAP, OfficialPage, PaperNumber, official } from './official';

/** 人民调解回访记录 (司法部 2010): 当事人、调解协议编号、回访事由、回访情况, and the 回访人's signature and date. */
export function RevisitRecord({ data }: { data: MediationPaperData }) {
  const r = data.revisit;
  const situation = r ? [`履行情况：${r.performed}；当事人评价：${r.satisfaction}；${r.judicialConfirmed ? '已申请司法确认' : '未申请司法确认'}。`, r.note].filter(Boolean).join('\n') : '';
  return (
    <Document title={`人民调解回访记录 ${data.number}`} author={data.committeeName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage preview={data.preview}>
        <Text style={official.title}>人民调解回访记录</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <FieldTable
          rows={[
            ['当事人', partyNames(data.parties)],
            ['调解协议编号', data.agreementNumber || '（口头协议）'],
            ['回访事由', `${data.disputeType}纠纷调解协议履行情况回访`],
            ['回访情况', situation],
          ]}
        />
        <View wrap={false} style={official.seal}>
          <Text>{`回访人（签名）：${r?.by ?? ''}${GAP}＿＿＿＿＿＿`}</Text>
          <Text>{`回访日期：${r?.on ?? ''}`}</Text>
        </View>
      </OfficialPage>
    </Document>
  );
}
