import { Document, Text } from '@react-pdf/renderer';
import { chineseNumeral } from '../../../shared/mediation';
import { PartyBlocks, SignatureBlock, type MediationPaperData } from './mediationParts';
import { OfficialPage, Paragraphs, PaperNumber, official } from './official';

/** 人民调解申请书: the first party applies; the others are the respondents. */
export function MediationApplication({ data }: { data: MediationPaperData }) {
  const [applicant, ...respondents] = data.parties;
  return (
    <Document title={`人民调解申请书 ${data.number}`} author={data.committeeName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage preview={data.preview}>
        <Text style={official.title}>人民调解申请书</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <PartyBlocks parties={applicant ? [applicant] : []} label={() => '申请人'} />
        <PartyBlocks parties={respondents} label={(i) => (respondents.length > 1 ? `被申请人${chineseNumeral(i + 1)}` : '被申请人')} />
        <Text style={official.heading} minPresenceAhead={56}>纠纷简要情况及申请事项：</Text>
        <Paragraphs text={data.facts} />
        <Text style={official.para}>{`申请人自愿申请${data.committeeName}调解上述纠纷，并如实陈述纠纷事实，遵守调解规则。`}</Text>
        <Text style={official.para}>此致</Text>
        <Text>{data.committeeName}</Text>
        <SignatureBlock parties={applicant ? [applicant] : []} partyNote="（申请人签名或按指印）" mediator={false} recorder={false} committee={null} date={data.mediatedOn} />
      </OfficialPage>
    </Document>
  );
}
