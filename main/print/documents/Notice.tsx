import { Document, Text } from '@react-pdf/renderer';
import { OfficialPage, PaperNumber, SealBlock, official } from './official';

/** 不予受理告知书: why a demand cannot be taken in here, and where to take it instead. */
export interface NoticeData {
  centreName: string;
  number: string;
  visitorName: string;
  visitedDate: string;
  content: string;
  reason: string;
  channel: string;
  issuedDate: string;
  reprint: boolean;
}

export function Notice({ data }: { data: NoticeData }) {
  return (
    <Document title={`不予受理告知书 ${data.number}`} author={data.centreName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage>
        <Text style={official.title}>不予受理告知书</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <Text>{data.visitorName}：</Text>
        <Text style={official.para}>
          您于{data.visitedDate}来{data.centreName}反映：{data.content}
        </Text>
        <Text style={official.para}>经审查，{data.reason}，本中心不予受理。</Text>
        <Text style={official.para}>建议您{data.channel}。</Text>
        <Text style={official.para}>特此告知。</Text>
        <SealBlock issuer={data.centreName} date={data.issuedDate} />
      </OfficialPage>
    </Document>
  );
}
