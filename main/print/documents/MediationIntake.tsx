import { Document, Text } from '@react-pdf/renderer';
import { MEDIATION_SOURCES } from '../../../shared/mediation';
import { MEDIATION_SOURCE_LABELS } from '../../../shared/text/labels';
import { partyNames, SignatureBlock, type MediationPaperData } from './mediationParts';
import { FieldTable, GAP, OfficialPage, PaperNumber, official } from './official';

/**
 * 人民调解受理登记表 (司法部 2010): the entry paper of a case without a 申请书 — the committee's own
 * initiative (主动调解) or a case handed over (委托移送). Filled in by the committee.
 */
export function MediationIntake({ data }: { data: MediationPaperData }) {
  // The form's boxes: ■ for the source of this case, □ for the others.
  const sources = MEDIATION_SOURCES.map((s, i) => `${'①②③'[i]}${s === data.source ? '■' : '□'}${MEDIATION_SOURCE_LABELS[s]}`).join(GAP);
  return (
    <Document title={`人民调解受理登记表 ${data.number}`} author={data.committeeName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage preview={data.preview}>
        <Text style={official.title}>人民调解受理登记表</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <Text style={official.para}>{`${data.acceptedOn}，本人民调解委员会经当事人同意，调解${partyNames(data.parties)}之间的纠纷。`}</Text>
        <FieldTable
          rows={[
            ['纠纷类型', `${data.disputeType}纠纷`],
            ['案件来源', sources],
            ['纠纷简要情况', data.facts],
          ]}
        />
        <SignatureBlock parties={data.parties} partyNote="（签名）" mediator={false} recorder={false} registrar={data.mediator} committee={data.committeeName} date={data.acceptedOn} />
        <Text style={official.small}>备注：此表由人民调解委员会填写。</Text>
      </OfficialPage>
    </Document>
  );
}
