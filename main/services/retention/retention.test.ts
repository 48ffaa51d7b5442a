import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nthResidentId, walkIn } from '../../testing/people';
import { refusal } from '../../testing/refusal';
import { NEW_USER_PASSWORD, startTestHost, type TestApi, type TestHost } from '../../testing/testHost';
import { verifyData } from '../verify/verifyData';
import { LET_GO_TEXT } from './purge';

let host: TestHost;
let clerk: TestApi;
let supervisor: TestApi;
const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

beforeAll(async () => {
  host = await startTestHost();
  clerk = await host.newUser('keepclerk', 'clerk', null);
  supervisor = await host.newUser('keepboss', 'supervisor', null);
});
afterAll(() => host.stop());

/** One person with one matter of a category: declined at the desk (ended at once) or taken in (open). */
async function person(n: number, categoryId: number, ended: boolean) {
  const matter = ended ? { categoryId, content: `第${n}号的诉求，说了自己的家事。`, decision: 'decline' as const, declineReason: '不属于本中心受理范围', declineChannel: '向有关部门反映' } : { categoryId, content: `第${n}号的诉求。` };
  const visit = await clerk.visits.register.mutate(walkIn({ name: `保存${n}号`, idNumber: nthResidentId(9100 + n, 1970), phone: '13912340000', matters: [matter] }));
  const matterId = visit.matters[0]!.id;
  const { visitor_id } = await host.services.db.selectFrom('matter').select('visitor_id').where('id', '=', matterId).executeTakeFirstOrThrow();
  return { visitorId: visitor_id, matterId };
}

describe('保存期限 and 到期清理', () => {
  it('lets go of a person whose matters all ended past their period, after a supervisor confirms; figures and paper numbers stay', async () => {
    const due = await person(1, 17, true); // 法律咨询, declined: the desk's 5 years
    const notice = await clerk.documents.issue.mutate({ kind: 'notice', matterId: due.matterId, route: 'window' });
    const open = await person(2, 17, false); // still open: never due
    const held = await person(3, 20, true); // 政策咨询, declined, but held
    const dispute = await person(4, 2, true); // 邻里 dispute: the mediation file's 10 years
    await supervisor.retention.hold.mutate({ matterId: held.matterId, reason: '当事人已起诉，案卷待法院调取' });
    await clerk.matters.get.query({ id: due.matterId });
    const paper = await host.services.db.selectFrom('document').selectAll().where('matter_id', '=', due.matterId).executeTakeFirstOrThrow();
    expect(existsSync(join(host.services.documentsDir, paper.file!))).toBe(true);

    host.clock.advance(6 * YEAR_MS);
    const boss = (await host.signIn('keepboss', NEW_USER_PASSWORD)).api;
    const listed = await boss.retention.due.query();
    expect(listed.people.map((p) => p.visitorId)).toEqual([due.visitorId]);
    expect(listed.people[0]!.matters).toEqual([expect.objectContaining({ kind: 'desk' })]);
    const stats = await boss.statistics.table.query({ kind: 'year', day: '2026-11-23' });

    // A list that has changed meanwhile (here: a person who is not due) lets go of no one.
    expect(await refusal(boss.retention.purge.mutate({ visitorIds: [due.visitorId, open.visitorId] }))).toMatchObject({ status: 409, message: expect.stringContaining('1 人已不再到期') });
    expect((await host.services.db.selectFrom('visitor').select('name').where('id', '=', due.visitorId).executeTakeFirstOrThrow()).name).toBe('保存1号');

    const done = await boss.retention.purge.mutate({ visitorIds: [due.visitorId] });
    expect(done).toMatchObject({ visitors: 1, matters: 1, papers: 1 });
    expect(done.looks).toBeGreaterThan(0);
    const v = await host.services.db.selectFrom('visitor').selectAll().where('id', '=', due.visitorId).executeTakeFirstOrThrow();
    expect(v).toMatchObject({ name: '保某', id_number: null, phone: '', address_text: '', birth_date: null, anonymised_at: expect.any(String) });
    expect((await host.services.db.selectFrom('matter').select('content').where('id', '=', due.matterId).executeTakeFirstOrThrow()).content).toBe(LET_GO_TEXT);
    // The paper keeps its number and hash; its PDF, which named the person, is gone; the data check agrees.
    const after = await host.services.db.selectFrom('document').selectAll().where('id', '=', notice.documentId).executeTakeFirstOrThrow();
    expect(after).toMatchObject({ number: paper.number, sha256: paper.sha256, status: 'issued', file: null });
    expect(existsSync(join(host.services.documentsDir, paper.file!))).toBe(false);
    expect((await verifyData(host.services, 'full')).filter((f) => f.table === 'document')).toEqual([]);
    // The year's figures are what they were.
    expect(await boss.statistics.table.query({ kind: 'year', day: '2026-11-23' })).toEqual(stats);
    // The others are untouched.
    for (const kept of [open, held, dispute]) expect((await host.services.db.selectFrom('visitor').select('anonymised_at').where('id', '=', kept.visitorId).executeTakeFirstOrThrow()).anonymised_at).toBeNull();
    expect(await boss.retention.purges.query()).toEqual([expect.objectContaining({ visitors: 1, matters: 1, by: 'keepboss' })]);
    expect(await host.services.db.selectFrom('audit_log').select('action').where('action', '=', 'retention.purge').execute()).toHaveLength(1);
    expect((await boss.retention.due.query()).people).toEqual([]);
  });

  it('refuses a purge by any role but the supervisor, and a period shorter than its documented floor, with nothing changed', async () => {
    const fresh = (await host.signIn('admin', 'Hall2026key', 1)).api;
    expect(await refusal(fresh.retention.purge.mutate({ visitorIds: [1] }))).toMatchObject({ status: 403 });
    expect(await refusal((await host.signIn('keepclerk', NEW_USER_PASSWORD, 1)).api.retention.purge.mutate({ visitorIds: [1] }))).toMatchObject({ status: 403 });
    const settings = await fresh.retention.settings.query();
    expect(settings).toEqual({ years: { desk: 5, mediation: 10, petition: 30 }, viewLogMonths: 36 });
    expect(await refusal(fresh.retention.saveSettings.mutate({ ...settings, years: { ...settings.years, petition: 5 } }))).toMatchObject({ status: 400, message: expect.stringContaining('不能短于 10 年') });
    expect(await refusal(fresh.retention.saveSettings.mutate({ ...settings, viewLogMonths: 3 }))).toMatchObject({ status: 400, message: expect.stringContaining('不能短于 6 个月') });
    expect(await fresh.retention.settings.query()).toEqual(settings);
    await fresh.retention.saveSettings.mutate({ ...settings, years: { ...settings.years, desk: 8 } });
    expect((await fresh.retention.settings.query()).years.desk).toBe(8);
  });
});
