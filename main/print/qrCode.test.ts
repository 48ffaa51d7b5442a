import { Document, Page, renderToBuffer } from '@react-pdf/renderer';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../testing/testHost';
import { QrCode } from './documents/QrCode';

/** A grey PGM (P5) as pdftoppm writes it: width, height and one byte a pixel. */
function readPgm(file: string): { width: number; height: number; at: (x: number, y: number) => number } {
  const bytes = readFileSync(file);
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'))!;
  const start = header[0].length;
  const width = Number(header[1]);
  return { width, height: Number(header[2]), at: (x, y) => bytes[start + y * width + x]! };
}

describe('the receipt’s QR code, drawn as vectors', () => {
  it('prints exactly the code’s modules: every module centre on the printed page is dark where the code is dark', async () => {
    const text = 'SX20261127-0042';
    const pdf = await renderToBuffer(createElement(Document, null, createElement(Page, { size: [200, 200], style: { padding: 40 } }, createElement(QrCode, { text, width: 120 }))) as Parameters<typeof renderToBuffer>[0]);
    const dir = tempDir();
    writeFileSync(join(dir, 'qr.pdf'), pdf);
    execFileSync('pdftoppm', ['-gray', '-r', '288', '-singlefile', join(dir, 'qr.pdf'), join(dir, 'qr')]);
    const page = readPgm(join(dir, 'qr.pgm'));
    const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
    // At 288 dpi a point is 4 pixels: the code stands at (40, 40) pt, 120 pt wide.
    const scale = 288 / 72;
    const module = (120 / size) * scale;
    let wrong = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const px = Math.round(40 * scale + (x + 0.5) * module);
        const py = Math.round(40 * scale + (y + 0.5) * module);
        if (page.at(px, py) < 128 !== Boolean(data[y * size + x])) wrong++;
      }
    }
    expect(size).toBeGreaterThanOrEqual(21);
    expect(wrong).toBe(0);
    // And nothing dark outside it (the quiet zone the scanner needs).
    expect(page.at(Math.round(30 * scale), Math.round(100 * scale))).toBeGreaterThan(200);
  });
});
