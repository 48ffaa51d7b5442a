import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeStep } from '../testing/flowStep';
import { nthResidentId, walkIn } from '../testing/people';
import { refusal } from '../testing/refusal';
import { startTestHost, type TestApi, type TestHost } from '../testing/testHost';

let host: TestHost;
let clerk: TestApi;
let boss: TestApi;
let police: TestApi;

beforeAll(async () => {
  host = await startTestHost();
  clerk = await host.newUser('risk_clerk', 'clerk', null);
  boss = await host.newUser('risk_boss', 'supervisor', null);
  police = await host.newUser('risk_police', 'station', await host.stationId('派出所'));
});
afterAll(() => host.stop());

describe('风险研判', () => {
  it('takes a level at intake, re-assesses with flags and a reason (in the timeline and the audit), and leads the supervisor’s board while open', async () => {
    const visit = await clerk.visits.register.mutate(walkIn({ name: '高风险', idNumber: nthResidentId(1), matters: [{ categoryId: 2, content: '邻里纠纷，双方扬言动手。', riskLevel: 'orange' }] }));
    const matterId = visit.matters[0]!.id;
    expect(await clerk.matters.get.query({ id: matterId })).toMatchObject({ riskLevel: 'orange', riskFlags: [] });
    const quiet = (await clerk.visits.register.mutate(walkIn({ name: '低风险', idNumber: nthResidentId(2) }))).matters[0]!.id;
    expect((await clerk.matters.get.query({ id: quiet })).riskLevel).toBeNull();

    expect((await boss.flow.counts.query()).highRisk).toBe(1);
    expect((await boss.flow.queue.query({ tab: 'high_risk' })).map((r) => [r.id, r.riskLevel])).toEqual([[matterId, 'orange']]);

    // A reason is required, and only the listed 重点领域 are taken.
    expect((await refusal(takeStep(clerk, boss, matterId, { action: 'assessRisk', level: 'red', flags: ['可能民转刑'], note: '' }))).message).toContain('研判理由');
    expect((await refusal(takeStep(clerk, boss, matterId, { action: 'assessRisk', level: 'red', flags: ['随便写的'], note: '升级' }))).status).toBe(400);
    await takeStep(clerk, boss, matterId, { action: 'assessRisk', level: 'red', flags: ['可能民转刑', '群体性'], note: '双方亲属聚集，有冲突苗头' });
    const m = await clerk.matters.get.query({ id: matterId });
    expect(m).toMatchObject({ riskLevel: 'red', riskFlags: ['可能民转刑', '群体性'] });
    const event = m.events.find((e) => e.action === 'assessRisk')!;
    expect(event).toMatchObject({ note: '双方亲属聚集，有冲突苗头', detail: { level: 'red', flags: ['可能民转刑', '群体性'], before: { level: 'orange', flags: [] } } });
    const audit = await host.services.db.selectFrom('audit_log').select('detail').where('action', '=', 'matter.assessRisk').where('entity_id', '=', String(matterId)).execute();
    expect(audit).toHaveLength(1);
    // 红 comes before 橙 on the board.
    await takeStep(clerk, clerk, quiet, { action: 'assessRisk', level: 'orange', flags: [], note: '情绪激动' });
    expect((await boss.flow.queue.query({ tab: 'high_risk' })).map((r) => r.id)).toEqual([matterId, quiet]);
    expect((await boss.flow.counts.query()).highRisk).toBe(2);

    // A station cannot assess; a closed matter leaves the board.
    await takeStep(clerk, clerk, matterId, { action: 'refer', stationId: await host.stationId('派出所'), helperStationIds: [] });
    expect((await refusal(takeStep(clerk, police, matterId, { action: 'assessRisk', level: 'blue', flags: [], note: '已平息' }))).status).toBe(403);
    await takeStep(clerk, police, matterId, { action: 'receive' });
    await takeStep(clerk, police, matterId, { action: 'result', result: 'mediated', note: '已调解' });
    await takeStep(clerk, clerk, matterId, { action: 'signOff', satisfaction: 'satisfied' });
    await takeStep(clerk, clerk, matterId, { action: 'archive' });
    expect((await boss.flow.queue.query({ tab: 'high_risk' })).map((r) => r.id)).toEqual([quiet]);
    expect((await refusal(takeStep(clerk, boss, matterId, { action: 'assessRisk', level: 'blue', flags: [], note: '结案' }))).status).toBe(409);
  });
});
