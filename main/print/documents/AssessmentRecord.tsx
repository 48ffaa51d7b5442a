import { Document, Text } from '@react-pdf/renderer';
import { FieldTable, OfficialPage, Paragraphs, PaperNumber, RuledTable, SealBlock, official } from './official';

/** 矛盾纠纷研判会记录: when, where, who, what was said, and per matter what was decided. */
export interface AssessmentRecordData {
  centreName: string;
  number: string;
  heldOn: string;
  place: string;
  chair: string;
  attendees: string;
  discussion: string;
  decisions: { code: string; visitor: string; category: string; risk: string; decision: string; station: string; due: string }[];
  reprint: boolean;
}

export function AssessmentRecord({ data }: { data: AssessmentRecordData }) {
  return (
    <Document title={`矛盾纠纷研判会记录 ${data.number}`} author={data.centreName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage>
        <Text style={official.title}>矛盾纠纷研判会记录</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <FieldTable
          rows={[
            ['时间', data.heldOn],
            ['地点', data.place],
            ['主持人', data.chair],
            ['参加人员', data.attendees],
          ]}
        />
        <Text style={official.heading}>研判情况：</Text>
        <Paragraphs text={data.discussion} />
        <Text style={official.heading} minPresenceAhead={80}>
          研判事项及意见：
        </Text>
        <RuledTable
          head={['事项编号', '当事人', '类别', '风险', '研判意见', '责任单位', '办结时限']}
          widths={[2.8, 1.1, 1, 0.7, 3.6, 1.5, 1.6]}
          rows={data.decisions.map((d) => [d.code, d.visitor, d.category, d.risk, d.decision, d.station, d.due])}
        />
        <Text style={[official.para, { marginTop: 12 }]}>以上研判意见作为督办事项，纳入事项办理全程跟踪。</Text>
        <SealBlock issuer={data.centreName} date={data.heldOn} />
      </OfficialPage>
    </Document>
  );
}
