import { Document, Text } from '@react-pdf/renderer';
import { agreementCopies, chineseNumeral } from '../../../shared/mediation';
import { Clauses, PartyBlocks, SignatureBlock, type MediationPaperData } from './mediationParts';
import { OfficialPage, Paragraphs, official } from './official';

/**
 * 人民调解协议书 in the 司法部 2010 layout: the parties, the facts and what is disputed, the numbered
 * clauses, how and by when they are performed, the copies, and the signatures kept on one page.
 */
export function MediationAgreement({ data }: { data: MediationPaperData }) {
  const copies = chineseNumeral(agreementCopies(data.parties.length));
  return (
    <Document title={`人民调解协议书 ${data.number}`} author={data.committeeName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage preview={data.preview}>
        <Text style={official.title}>人民调解协议书</Text>
        <Text style={official.number}>
          编号：{data.number}
          {data.reprint ? '（补打）' : ''}
        </Text>
        <PartyBlocks parties={data.parties} label={(i) => `当事人${chineseNumeral(i + 1)}`} />
        <Text style={official.heading} minPresenceAhead={56}>纠纷主要事实、争议事项：</Text>
        <Paragraphs text={data.facts} />
        <Text style={official.heading} minPresenceAhead={56}>各方当事人的责任：</Text>
        <Paragraphs text={data.responsibility} />
        <Text style={official.heading} minPresenceAhead={56}>经调解，自愿达成如下协议：</Text>
        <Clauses clauses={data.clauses} />
        <Text style={official.heading} minPresenceAhead={56}>履行方式、时限：</Text>
        <Paragraphs text={data.performance} />
        {data.amount && <Text style={official.para}>本协议涉及金额{data.amount}。</Text>}
        <SignatureBlock parties={data.parties} mediator recorder committee={data.committeeName} date={data.mediatedOn} lead={`本协议一式${copies}份，当事人、人民调解委员会各持一份。`} />
      </OfficialPage>
    </Document>
  );
}
