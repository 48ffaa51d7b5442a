import { Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { SERIF } from '../fonts';

/** GB/T 9704-2012: A4, 37 mm top, 28 mm binding (left) margin, text block 156 × 225 mm. */
const MM = 72 / 25.4;
export const OFFICIAL_MARGINS = { top: 37 * MM, left: 28 * MM, right: (210 - 28 - 156) * MM, bottom: (297 - 37 - 225) * MM };

/** The ideographic space that separates fields on Chinese forms. */
export const GAP = '\u3000';

export const official = StyleSheet.create({
  page: {
    fontFamily: SERIF,
    fontSize: 16,
    lineHeight: 1.75,
    paddingTop: OFFICIAL_MARGINS.top,
    paddingLeft: OFFICIAL_MARGINS.left,
    paddingRight: OFFICIAL_MARGINS.right,
    paddingBottom: OFFICIAL_MARGINS.bottom,
  },
  /** Titles in a heavy serif, 2号 (22 pt), standing in for 小标宋. */
  title: { fontSize: 22, fontWeight: 900, textAlign: 'center', marginBottom: 18 },
  number: { textAlign: 'right', fontSize: 14, marginBottom: 12 },
  /** Body text: first line indented two characters. */
  para: { textIndent: 32 },
  heading: { fontWeight: 900, marginTop: 6 },
  right: { textAlign: 'right' },
  seal: { marginTop: 20, alignItems: 'flex-end' },
  small: { fontSize: 12 },
  /** A preview is marked across the page, so it is never mistaken for the issued paper. */
  preview: { position: 'absolute', top: 330, left: 0, right: 0, textAlign: 'center', fontSize: 96, letterSpacing: 40, color: '#e3e3e3' },
});

const table = StyleSheet.create({
  frame: { borderTopWidth: 0.6, borderLeftWidth: 0.6, borderRightWidth: 0.6, borderColor: '#000', marginBottom: 8 },
  row: { flexDirection: 'row', borderBottomWidth: 0.6, borderColor: '#000' },
  label: { width: 100, paddingHorizontal: 4, paddingVertical: 2, borderRightWidth: 0.6, borderColor: '#000', fontSize: 13, lineHeight: 1.5 },
  value: { flex: 1, paddingHorizontal: 4, paddingVertical: 2, fontSize: 13, lineHeight: 1.5 },
});

export function OfficialPage({ children, preview = false }: { children: ReactNode; preview?: boolean }) {
  return (
    <Page size="A4" style={official.page}>
      {preview && (
        <Text style={official.preview} fixed>
          预览稿
        </Text>
      )}
      {children}
    </Page>
  );
}

/** The paper's number, top right, with 补打 marked on a second print. */
export function PaperNumber({ number, reprint }: { number: string; reprint: boolean }) {
  return (
    <Text style={official.number}>
      {number}
      {reprint ? '（补打）' : ''}
    </Text>
  );
}

/** Text as typed, one indented paragraph per line the clerk wrote. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <Text key={i} style={official.para}>
            {p}
          </Text>
        ))}
    </>
  );
}

/** A ruled two-column form (label | value), each row kept on one page. */
export function FieldTable({ rows }: { rows: [label: string, value: string][] }) {
  return (
    <View style={table.frame}>
      {rows.map(([label, value]) => (
        <View key={label} style={table.row} wrap={false}>
          <Text style={table.label}>{label}</Text>
          <Text style={table.value}>{value}</Text>
        </View>
      ))}
    </View>
  );
}

const ruled = StyleSheet.create({
  frame: { borderTopWidth: 0.8, borderLeftWidth: 0.8, borderColor: '#000' },
  row: { flexDirection: 'row' },
  cell: { flex: 1, borderRightWidth: 0.8, borderBottomWidth: 0.8, borderColor: '#000', paddingHorizontal: 3, paddingVertical: 1, fontSize: 10.5, lineHeight: 1.4 },
  head: { fontWeight: 900 },
});

/** A ruled table with a bold head row; `widths` are relative column widths. Rows never split across pages. */
export function RuledTable({ head, rows, widths }: { head: string[]; rows: (string | number)[][]; widths?: number[] }) {
  const cell = (i: number) => (widths ? [ruled.cell, { flex: widths[i] ?? 1 }] : [ruled.cell]);
  return (
    <View style={ruled.frame}>
      <View style={ruled.row} wrap={false}>
        {head.map((h, i) => (
          <Text key={i} style={[...cell(i), ruled.head]}>
            {h}
          </Text>
        ))}
      </View>
      {rows.map((r, i) => (
        <View key={i} style={ruled.row} wrap={false}>
          {r.map((c, j) => (
            <Text key={j} style={cell(j)}>
              {String(c)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

/** The issuing body and the date written out, bottom right, where the seal goes. */
export function SealBlock({ issuer, date, compact = false }: { issuer: string; date: string; compact?: boolean }) {
  return (
    <View style={compact ? [official.seal, { marginTop: 8 }] : official.seal} wrap={false}>
      {compact ? <Text>{issuer}（盖章）</Text> : <Text>{issuer}</Text>}
      {!compact && <Text>（盖章）</Text>}
      <Text>{date}</Text>
    </View>
  );
}

const tearOff = StyleSheet.create({
  cut: { marginTop: 6, marginBottom: 6, textAlign: 'center', fontSize: 11, color: '#444' },
  title: { fontSize: 16, lineHeight: 1.4, fontWeight: 900, textAlign: 'center', marginBottom: 4 },
  line: { fontSize: 13, lineHeight: 1.5 },
});

/** The part below the cut line that comes back to the centre (派单回执, 到厅回执): kept on one page. */
export function TearOff({ cutLabel, title, lines }: { cutLabel: string; title: string; lines: string[] }) {
  return (
    <View wrap={false}>
      <Text style={tearOff.cut}>{`－－－－－－－－－－ ${cutLabel} －－－－－－－－－－`}</Text>
      <Text style={tearOff.title}>{title}</Text>
      {lines.map((l, i) => (
        <Text key={i} style={tearOff.line}>
          {l}
        </Text>
      ))}
    </View>
  );
}
