import { Document, Text } from '@react-pdf/renderer';
import { chineseNumeral } from '../../../shared/mediation';
import { partyNames, type MediationPaperData } from './mediationParts';
import { FieldTable, OfficialPage, PaperNumber, SealBlock, official } from './official';

/** 口头协议登记表: an oral agreement as the mediator registers it (人民调解法 Art. 28). */
export function OralAgreement({ data }: { data: MediationPaperData }) {
  return (
    <Document title={`口头协议登记表 ${data.number}`} author={data.committeeName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage preview={data.preview}>
        <Text style={official.title}>人民调解口头协议登记表</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <FieldTable
          rows={[
            ['当事人', partyNames(data.parties)],
            ['纠纷简要情况', data.facts],
            ['口头协议内容', data.clauses.map((c, i) => `${chineseNumeral(i + 1)}、${c}`).join('\n')],
            ['履行方式、时限', data.performance],
            ['协议涉及金额', data.amount || '无'],
            ['调解日期', data.mediatedOn],
            ['人民调解员', data.mediator],
            ['登记人', data.recorder],
          ]}
        />
        <SealBlock issuer={data.committeeName} date={data.mediatedOn} compact />
      </OfficialPage>
    </Document>
  );
}
