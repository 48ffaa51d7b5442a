import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles';
import { nthResidentId, walkIn } from '../testing/people';
import { refusal } from '../testing/refusal';
import { startTestHost, TEST_ADMIN, type TestHost } from '../testing/testHost';

/**
 * Who may call what, for the procedures of the busy-counter work: each role tries each, and the
 * answer is either a result or a 403 — never anything in between.
 */
type Api = Awaited<ReturnType<TestHost['signIn']>>['api'];
let host: TestHost;
const as: Partial<Record<Role, Api>> = {};
let matterId: number;
let policeId: number;

beforeAll(async () => {
  host = await startTestHost();
  as.admin = (await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password, 1)).api;
  const stations = await as.admin.admin.stations.query();
  policeId = stations.find((s) => s.name === '派出所')!.id;
  as.clerk = await host.newUser('clerk1', 'clerk', null);
  as.station = await host.newUser('police1', 'station', policeId);
  as.supervisor = await host.newUser('boss1', 'supervisor', null);
  const visit = await as.clerk.visits.register.mutate(walkIn({ name: '张三', idNumber: nthResidentId(1), phone: '13800001234' }));
  matterId = visit.matters[0]!.id;
  await as.clerk.flow.act.mutate({ matterId, version: 0, action: 'refer', stationId: policeId, helperStationIds: [] });
});
afterAll(() => host.stop());

const ROLES: Role[] = ['clerk', 'station', 'supervisor', 'admin'];

const PROCEDURES: { name: string; allowed: Role[]; call: (api: Api) => Promise<unknown> }[] = [
  { name: 'auth.switchCounter', allowed: ['clerk', 'supervisor', 'admin'], call: (api) => api.auth.switchCounter.mutate({ counterId: 1 }) },
  { name: 'matters.revealPhone', allowed: ['clerk', 'station', 'supervisor', 'admin'], call: (api) => api.matters.revealPhone.mutate({ matterId }) },
  { name: 'documents.standing', allowed: ['clerk', 'supervisor', 'admin'], call: (api) => api.documents.standing.query({ matterId }) },
  { name: 'admin.setup', allowed: ['admin'], call: (api) => api.admin.setup.query() },
  { name: 'admin.finishSetup', allowed: ['admin'], call: (api) => api.admin.finishSetup.mutate({ finished: true }) },
];

describe('role matrix', () => {
  for (const p of PROCEDURES) {
    for (const role of ROLES) {
      const allowed = p.allowed.includes(role);
      it(`${p.name}: ${role} is ${allowed ? 'allowed' : 'refused'}`, async () => {
        if (allowed) await expect(p.call(as[role]!)).resolves.toBeDefined();
        else expect((await refusal(p.call(as[role]!))).status).toBe(403);
      });
    }
  }
});

describe('the setup checklist', () => {
  it('judges each step from the settings and keeps the admin’s word on finishing', async () => {
    const admin = as.admin!;
    await admin.admin.finishSetup.mutate({ finished: false });
    let setup = await admin.admin.setup.query();
    expect(setup.finished).toBe(false);
    const byStep = Object.fromEntries(setup.items.map((i) => [i.step, i]));
    expect(byStep['centre']).toMatchObject({ done: false, todo: '填写回执上的查询电话' });
    expect(byStep['users']).toMatchObject({ done: true });
    expect(byStep['counters']!.todo).toContain('回执打印机');
    expect(byStep['categories']).toMatchObject({ done: true });

    const centre = await admin.admin.centre.query();
    await admin.admin.updateCentre.mutate({ ...centre, followUpPhone: '0359-8512345' });
    setup = await admin.admin.finishSetup.mutate({ finished: true });
    expect(setup.items.find((i) => i.step === 'centre')).toMatchObject({ done: true, todo: '' });
    expect(setup.finished).toBe(true);
  });
});
