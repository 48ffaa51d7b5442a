import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PROCEDURES, type ProcedureType } from '../testing/rawApi';
import { verifyData } from '../services/verify/verifyData';
import { nthResidentId, walkIn } from '../testing/people';
import { startTestHost, type TestHost } from '../testing/testHost';

const PROCEDURES = API_PROCEDURES
  // The event stream answers with a stream, and signing out would end the caller's session for the rest.
  .filter((p) => p.type !== 'subscription' && p.path !== 'auth.logout');

/** Objects and lists inside each other, `depth` deep. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value];
  return value;
}

/** What a broken window, a curious clerk or an attacker on the LAN might send as a procedure's input. */
const HOSTILE: unknown[] = [
  null,
  0,
  -1,
  1e308,
  true,
  '',
  'NaN',
  '1\' OR \'1\'=\'1',
  '<script>alert(1)</script>',
  '\ud800\udfff\u0000\u202e',
  'x'.repeat(200_000),
  [],
  [1, 'a', null],
  {},
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
  { id: -5 },
  { id: 1.5 },
  { id: '1' },
  { id: 2 ** 53 + 1 },
  { matterId: 1e9, version: -1, action: 'refer' },
  { documentId: 'DROP TABLE document' },
  { day: '2026-02-30' },
  { day: '9999-99-99' },
  { counterId: null, username: 'admin', password: 'x' },
  { kind: 'bogus', matterId: 1 },
  { name: '张\u200b三', idNumber: '1'.repeat(18) },
  { ...walkIn({ idNumber: nthResidentId(9) }), headcount: -3 },
  { ...walkIn({ idNumber: nthResidentId(9) }), persons: Array.from({ length: 500 }, () => ({ name: 'x' })) },
  Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i])),
  nested(1000),
];

let host: TestHost;
let token: string;
beforeAll(async () => {
  host = await startTestHost();
  token = (await host.signIn('admin', 'Hall2026key', 1)).token;
  // Some records for the hostile inputs to aim at.
  const admin = await host.admin();
  for (let i = 1; i <= 3; i++) await admin.visits.register.mutate(walkIn({ name: `样本${i}`, idNumber: nthResidentId(i) }));
});
afterAll(() => host.stop());

async function send(path: string, type: ProcedureType, input: unknown): Promise<number> {
  const headers = { Authorization: `Bearer ${token}` };
  const json = JSON.stringify(input);
  const res =
    type === 'query'
      ? await fetch(`${host.url}/api/${path}?input=${encodeURIComponent(json)}`, { headers })
      : await fetch(`${host.url}/api/${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: json });
  await res.arrayBuffer();
  return res.status;
}

describe('hostile input across every procedure', () => {
  it(`${PROCEDURES.length} procedures × ${HOSTILE.length} inputs: no answer ≥ 500, nothing half-written, the host alive`, { timeout: 240_000 }, async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const { path, type } of PROCEDURES) {
      for (const [i, input] of HOSTILE.entries()) {
        const status = await send(path, type, input);
        sent += 1;
        if (status >= 500) failures.push(`${path} #${i}: ${status}`);
      }
    }
    expect(sent).toBeGreaterThanOrEqual(2000);
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((await fetch(`${host.url}/health`)).status).toBe(200);
    expect(await verifyData(host.services, 'full')).toEqual([]);
  });
});
