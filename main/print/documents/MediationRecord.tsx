import { Document, Text } from '@react-pdf/renderer';
import { partyNames, SignatureBlock, type MediationPaperData } from './mediationParts';
import { FieldTable, OfficialPage, Paragraphs, PaperNumber, official } from './official';

/** 调解记录: when, where, who took part, and what was said. */
export function MediationRecord({ data }: { data: MediationPaperData }) {
  return (
    <Document title={`调解记录 ${data.number}`} author={data.committeeName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage preview={data.preview}>
        <Text style={official.title}>调解记录</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <FieldTable
          rows={[
            ['调解时间', data.mediatedOn],
            ['调解地点', data.place],
            ['当事人', partyNames(data.parties)],
            ['人民调解员', data.mediator],
            ['记录人', data.recorder],
            ['调解来源', data.sourceLabel],
          ]}
        />
        <Text style={official.heading} minPresenceAhead={56}>调解情况：</Text>
        <Paragraphs text={data.record || data.facts} />
        <SignatureBlock parties={data.parties} mediator recorder committee={null} date={data.mediatedOn} partyNote="（签名或按指印）" />
      </OfficialPage>
    </Document>
  );
}
