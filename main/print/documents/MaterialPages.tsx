import { Document, Image, StyleSheet, Text } from '@react-pdf/renderer';
import { OfficialPage } from './official';

/** One picture of a visitor's material, as bound into the 调解卷宗. */
export interface MaterialPicture {
  caption: string;
  /** data:image/jpeg;base64,… */
  src: string;
}

const MM = 72 / 25.4;
const styles = StyleSheet.create({
  caption: { fontSize: 14, marginBottom: 8 },
  picture: { width: 156 * MM, maxHeight: 205 * MM, objectFit: 'contain' },
});

/** 证据材料: each picture on a page of its own, named, so the 卷内目录 can give its pages. */
export function MaterialPages({ items }: { items: MaterialPicture[] }) {
  return (
    <Document title="证据材料" creator="一站式受理台" producer="一站式受理台">
      {items.map((m, i) => (
        <OfficialPage key={i}>
          <Text style={styles.caption}>{`证据材料 ${i + 1}/${items.length}：${m.caption}`}</Text>
          <Image style={styles.picture} src={m.src} />
        </OfficialPage>
      ))}
    </Document>
  );
}
