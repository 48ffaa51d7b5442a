import { request } from 'node:https';

/**
 * A `fetch` for tests that trusts exactly the given CA, as a PC that installed the centre's
 * certificate does (Node's own fetch takes no CA without another package).
 */
export function httpsFetch(ca: string, headers: Record<string, string> = {}): typeof fetch {
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const given = new Headers(init?.headers);
      const req = request(url, { method: init?.method ?? 'GET', ca, headers: { ...headers, ...Object.fromEntries(given.entries()) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => {
          const answerHeaders = new Headers();
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') answerHeaders.set(k, v);
          resolve(new Response(Buffer.concat(chunks), { status: res.statusCode ?? 0, headers: answerHeaders }));
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(typeof init?.body === 'string' ? init.body : undefined);
    });
}
