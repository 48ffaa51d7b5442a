import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../audit';
import { nthResidentId, walkIn } from '../../testing/people';
import { refusal } from '../../testing/refusal';
import { ON_POSTGRES } from '../../testing/testDatabase';
import { startTestHost, type TestApi, type TestHost } from '../../testing/testHost';

const STATION = { kind: 'comprehensive' as const, phone: '', active: true, shortName: '', attendance: 'resident' as const, rotationDays: [], contactPerson: '' };

// Handing a matter between centres needs them in one county database: PostgreSQL's pass of CI.
describe.runIf(ON_POSTGRES)('上报 and 下派 between a township and its county (PostgreSQL only: centres share a county database)', () => {
  let county: TestHost;
  let town: TestHost;
  let countyClerk: TestApi;
  let townClerk: TestApi;
  let countyStation: number;
  let townStation: number;
  beforeAll(async () => {
    county = await startTestHost({ area: '140828' });
    town = await startTestHost({ besides: county, area: '140828101' });
    countyClerk = await county.newUser('county_clerk', 'clerk', null);
    townClerk = await town.newUser('town_clerk', 'clerk', null);
  });
  afterAll(async () => {
    await town.stop();
    await county.stop();
  });

  it('links a station to its own county or its own townships only, and to a centre that is there', async () => {
    const townAdmin = await town.admin();
    const countyAdmin = await county.admin();
    expect(await refusal(townAdmin.admin.createStation.mutate({ ...STATION, name: '邻县综治中心', centreArea: '140829' }))).toMatchObject({ status: 400, message: expect.stringContaining('不是本中心的上级县中心或下辖乡镇中心') });
    expect(await refusal(townAdmin.admin.createStation.mutate({ ...STATION, name: '邻乡综治中心', centreArea: '140828102' }))).toMatchObject({ status: 400 });
    expect(await refusal(countyAdmin.admin.createStation.mutate({ ...STATION, name: '未建乡综治中心', centreArea: '140828199' }))).toMatchObject({ status: 404, message: expect.stringContaining('还没有区划代码为 140828199 的中心') });
    countyStation = (await townAdmin.admin.createStation.mutate({ ...STATION, name: '夏县综治中心', centreArea: '140828' })).id;
    townStation = (await countyAdmin.admin.createStation.mutate({ ...STATION, name: '南大里乡综治中心', centreArea: '140828101' })).id;
    // The account the other centre acts through cannot be signed in with.
    await expect(town.signIn('centre_140828', '!', null)).rejects.toThrow();
  });

  it('上报: the township refers to the county, the county receives and answers, the township signs off — one matter, one timeline', async () => {
    const visit = await townClerk.visits.register.mutate(walkIn({ name: '上报人', idNumber: nthResidentId(910) }));
    const matterId = visit.matters[0]!.id;
    await townClerk.flow.act.mutate({ matterId, version: 0, action: 'refer', stationId: countyStation, helperStationIds: [], note: '跨村土地纠纷，乡里调不了' });

    const handed = await countyClerk.centres.handoffs.query();
    expect(handed).toMatchObject([{ id: matterId, code: visit.matters[0]!.code, direction: 'up', centreName: '南大里乡综治中心', area: '140828101', status: 'referred' }]);
    const seen = await countyClerk.centres.handoff.query({ area: '140828101', id: matterId });
    expect(seen.allowedActions.sort()).toEqual(['receive', 'return']);
    expect(seen.referral?.deadline).toBeTruthy();
    await countyClerk.centres.act.mutate({ area: '140828101', step: { matterId, version: seen.matter.version, action: 'receive', note: '' } });
    const received = await countyClerk.centres.handoff.query({ area: '140828101', id: matterId });
    await countyClerk.centres.act.mutate({ area: '140828101', step: { matterId, version: received.matter.version, action: 'result', result: 'mediated', note: '县调委会组织两村调解成功' } });

    const back = await townClerk.matters.get.query({ id: matterId });
    expect(back.status).toBe('resolved');
    const steps = back.events.map((e) => [e.action, e.actorName, e.note]);
    expect(steps).toContainEqual(['receive', '夏县综治中心', '经办：county_clerk']);
    expect(steps).toContainEqual(['result', '夏县综治中心', '县调委会组织两村调解成功（经办：county_clerk）']);
    await townClerk.flow.act.mutate({ matterId, version: back.version, action: 'signOff', satisfaction: 'satisfied', note: '', screenAnswerId: null, selfRatedReason: '', revisitDue: null });
    expect((await townClerk.matters.get.query({ id: matterId })).status).toBe('signed_off');
    expect(await countyClerk.centres.handoffs.query()).toEqual([]);
  });

  it('下派: the county assigns to the township, which answers; each centre audits its own part', async () => {
    const visit = await countyClerk.visits.register.mutate(walkIn({ name: '下派人', idNumber: nthResidentId(911) }));
    const matterId = visit.matters[0]!.id;
    await countyClerk.flow.act.mutate({ matterId, version: 0, action: 'refer', stationId: townStation, helperStationIds: [], note: '请乡里就近办理' });
    const handed = await townClerk.centres.handoffs.query();
    expect(handed).toMatchObject([{ id: matterId, direction: 'down', centreName: '夏县综治中心' }]);
    // Another township's desk, or a step the station does not take, is refused.
    expect(await refusal(townClerk.centres.act.mutate({ area: '140828', step: { matterId, version: 1, action: 'remind', note: '催办' } }))).toMatchObject({ status: 403 });
    const seen = await townClerk.centres.handoff.query({ area: '140828', id: matterId });
    await townClerk.centres.act.mutate({ area: '140828', step: { matterId, version: seen.matter.version, action: 'receive', note: '' } });
    const now = await townClerk.centres.handoff.query({ area: '140828', id: matterId });
    await townClerk.centres.act.mutate({ area: '140828', step: { matterId, version: now.matter.version, action: 'result', result: 'done', note: '已到现场处理完毕' } });
    expect((await countyClerk.matters.get.query({ id: matterId })).status).toBe('resolved');

    const townActs = await town.services.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'handoff.act').execute();
    expect(townActs.map((a) => a.entity_id)).toEqual([`140828:${matterId}`, `140828:${matterId}`]);
    expect(await verifyAuditChain(town.services.db)).toBeNull();
    expect(await verifyAuditChain(county.services.db)).toBeNull();
  });
});
