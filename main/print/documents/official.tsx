import { Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { SERIF } from '../fonts';

/** GB/T 9704-2012: A4, 37 mm top, 28 mm binding (left) margin, text block 156 × 225 mm. */
const MM = 72 / 25.4;
export const OFFICIAL_MARGINS = { top: 37 * MM, left: 28 * MM, right: (210 - 28 - 156) * MM, bottom: (297 - 37 - 225) * MM };

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
  right: { textAlign: 'right' },
  seal: { marginTop: 20, alignItems: 'flex-end' },
  small: { fontSize: 12 },
});

export function OfficialPage({ children }: { children: ReactNode }) {
  return (
    <Page size="A4" style={official.page}>
      {children}
    </Page>
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
