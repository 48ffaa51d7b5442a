import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nthResidentId, walkIn } from '../../testing/people';
import { refusal } from '../../testing/refusal';
import { startTestHost, type TestApi, type TestHost } from '../../testing/testHost';

let host: TestHost;
let clerk: TestApi;
let supervisor: TestApi;

beforeAll(async () => {
  host = await startTestHost();
  clerk = await host.newUser('mergeclerk', 'clerk', null);
  supervisor = await host.newUser('mergeboss', 'supervisor', null);
});
afterAll(() => host.stop());

/** Registers one person with one matter; answers the visitor's and the matter's ids. */
async function register(person: { name: string; idNumber?: string; phone?: string; noId?: boolean; addressText?: string }) {
  const input = walkIn({ name: person.name, idNumber: person.idNumber ?? '', phone: person.phone ?? '' });
  if (person.noId) input.persons[0] = { ...input.persons[0]!, idType: 'none', idNumber: '', noIdReason: '老人未带身份证' };
  input.persons[0]!.addressText = person.addressText ?? '';
  const visit = await clerk.visits.register.mutate(input);
  const matterId = visit.matters[0]!.id;
  const { visitor_id } = await host.services.db.selectFrom('matter').select('visitor_id').where('id', '=', matterId).executeTakeFirstOrThrow();
  return { visitorId: visitor_id, matterId, code: visit.matters[0]!.code };
}

