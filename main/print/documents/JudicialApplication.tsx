import { Document, Text } from '@react-pdf/renderer';
import { chineseNumeral } from '../../../shared/mediation';
import { PartyBlocks, SignatureBlock, type MediationPaperData } from './mediationParts';
import { OfficialPage, PaperNumber, official } from './official';

/**
 * 司法确认申请书: the parties' joint application to the court to confirm their agreement, within 30
 * days of its taking effect (人民调解法 Art. 33; 民事诉讼法 on the confirmation of mediation agreements).
 */
export function JudicialApplication({ data }: { data: MediationPaperData }) {
  return (
    <Document title={`司法确认申请书 ${data.number}`} author={data.committeeName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage preview={data.preview}>
        <Text style={official.title}>司法确认申请书</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <PartyBlocks parties={data.parties} label={(i) => `申请人${chineseNumeral(i + 1)}`} />
        <Text style={official.heading}>请求事项：</Text>
        <Text style={official.para}>{`请求确认申请人于${data.agreementOn}经${data.committeeName}主持调解达成的人民调解协议（编号：${data.agreementNumber || '口头协议'}）有效。`}</Text>
        <Text style={official.heading}>事实和理由：</Text>
        <Text style={official.para}>{`申请人因${data.disputeType}纠纷，于${data.agreementOn}经${data.committeeName}主持调解，自愿达成调解协议。该协议系申请人真实意思表示，不违反法律、行政法规的强制性规定，不损害国家利益、社会公共利益和他人合法权益。申请人自调解协议生效之日起三十日内（至${data.judicialUntil}）共同申请司法确认。`}</Text>
        <Text style={official.para}>申请人保证提交的材料真实、合法，如因虚假陈述造成后果，愿承担相应法律责任。</Text>
        <Text style={official.para}>附：人民调解协议书一份；申请人身份证明复印件各一份。</Text>
        <Text style={official.para}>此致</Text>
        <Text>＿＿＿＿＿＿＿＿人民法院</Text>
        <SignatureBlock parties={data.parties} partyLabel="申请人" partyNote="（签名盖章或按指印）" mediator={false} recorder={false} committee={null} date="＿＿＿＿年＿＿月＿＿日" />
      </OfficialPage>
    </Document>
  );
}
