import { Document, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { DayFigures, Discrepancy, KindLedger, LateCorrection } from '../../../shared/dayClose';
import { DOCUMENT_LABELS } from '../../../shared/documents';
import { DISCREPANCY_LABELS, VISIT_CHANNEL_LABELS } from '../../../shared/text/labels';
import type { VisitChannel } from '../../../shared/visit';
import { GAP, OfficialPage, PaperNumber, RuledTable, official } from './official';

/** 日结单: a counter's day — what came in, what went out, the numbers used — for two signatures. */
export interface DaySheetData {
  centreName: string;
  counterName: string;
  /** Written out: 2026年11月27日. */
  day: string;
  number: string;
  figures: DayFigures;
  ledgers: KindLedger[];
  discrepancies: Discrepancy[];
  lateCorrections: LateCorrection[];
  note: string;
  closedBy: string;
  closedAt: string;
  /** Where the audit chain stood at the close (第 N 条 · hash): checked by 数据校验 against the records. */
  chain: string;
  reprint: boolean;
}

const s = StyleSheet.create({
  h: { fontSize: 14, fontWeight: 900, marginTop: 8, marginBottom: 3 },
  line: { fontSize: 12, lineHeight: 1.6 },
  sign: { flexDirection: 'row', justifyContent: 'space-between', marginTop: 20, fontSize: 13 },
});

export function DaySheet({ data }: { data: DaySheetData }) {
  const f = data.figures;
  const channels = Object.entries(f.byChannel).map(([c, n]) => `${VISIT_CHANNEL_LABELS[c as VisitChannel]} ${n}`).join('，') || '无';
  return (
    <Document title={`日结单 ${data.number}`} author={data.centreName} creator="一站式受理台" producer="一站式受理台">
      <OfficialPage>
        <Text style={official.title}>受理窗口日结单</Text>
        <PaperNumber number={data.number} reprint={data.reprint} />
        <Text style={s.line}>{`${data.centreName}${GAP}${data.counterName}${GAP}营业日：${data.day}`}</Text>

        <Text style={s.h}>一、来访与事项</Text>
        <RuledTable
          head={['来访批次', '来访人次', '集体访', '受理', '不予受理', '办结', '签单', '结转明日']}
          rows={[[f.visits, f.heads, f.collective, f.accepted, f.declined, f.resolved, f.signedOff, f.carriedOver]]}
        />
        <Text style={s.line}>来访方式：{channels}</Text>
        <Text style={s.line}>诉求类别：{f.byCategory.map((c) => `${c.name} ${c.count}`).join('，') || '无'}</Text>
        <Text style={s.line}>派单：{f.referred.map((r) => `${r.station} ${r.count}`).join('，') || '无'}</Text>

        <Text style={s.h}>二、文书核对</Text>
        <RuledTable
          head={['文书', '起号', '止号', '开具', '已打印', '补打', '作废']}
          widths={[1.3, 1.6, 1.6, 0.7, 0.8, 0.7, 0.7]}
          rows={data.ledgers.map((l) => [DOCUMENT_LABELS[l.kind], l.first ?? '—', l.last ?? '—', l.issued, l.printed, l.reprints, l.voided.length])}
        />
        {data.ledgers.flatMap((l) => l.voided).map((v) => (
          <Text key={v.number} style={s.line}>{`作废 ${v.number}：${v.reason}`}</Text>
        ))}

        <Text style={s.h}>三、差异及说明</Text>
        {data.discrepancies.length === 0 ? (
          <Text style={s.line}>编号连续，文书均已打印或作废，受理事项均有回执。</Text>
        ) : (
          <RuledTable head={['差异', '编号 / 事项', '说明']} widths={[1, 1.4, 3]} rows={data.discrepancies.map((d) => [DISCREPANCY_LABELS[d.type], d.subject, d.explanation ?? '（未说明）'])} />
        )}

        <Text style={s.h}>四、日结后更正</Text>
        {data.lateCorrections.length === 0 ? (
          <Text style={s.line}>无</Text>
        ) : (
          <RuledTable head={['原营业日', '更正内容', '原因', '更正人']} widths={[1, 2.2, 2, 0.9]} rows={data.lateCorrections.map((c) => [c.recordDay, c.what, c.reason, c.by])} />
        )}

        {data.note && <Text style={[s.line, { marginTop: 6 }]}>备注：{data.note}</Text>}
        <Text style={[s.line, { marginTop: 6 }]}>{`日结人：${data.closedBy}${GAP}日结时间：${data.closedAt}`}</Text>
        {data.chain && <Text style={[s.line, { fontSize: 10 }]}>{`审计链校验码：${data.chain}`}</Text>}
        <View style={s.sign} wrap={false}>
          <Text>受理员（签名）：＿＿＿＿＿＿</Text>
          <Text>负责人（签名）：＿＿＿＿＿＿</Text>
        </View>
      </OfficialPage>
    </Document>
  );
}
