import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { SERIF } from '../fonts';
import { GAP, OFFICIAL_MARGINS, RuledTable, official } from './official';

/** One line of the 卷内目录: the paper, its pages in the bound file, and a remark. */
export interface ContentsLine {
  title: string;
  /** 1 or 2-3; '' for a paper kept on paper only (e.g. the parties' ID copies). */
  pages: string;
  note: string;
}

/** The cover, contents and back of a bound 调解卷宗 (司法部 2010); the papers go between. */
export interface CaseFileData {
  committeeName: string;
  /** 卷号 （2026）南大里人调字第 N 号. */
  fileNumber: string;
  /** 卷名: the parties and the dispute. */
  title: string;
  mediator: string;
  /** Written out: from 受理 to the last act in the file. */
  from: string;
  to: string;
  /** 立卷人 and 立卷日期. */
  filedBy: string;
  filedOn: string;
  contents: ContentsLine[];
  /** Pages of the papers bound between contents and back. */
  paperPages: number;
  /** This binding's own number (JZ…), for the paper trail. */
  number: string;
  reprint: boolean;
  preview: boolean;
}

const s = StyleSheet.create({
  cover: { fontFamily: SERIF, fontSize: 16, lineHeight: 2, paddingTop: 60, paddingHorizontal: OFFICIAL_MARGINS.left },
  committee: { fontSize: 22, textAlign: 'center', marginTop: 40 },
  big: { fontSize: 36, fontWeight: 900, textAlign: 'center', letterSpacing: 16, marginTop: 24, marginBottom: 48 },
  field: { flexDirection: 'row', marginLeft: 24, marginBottom: 6 },
  label: { width: 104 },
  value: { flex: 1, borderBottomWidth: 0.6, borderColor: '#000' },
  trail: { position: 'absolute', bottom: 40, left: OFFICIAL_MARGINS.left, right: OFFICIAL_MARGINS.right, fontSize: 10, color: '#555', textAlign: 'right' },
});

function Field({ label, value }: { label: string; value: string }) {
  return (
    <View style={s.field}>
      <Text style={s.label}>{label}</Text>
      <Text style={s.value}>{value || ' '}</Text>
    </View>
  );
}

const trail = (data: CaseFileData) => `${data.number}${data.reprint ? '（补打）' : ''}`;

/** 卷宗封面 and 卷内目录: the first two pages of the bound file. */
export function CaseFileFront({ data }: { data: CaseFileData }) {
  return (
    <Document title={`人民调解卷宗 ${data.fileNumber}`} author={data.committeeName} creator="一站式受理台" producer="一站式受理台">
      <Page size="A4" style={s.cover}>
        {data.preview && <Text style={official.preview}>预览稿</Text>}
        <Text style={s.committee}>{data.committeeName}</Text>
        <Text style={s.big}>调解卷宗</Text>
        <Field label="卷　　名：" value={data.title} />
        <Field label="卷　　号：" value={data.fileNumber} />
        <Field label="人民调解员：" value={data.mediator} />
        <Field label="调解日期：" value={`${data.from}至${data.to.slice(0, 5) === data.from.slice(0, 5) ? data.to.slice(5) : data.to}`} />
        <Field label="立 卷 人：" value={data.filedBy} />
        <Field label="立卷日期：" value={data.filedOn} />
        <Field label="保管期限：" value="" />
        <Field label="备　　注：" value="" />
        <Text style={s.trail}>{trail(data)}</Text>
      </Page>
      <Page size="A4" style={official.page}>
        <Text style={official.title}>卷内目录</Text>
        <RuledTable head={['序号', '文书名称', '页号', '备注']} widths={[1, 6, 1.5, 3]} rows={data.contents.map((c, i) => [i + 1, c.title, c.pages, c.note])} />
        <Text style={s.trail}>{trail(data)}</Text>
      </Page>
    </Document>
  );
}

/** 封底 with the 卷内备考表: what the file holds, who bound it and who checked it. */
export function CaseFileBack({ data }: { data: CaseFileData }) {
  return (
    <Document title={`人民调解卷宗封底 ${data.fileNumber}`} author={data.committeeName} creator="一站式受理台" producer="一站式受理台">
      <Page size="A4" style={official.page}>
        <Text style={official.title}>卷内备考表</Text>
        <Text style={official.para}>{`本卷宗连面带底共${data.paperPages + 3}页，其中文书${data.paperPages}页；另附纸质材料见卷内目录备注。`}</Text>
        <Text style={official.para}>{`卷号：${data.fileNumber}`}</Text>
        <View style={{ marginTop: 40 }}>
          <Text>{`立卷人（签名）：${data.filedBy}${GAP}＿＿＿＿＿＿`}</Text>
          <Text>{`检查人（签名）：＿＿＿＿＿＿`}</Text>
          <Text>{`立卷日期：${data.filedOn}`}</Text>
        </View>
        <Text style={s.trail}>{trail(data)}</Text>
      </Page>
    </Document>
  );
}
