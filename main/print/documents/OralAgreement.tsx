import { Document, Text } from '@react-pdf/renderer';
import { Clauses, PartyBlocks, SignatureBlock, type MediationPaperData } from './mediationParts';
import { OfficialPage, Paragraphs, PaperNumber, official } from './official';

/**
 * 人民调解口头协议登记表: an oral agreement as the mediator registers it (人民调解法 Art. 28), with the
 * parties' particulars as on an agreement, what they agreed, and their signatures.
 */
export function OralAgreement({ data }: { data: MediationPaperData }) {
  return (
    <Document title={`人民调解口头协议登记表 ${data.number}`} author={data.committeeName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage preview={data.preview}>
        <Text style={official.title}>人民调解口头协议登记表</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <PartyBlocks parties={data.parties} label={(i) => `当事人${'一二三四五六七八九十'[i] ?? i + 1}`} />
        <Text style={official.heading} minPresenceAhead={56}>
          纠纷简要情况：
        </Text>
        <Paragraphs text={data.facts} />
        <Text style={official.heading} minPresenceAhead={56}>
          口头协议内容：
        </Text>
        <Clauses clauses={data.clauses} />
        <Text style={official.heading} minPresenceAhead={56}>
          履行方式、时限：
        </Text>
        <Paragraphs text={data.performance} />
        {data.amount && <Text style={official.para}>协议涉及金额{data.amount}。</Text>}
        <SignatureBlock parties={data.parties} partyNote="（签名或按指印）" mediator recorder={false} registrar={data.recorder} committee={data.committeeName} date={data.mediatedOn} dateLabel="登记日期：" />
      </OfficialPage>
    </Document>
  );
}
