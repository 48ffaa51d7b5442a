import { Path, Svg, type Styles } from '@react-pdf/renderer';
import QRCode from 'qrcode';

/**
 * A QR code's dark modules as one SVG path: each row's runs of dark modules as rectangles, in module
 * units. Drawn as vectors it prints sharp on a 203 dpi thermal roll, and the receipt is spared encoding
 * and decoding a PNG on every paper.
 */
export function qrPath(text: string): { size: number; d: string } {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  let d = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && data[y * size + x]) x++;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  }
  return { size, d };
}

/** The matter code as a QR code, `width` points square: scanning it into 查找 opens the matter. */
export function QrCode({ text, width, style }: { text: string; width: number; style?: Styles[string] }) {
  const { size, d } = qrPath(text);
  return (
    <Svg viewBox={`0 0 ${size} ${size}`} style={[{ width, height: width }, style ?? {}]}>
      <Path d={d} fill="#000" />
    </Svg>
  );
}
