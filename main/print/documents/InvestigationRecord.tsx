import { Document, Text, View } from '@react-pdf/renderer';
import type { MediationPaperData } from './mediationParts';
import { FieldTable, GAP, OfficialPage, Paragraphs, PaperNumber, official } from './official';

const BLANK = '＿＿＿＿＿＿';

/** 人民调解调查记录 (司法部 2010): one page per inquiry — 时间、地点、参加人、被调查人, and what was said. */
export function InvestigationRecord({ data }: { data: MediationPaperData }) {
  return (
    <Document title={`人民调解调查记录 ${data.number}`} author={data.committeeName} creator="一站式受理台" producer="一站式受理台">
      {data.investigations.map((inv, i) => (
        <OfficialPage key={i} preview={data.preview}>
          <Text style={official.title}>人民调解调查记录</Text>
          <PaperNumber number={data.investigations.length > 1 ? `${data.number}（${i + 1}/${data.investigations.length}）` : data.number} reprint={data.reprint} />
          <FieldTable
            rows={[
              ['时间', inv.on],
              ['地点', inv.place],
              ['参加人', inv.participants || '无'],
              ['被调查人', inv.subject],
              ['调查人', inv.investigator],
              ['记录人', data.recorder],
            ]}
          />
          <Text style={official.heading}>记录：</Text>
          <Paragraphs text={inv.content} />
          <View wrap={false} style={{ marginTop: 16 }}>
            <Text>{`被调查人（签名）：${BLANK}${GAP}调查人（签名）：${BLANK}`}</Text>
            <Text>{`记录人（签名）：${BLANK}`}</Text>
          </View>
        </OfficialPage>
      ))}
    </Document>
  );
}
