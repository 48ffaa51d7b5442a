import { mkdirSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHost, tempDir, type TestHost } from './testing/testHost';

let host: TestHost;
const script = `console.log(${JSON.stringify('一站式受理台'.repeat(400))});\n`;

beforeAll(async () => {
  // A built interface as `npm run build:renderer` leaves it: hashed assets with .br and .gz beside them.
  const dir = tempDir();
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"><body><div id="root"></div><script type="module" src="/assets/index-Ab12Cd34.js"></script></body></html>');
  writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js'), script);
  writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js.br'), brotliCompressSync(script));
  writeFileSync(join(dir, 'assets', 'index-Ab12Cd34.js.gz'), gzipSync(script));
  host = await startTestHost({ rendererDir: dir });
});
afterAll(() => host.stop());

describe('the interface as the host sends it', () => {
  it('sends a hashed asset compressed as the browser accepts it, to be kept for good', async () => {
    // node:http, not fetch: fetch would undo the compression before the test could see it.
    const res = await new Promise<IncomingMessage>((resolve, reject) => get(`${host.url}/assets/index-Ab12Cd34.js`, { headers: { 'accept-encoding': 'br, gzip' } }, resolve).on('error', reject));
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    expect(body.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it('sends the page itself to be asked anew, so a new version loads at the next start', async () => {
    for (const path of ['/', '/matters/12']) {
      const res = await fetch(`${host.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<div id="root"></div>');
    }
  });

  it('keeps the API uncached', async () => {
    const res = await fetch(`${host.url}/api/system.info`);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
