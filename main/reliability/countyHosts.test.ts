import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../services/audit';
import { listenAsWindow } from '../testing/liveEvents';
import { nthResidentId, walkIn } from '../testing/people';
import { ON_POSTGRES } from '../testing/testDatabase';
import { NEW_USER_PASSWORD, startTestHost, type TestApi, type TestHost } from '../testing/testHost';

// Two hosts on one database is what PostgreSQL is for: a SQLite file is held by one host alone
// (db.test.ts proves the second is refused). CI runs this in its PostgreSQL pass.
describe.runIf(ON_POSTGRES)('two hosts serving one county database (PostgreSQL only: a SQLite file is held by one host)', () => {
  let a: TestHost;
  let b: TestHost;
  let onA: TestApi;
  let onB: TestApi;
  beforeAll(async () => {
    a = await startTestHost();
    b = await startTestHost({ joins: a });
    onA = await a.newUser('clerk_a', 'clerk', null);
    await a.newUser('clerk_b', 'clerk', null);
    onB = (await b.signIn('clerk_b', NEW_USER_PASSWORD, 2)).api;
  });
  afterAll(async () => {
    await b.stop();
    await a.stop();
  });

  it('number forty registrations made at once on both without a gap or a twin, in one unbroken audit chain', async () => {
    const made = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? onA : onB).visits.register.mutate(walkIn({ name: `来访人${i}`, idNumber: nthResidentId(500 + i) }))),
    );
    const serials = made.map((v) => Number(v.visitNo.slice(-4))).sort((x, y) => x - y);
    expect(serials).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(new Set(made.map((v) => v.matters[0]!.code)).size).toBe(40);
    expect(await verifyAuditChain(b.services.db)).toBeNull();
    const ids = (await a.services.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1));
  });

  it('take one submit sent to both hosts at once (a retry through the load balancer) once', async () => {
    const input = walkIn({ name: '重复提交', idNumber: nthResidentId(600) });
    const [first, second] = await Promise.all([onA.visits.register.mutate(input), onB.visits.register.mutate(input)]);
    expect(first.visitId).toBe(second.visitId);
    expect([first.replayed, second.replayed].sort()).toEqual([false, true]);
    const rows = await a.services.db.selectFrom('visit').select('id').where('idempotency_key', '=', input.idempotencyKey).execute();
    expect(rows).toHaveLength(1);
  });

  it('tell a window on one host of a registration made on the other, and reprint there a paper the other issued', async () => {
    const { token } = await b.signIn('clerk_b', NEW_USER_PASSWORD, 2);
    const controller = new AbortController();
    const { heard } = await listenAsWindow(b, token, '"type":"visits.changed"', controller.signal);
    const visit = await onA.visits.register.mutate(walkIn({ name: '跨主机', idNumber: nthResidentId(601) }));
    expect(await heard).toContain('"type":"visits.changed"');
    controller.abort();

    const receipt = await onA.documents.issue.mutate({ kind: 'receipt', matterId: visit.matters[0]!.id, layout: 'a5', route: 'window' });
    const shown = await onB.documents.pdf.query({ documentId: receipt.documentId });
    expect(shown.pdfBase64).toBe(receipt.pdfBase64);
  });

  it('keep serving on one host when the other stops', async () => {
    await a.stopServing();
    const visit = await onB.visits.register.mutate(walkIn({ name: '一台停机', idNumber: nthResidentId(602) }));
    expect(visit.matters[0]!.code).toMatch(/^SX/);
    expect(await verifyAuditChain(b.services.db)).toBeNull();
  });
});
