import { Document, Text } from '@react-pdf/renderer';
import { partyNames, type MediationPaperData } from './mediationParts';
import { FieldTable, OfficialPage, PaperNumber, SealBlock, official } from './official';

/** 回访记录: whether the agreement was carried out, and what the parties think of it. */
export function RevisitRecord({ data }: { data: MediationPaperData }) {
  const r = data.revisit;
  return (
    <Document title={`回访记录 ${data.number}`} author={data.committeeName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage preview={data.preview}>
        <Text style={official.title}>人民调解回访记录</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <FieldTable
          rows={[
            ['当事人', partyNames(data.parties)],
            ['调解协议编号', data.agreementNumber || '（口头协议）'],
            ['回访时间', r?.on ?? ''],
            ['履行情况', r?.performed ?? ''],
            ['当事人评价', r?.satisfaction ?? ''],
            ['司法确认', r?.judicialConfirmed ? '已申请司法确认' : '未申请'],
            ['回访情况', r?.note ?? ''],
            ['回访人', r?.by ?? ''],
          ]}
        />
        <SealBlock issuer={data.committeeName} date={r?.on ?? data.mediatedOn} compact />
      </OfficialPage>
    </Document>
  );
}
