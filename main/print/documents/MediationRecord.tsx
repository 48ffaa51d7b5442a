import { Document, Text } from '@react-pdf/renderer';
import { partyNames, SignatureBlock, type MediationPaperData } from './mediationParts';
import { FieldTable, OfficialPage, Paragraphs, PaperNumber, official } from './official';

/** 人民调解记录 (司法部 2010): 时间、地点、事由、参加人、当事人, the record, and everyone's signature. */
export function MediationRecord({ data }: { data: MediationPaperData }) {
  return (
    <Document title={`人民调解记录 ${data.number}`} author={data.committeeName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage preview={data.preview}>
        <Text style={official.title}>人民调解记录</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <FieldTable
          rows={[
            ['时间', data.mediatedOn],
            ['地点', data.place],
            ['事由', `${data.disputeType}纠纷`],
            ['参加人', data.participants || '无'],
            ['当事人', partyNames(data.parties)],
            ['人民调解员', data.mediator],
            ['记录人', data.recorder],
          ]}
        />
        <Text style={official.heading} minPresenceAhead={56}>
          记录：
        </Text>
        <Paragraphs text={data.record || data.facts} />
        <SignatureBlock parties={data.parties} mediator recorder committee={null} date={data.mediatedOn} partyNote="（签名或按指印）" />
      </OfficialPage>
    </Document>
  );
}
