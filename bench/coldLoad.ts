import { get, type IncomingMessage } from 'node:http';
import { resolve } from 'node:path';
import { startTestHost } from '../main/testing/testHost';

/**
 * `npm run bench:load` (after `npm run build:renderer`): what a PC's browser downloads the first time
 * it opens the interface — the page and everything it names — as the host sends it (brotli where the
 * browser takes it), against the same files uncompressed.
 */
async function fetchBytes(url: string, encoding: string): Promise<{ bytes: number; body: Buffer; encoding: string }> {
  const res = await new Promise<IncomingMessage>((ok, fail) => get(url, { headers: { 'accept-encoding': encoding } }, ok).on('error', fail));
  const chunks: Buffer[] = [];
  for await (const c of res) chunks.push(c as Buffer);
  const body = Buffer.concat(chunks);
  return { bytes: body.length, body, encoding: String(res.headers['content-encoding'] ?? 'identity') };
}

const host = await startTestHost({ rendererDir: resolve('dist/renderer') });
try {
  const page = await fetchBytes(`${host.url}/`, 'identity');
  const assets = [...page.body.toString().matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  let compressed = page.bytes;
  let plain = page.bytes;
  console.log('| 文件 | 原始 (KB) | 实际传输 (KB) | 编码 |\n|---|---|---|---|');
  console.log(`| index.html | ${(page.bytes / 1024).toFixed(1)} | ${(page.bytes / 1024).toFixed(1)} | identity |`);
  for (const path of assets) {
    const raw = await fetchBytes(`${host.url}${path}`, 'identity');
    const sent = await fetchBytes(`${host.url}${path}`, 'br, gzip');
    plain += raw.bytes;
    compressed += sent.bytes;
    console.log(`| ${path.replace(/-[\w-]{8}\./, '-….')} | ${(raw.bytes / 1024).toFixed(1)} | ${(sent.bytes / 1024).toFixed(1)} | ${sent.encoding} |`);
  }
  console.log(`| **首次打开合计** | ${(plain / 1024).toFixed(0)} | ${(compressed / 1024).toFixed(0)} | |`);
} finally {
  await host.stop();
}
