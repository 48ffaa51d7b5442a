import { Document, Text } from '@react-pdf/renderer';
import { SignatureBlock, type MediationPaperData } from './mediationParts';
import { OfficialPage, PaperNumber, official } from './official';

/**
 * What the parties are told before mediation (《人民调解工作若干规定》 Art. 30), in the words of the
 * 人民调解法: its nature (Art. 2), principles (Art. 3, 4), the parties' rights (Art. 23) and duties
 * (Art. 24), the effect of an agreement (Art. 31) and 司法确认 (Art. 33).
 */
export const RIGHTS_NOTICE_TEXT: readonly string[] = [
  '根据《中华人民共和国人民调解法》等法律、法规的规定，现将人民调解委员会的性质、调解原则和法律效力，以及在调解中各方当事人享有的权利和应当承担的义务告知如下：',
  '一、人民调解委员会是依法设立的调解民间纠纷的群众性组织。人民调解委员会通过说服、疏导等方法，促使当事人在平等协商基础上自愿达成调解协议，解决民间纠纷。',
  '二、人民调解委员会调解民间纠纷，遵循下列原则：（一）在当事人自愿、平等的基础上进行调解；（二）不违背法律、法规和国家政策；（三）尊重当事人的权利，不得因调解而阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利。人民调解委员会调解民间纠纷，不收取任何费用。',
  '三、当事人在人民调解活动中享有下列权利：（一）选择或者接受人民调解员；（二）接受调解、拒绝调解或者要求终止调解；（三）要求调解公开进行或者不公开进行；（四）自主表达意愿、自愿达成调解协议。',
  '四、当事人在人民调解活动中履行下列义务：（一）如实陈述纠纷事实；（二）遵守调解现场秩序，尊重人民调解员；（三）尊重对方当事人行使权利。',
  '五、经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。当事人就调解协议的履行或者调解协议的内容发生争议的，一方当事人可以向人民法院提起诉讼。',
  '六、经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。人民法院依法确认调解协议有效，一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行。',
];

export function RightsNotice({ data }: { data: MediationPaperData }) {
  return (
    <Document title={`人民调解当事人权利义务告知书 ${data.number}`} author={data.committeeName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage preview={data.preview}>
        <Text style={official.title}>人民调解当事人权利义务告知书</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        {RIGHTS_NOTICE_TEXT.map((p, i) => (
          <Text key={i} style={official.para}>
            {p}
          </Text>
        ))}
        <SignatureBlock parties={data.parties} partyNote="（签名）" mediator={false} recorder={false} committee={data.committeeName} date={data.acceptedOn} lead="以上告知内容，我已知悉。" />
      </OfficialPage>
    </Document>
  );
}
