import { Document, Text } from '@react-pdf/renderer';
import { chineseNumeral } from '../../../shared/mediation';
import { PartyBlocks, SignatureBlock, type MediationPaperData } from './mediationParts';
import { OfficialPage, Paragraphs, PaperNumber, official } from './official';

/**
 * 人民调解申请书 (司法部 2010): the applicant and the respondents, 纠纷简要情况, the numbered 申请事项,
 * the sentence that the rules of 人民调解 were told, and the applicant's signature.
 */
export function MediationApplication({ data }: { data: MediationPaperData }) {
  const [applicant, ...respondents] = data.parties;
  return (
    <Document title={`人民调解申请书 ${data.number}`} author={data.committeeName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage preview={data.preview}>
        <Text style={official.title}>人民调解申请书</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <PartyBlocks parties={applicant ? [applicant] : []} label={() => '申请人'} />
        <PartyBlocks parties={respondents} label={(i) => (respondents.length > 1 ? `被申请人${chineseNumeral(i + 1)}` : '被申请人')} />
        <Text style={official.heading} minPresenceAhead={56}>
          纠纷简要情况：
        </Text>
        <Paragraphs text={data.facts} />
        <Text style={official.heading} minPresenceAhead={56}>
          当事人申请事项：
        </Text>
        {data.requests.map((r, i) => (
          <Text key={i} style={official.para}>{`${i + 1}．${r.replace(/\s*\n\s*/g, '')}`}</Text>
        ))}
        <SignatureBlock
          parties={applicant ? [applicant] : []}
          partyNote="（签名盖章或按指印）"
          partyLabel="申请人"
          mediator={false}
          recorder={false}
          committee={null}
          date={data.acceptedOn}
          lead={`${data.committeeName}已将申请人民调解的相关规定告知我，现自愿申请${data.committeeName}进行调解。`}
        />
      </OfficialPage>
    </Document>
  );
}