const visitor = (id: number) => host.services.db.selectFrom('visitor').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('merging two records of one person', () => {
  it('moves visits, matters, papers and looks to the kept record, fills what it lacks, and the undo puts all back', async () => {
    const kept = await register({ name: '孙合并', idNumber: nthResidentId(8101, 1950), phone: '13911112222' });
    // The same man, registered before his ID was known, with the address the kept record lacks.
    const other = await register({ name: '孙合并', noId: true, phone: '13933334444', addressText: '南大里乡东村' });
    await clerk.documents.issue.mutate({ kind: 'receipt', matterId: other.matterId, layout: 'a5', route: 'window' });
    await clerk.matters.get.query({ id: other.matterId });
    const stats = await supervisor.statistics.table.query({ kind: 'year', day: '2026-11-23' });

    const check = await supervisor.merges.compare.query({ keptId: kept.visitorId, mergedId: other.visitorId });
    expect(check.refusal).toBeNull();
    expect([check.kept.name, check.merged.name]).toEqual(['孙合并', '孙合并']);
    const { mergeId } = await supervisor.merges.merge.mutate({ keptId: kept.visitorId, mergedId: other.visitorId, reason: '同一人，前次未带身份证' });

    const after = await supervisor.visits.visitor.query({ id: kept.visitorId });
    expect(after.matters.map((m) => m.code).sort()).toEqual([kept.code, other.code].sort());
    expect(after.visitCount).toBe(2);
    expect(after.addressText).toBe('南大里乡东村');
    expect((await visitor(kept.visitorId)).phone).toBe('13911112222');
    expect((await visitor(other.visitorId)).merged_into).toBe(kept.visitorId);
    // The paper follows its matter; the look at the merged record is the kept person's now.
    const paper = await host.services.db.selectFrom('document').innerJoin('matter', 'matter.id', 'document.matter_id').select('matter.visitor_id').where('document.matter_id', '=', other.matterId).executeTakeFirstOrThrow();
    expect(paper.visitor_id).toBe(kept.visitorId);
    expect((await supervisor.views.ofVisitor.query({ visitorId: kept.visitorId })).rows.map((r) => r.label)).toContain(other.code);
    // A search finds one person; the merged record's page says where it went.
    expect((await clerk.visits.lookup.query({ query: '孙合并' })).map((v) => v.id)).toEqual([kept.visitorId]);
    expect((await clerk.visits.visitor.query({ id: other.visitorId })).mergedInto).toBe(kept.visitorId);
    // The year's figures do not move: a merge changes whose record a visit is on, not the visits.
    expect(await supervisor.statistics.table.query({ kind: 'year', day: '2026-11-23' })).toEqual(stats);
    expect(await supervisor.merges.ofVisitor.query({ visitorId: kept.visitorId })).toEqual([expect.objectContaining({ id: mergeId, visits: 1, matters: 1, by: 'mergeboss', undoneAt: null })]);

    await supervisor.merges.undo.mutate({ mergeId, reason: '核实后不是同一人' });
    expect((await supervisor.visits.visitor.query({ id: kept.visitorId })).matters.map((m) => m.code)).toEqual([kept.code]);
    const back = await supervisor.visits.visitor.query({ id: other.visitorId });
    expect(back).toMatchObject({ mergedInto: null, visitCount: 1, addressText: '南大里乡东村' });
    expect(back.matters.map((m) => m.code)).toEqual([other.code]);
    expect(await visitor(kept.visitorId)).toMatchObject({ visit_count: 1, address_text: '' });
    expect((await supervisor.views.ofVisitor.query({ visitorId: other.visitorId })).rows.map((r) => r.label)).toContain(other.code);
    const actions = await host.services.db.selectFrom('audit_log').select('action').where('action', 'in', ['visitor.merge', 'visitor.unmerge']).execute();
    expect(actions.map((a) => a.action)).toEqual(['visitor.merge', 'visitor.unmerge']);
    expect(await refusal(supervisor.merges.undo.mutate({ mergeId, reason: '再撤销一次' }))).toMatchObject({ status: 409, message: expect.stringContaining('已经撤销过') });
  });

  it('moves a valid ID number from the merged record to one that has none, and gives it back on undo', async () => {
    const id = nthResidentId(8102, 1948);
    const noId = await register({ name: '周无证', noId: true });
    const withId = await register({ name: '周无证', idNumber: id });
    const { mergeId } = await supervisor.merges.merge.mutate({ keptId: noId.visitorId, mergedId: withId.visitorId, reason: '同一人' });
    expect(await visitor(noId.visitorId)).toMatchObject({ id_type: 'resident', id_number: id, birth_date: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` });
    expect((await visitor(withId.visitorId)).id_number).toBeNull();
    // The next registration with that number comes to the kept record.
    const again = await register({ name: '周无证', idNumber: id });
    expect(again.visitorId).toBe(noId.visitorId);
    await supervisor.merges.undo.mutate({ mergeId, reason: '撤销' });
    expect(await visitor(noId.visitorId)).toMatchObject({ id_type: 'none', id_number: null, visit_count: 2 });
    expect((await visitor(withId.visitorId)).id_number).toBe(id);
  });

  it('refuses two people with different valid ID numbers, a record with itself, a clerk, and an undo out of order, in Chinese with nothing changed', async () => {
    const a = await register({ name: '吴甲', idNumber: nthResidentId(8103, 1960) });
    const b = await register({ name: '吴甲', idNumber: nthResidentId(8104, 1960) });
    expect((await supervisor.merges.compare.query({ keptId: a.visitorId, mergedId: b.visitorId })).refusal).toContain('身份证号不同且都有效');
    expect(await refusal(supervisor.merges.merge.mutate({ keptId: a.visitorId, mergedId: b.visitorId, reason: '试' }))).toMatchObject({ status: 409, message: expect.stringContaining('这是两个人') });
    expect((await visitor(b.visitorId)).merged_into).toBeNull();
    expect(await refusal(supervisor.merges.merge.mutate({ keptId: a.visitorId, mergedId: a.visitorId, reason: '试' }))).toMatchObject({ status: 400, message: expect.stringContaining('与它自己合并') });
    expect(await refusal(supervisor.merges.merge.mutate({ keptId: a.visitorId, mergedId: b.visitorId, reason: '' }))).toMatchObject({ status: 400, message: expect.stringContaining('合并原因') });
    expect(await refusal(clerk.merges.merge.mutate({ keptId: a.visitorId, mergedId: b.visitorId, reason: '试' }))).toMatchObject({ status: 403 });

    // Newest first: the second merge must be undone before the first.
    const c = await register({ name: '吴乙', noId: true });
    const d = await register({ name: '吴乙', noId: true });
    const first = await supervisor.merges.merge.mutate({ keptId: a.visitorId, mergedId: c.visitorId, reason: '同一人' });
    await supervisor.merges.merge.mutate({ keptId: a.visitorId, mergedId: d.visitorId, reason: '同一人' });
    expect(await refusal(supervisor.merges.undo.mutate({ mergeId: first.mergeId, reason: '撤销' }))).toMatchObject({ status: 409, message: expect.stringContaining('请先撤销之后的那次合并') });
    // A record already merged cannot be merged again.
    expect(await refusal(supervisor.merges.merge.mutate({ keptId: b.visitorId, mergedId: c.visitorId, reason: '试' }))).toMatchObject({ status: 409, message: expect.stringContaining('已经合并到别的记录') });
  });
});
