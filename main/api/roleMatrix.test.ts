import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles';
import type { MediationInput } from '../../shared/schemas/mediation';
import { nthResidentId, walkIn } from '../testing/people';
import { refusal } from '../testing/refusal';
import { startTestHost, type TestHost, type TestApi } from '../testing/testHost';

/**
 * Who may call what, for the procedures of the busy-counter work: each role tries each, and the
 * answer is either a result or a 403 — never anything in between.
 */
let host: TestHost;
const as: Partial<Record<Role, TestApi>> = {};
let matterId: number;
let policeId: number;

beforeAll(async () => {
  host = await startTestHost();
  as.admin = await host.admin();
  policeId = await host.stationId('派出所');
  as.clerk = await host.newUser('clerk1', 'clerk', null);
  as.station = await host.newUser('police1', 'station', policeId);
  as.supervisor = await host.newUser('boss1', 'supervisor', null);
  const visit = await as.clerk.visits.register.mutate(walkIn({ name: '张三', idNumber: nthResidentId(1), phone: '13800001234' }));
  matterId = visit.matters[0]!.id;
  await as.clerk.flow.act.mutate({ matterId, version: 0, action: 'refer', stationId: policeId, helperStationIds: [] });
});
afterAll(() => host.stop());

/** A dispute registered at counter 1, referred to a committee, received, its file saved with two parties, and its 申请书 issued. */
async function disputeInFile(mediator: TestApi, committeeId: number, p: { visitor: string; n: number; other: string; clause: string }): Promise<{ matterId: number; documentId: number }> {
  const matterId = (await as.clerk!.visits.register.mutate(walkIn({ name: p.visitor, idNumber: nthResidentId(p.n) }))).matters[0]!.id;
  await as.clerk!.flow.act.mutate({ matterId, version: 0, action: 'refer', stationId: committeeId, helperStationIds: [] });
  await mediator.flow.act.mutate({ matterId, version: 1, action: 'receive' });
  const draft = await mediator.mediation.get.query({ matterId });
  await mediator.mediation.save.mutate({
    ...(draft as unknown as MediationInput),
    matterId,
    version: 0,
    parties: [draft.parties[0]!, { kind: 'person', name: p.other, sex: '男', ethnicity: '汉族', age: 40, idNumber: nthResidentId(p.n + 100), occupation: '', phone: '', address: '西村' }],
    clauses: [p.clause],
    requests: ['请求对方停止侵害。'],
    performance: '三日内履行。',
    recorder: '王记录',
  });
  return { matterId, documentId: (await mediator.mediation.issue.mutate({ kind: 'mediation_application', matterId })).documentId };
}

const ROLES: Role[] = ['clerk', 'station', 'supervisor', 'admin'];

const PROCEDURES: { name: string; allowed: Role[]; call: (api: TestApi) => Promise<unknown> }[] = [
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
    expect(byStep['backup']).toMatchObject({ done: false, todo: '设置备份文件夹（U 盘或另一台电脑的共享文件夹），每天自动备份' });

    const centre = await admin.admin.centre.query();
    await admin.admin.updateCentre.mutate({ ...centre, followUpPhone: '0359-8512345' });
    setup = await admin.admin.finishSetup.mutate({ finished: true });
    expect(setup.items.find((i) => i.step === 'centre')).toMatchObject({ done: true, todo: '' });
    expect(setup.finished).toBe(true);
  });
});

describe('doors that were open', () => {
  it('the desk’s paper procedures never reach a mediation paper; a clerk voids only the own counter’s papers and corrects only its matters', async () => {
    const stations = await as.admin!.admin.stations.query();
    const committee = stations.find((x) => x.kind === 'mediation')!;
    await as.admin!.admin.updateStation.mutate({ id: committee.id, name: committee.name, kind: 'mediation', phone: '', active: true, shortName: '南大里' });
    const mediator = await host.newUser('med1', 'station', committee.id);
    const application = await disputeInFile(mediator, committee.id, { visitor: '李四', n: 2, other: '王五', clause: '王五清理柴草。' });

    // A clerk at another counter reaches the mediation paper through none of the desk's procedures.
    const clerk2 = await host.newUser('clerk2', 'clerk', null);
    await clerk2.auth.switchCounter.mutate({ counterId: 2 });
    // Each call made only when awaited: a refusal that arrived before its turn would be an unhandled rejection.
    const calls = [
      () => clerk2.documents.pdf.query({ documentId: application.documentId }),
      () => clerk2.documents.printAgain.mutate({ documentId: application.documentId }),
      () => clerk2.documents.void.mutate({ documentId: application.documentId, reason: '试图作废' }),
    ];
    for (const call of calls) expect((await refusal(call())).status).toBe(404);
    expect((await as.supervisor!.documents.ofDay.query({ day: null })).map((d) => d.kind)).not.toContain('mediation_application');

    // Counter 1's receipt: counter 2's clerk may print it again for a visitor, not void it; nor correct its matter.
    const receipt = await as.clerk!.documents.issue.mutate({ kind: 'receipt', matterId, layout: 'a5', route: 'window' });
    expect((await clerk2.documents.printAgain.mutate({ documentId: receipt.documentId, route: 'window' })).number).toBe(receipt.number);
    expect(await refusal(clerk2.documents.void.mutate({ documentId: receipt.documentId, reason: '试图作废' }))).toEqual({ status: 403, message: '这张文书是其他窗口开具的，受理员只能作废本窗口的文书。如确需作废，请负责人办理。' });
    const m = await clerk2.matters.get.query({ id: matterId });
    expect(m.correctable).toBe(false);
    const correction = { matterId, categoryId: 3, content: '改', visitorName: '张三', phone: '', addressText: '', reason: '试图更正' };
    expect((await refusal(clerk2.visits.correct.mutate(correction))).status).toBe(403);
    expect((await as.clerk!.matters.get.query({ id: matterId })).correctable).toBe(true);
  });

  it('a station’s window hears only of its own station’s matters', async () => {
    const justiceId = await host.stationId('司法所');
    const { token } = await host.signIn('police1', 'Mine123456');
    const controller = new AbortController();
    const res = await fetch(`${host.url}/api/live.events`, { headers: { Authorization: `Bearer ${token}` }, signal: controller.signal });
    const reader = res.body!.getReader();
    const firstMatter = (async () => {
      let text = '';
      while (!/"matterId":\d+/.test(text)) text += new TextDecoder().decode((await reader.read()).value);
      return Number(/"matterId":(\d+)/.exec(text)![1]);
    })();
    await new Promise((r) => setTimeout(r, 100));
    const justiceCase = (await as.clerk!.visits.register.mutate(walkIn({ name: '赵六', idNumber: nthResidentId(4) }))).matters[0]!.id;
    await as.clerk!.flow.act.mutate({ matterId: justiceCase, version: 0, action: 'refer', stationId: justiceId, helperStationIds: [] });
    const policeCase = (await as.clerk!.visits.register.mutate(walkIn({ name: '钱七', idNumber: nthResidentId(5) }))).matters[0]!.id;
    await as.clerk!.flow.act.mutate({ matterId: policeCase, version: 0, action: 'refer', stationId: policeId, helperStationIds: [] });
    expect(await firstMatter).toBe(policeCase);
    controller.abort();
  });
});

/**
 * Doors that depend on whose record it is, from one table: each is tried first by someone of the
 * same role from another counter / station / committee (refused, 403 or 404), then by the owner
 * (answered). The fixtures: a matter of counter 1 referred to 派出所 and received there, its receipt,
 * and a dispute in the file of the 人民调解委员会.
 */
interface ScopedDoor {
  name: string;
  scope: 'counter' | 'station' | 'committee';
  owner: () => TestApi;
  other: () => TestApi;
  call: (api: TestApi) => Promise<unknown>;
}

const people: Partial<Record<'clerk2' | 'justice' | 'mediator' | 'otherMediator', TestApi>> = {};
/** A matter of counter 1, referred to 派出所 and received there. */
let scopedMatter: number;
let receiptId: number;
let disputeId: number;
let applicationId: number;

const SCOPED: ScopedDoor[] = [
  { name: 'matters.get', scope: 'station', owner: () => as.station!, other: () => people.justice!, call: (api) => api.matters.get.query({ id: scopedMatter }) },
  { name: 'matters.revealPhone', scope: 'station', owner: () => as.station!, other: () => people.justice!, call: (api) => api.matters.revealPhone.mutate({ matterId: scopedMatter }) },
  { name: 'mediation.get', scope: 'committee', owner: () => people.mediator!, other: () => people.otherMediator!, call: (api) => api.mediation.get.query({ matterId: disputeId }) },
  { name: 'mediation.papers', scope: 'committee', owner: () => people.mediator!, other: () => people.otherMediator!, call: (api) => api.mediation.papers.query({ matterId: disputeId }) },
  { name: 'mediation.pdf', scope: 'committee', owner: () => people.mediator!, other: () => people.otherMediator!, call: (api) => api.mediation.pdf.query({ documentId: applicationId }) },
  { name: 'visits.correct', scope: 'counter', owner: () => as.clerk!, other: () => people.clerk2!, call: (api) => api.visits.correct.mutate({ matterId: scopedMatter, categoryId: 3, content: '更正后的诉求内容', visitorName: '孙九', phone: '', addressText: '', reason: '类别登记错误' }) },
  { name: 'documents.void', scope: 'counter', owner: () => as.clerk!, other: () => people.clerk2!, call: (api) => api.documents.void.mutate({ documentId: receiptId, reason: '打错了' }) },
];

describe('own and other counter, station, committee', () => {
  beforeAll(async () => {
    const admin = as.admin!;
    const stations = await admin.admin.stations.query();
    const committee = stations.find((x) => x.kind === 'mediation')!;
    await admin.admin.updateStation.mutate({ id: committee.id, name: committee.name, kind: 'mediation', phone: '', active: true, shortName: '南大里' });
    const second = await admin.admin.createStation.mutate({ name: '北村人民调解委员会', kind: 'mediation', phone: '', active: true, shortName: '北村' });
    people.mediator = await host.newUser('scope_med', 'station', committee.id);
    people.otherMediator = await host.newUser('scope_med2', 'station', (second as { id: number }).id);
    people.justice = await host.newUser('scope_justice', 'station', await host.stationId('司法所'));
    people.clerk2 = await host.newUser('scope_clerk2', 'clerk', null);
    await people.clerk2.auth.switchCounter.mutate({ counterId: 2 });
    scopedMatter = (await as.clerk!.visits.register.mutate(walkIn({ name: '孙九', idNumber: nthResidentId(9), phone: '13900009999' }))).matters[0]!.id;
    await as.clerk!.flow.act.mutate({ matterId: scopedMatter, version: 0, action: 'refer', stationId: policeId, helperStationIds: [] });
    await as.station!.flow.act.mutate({ matterId: scopedMatter, version: 1, action: 'receive' });
    receiptId = (await as.clerk!.documents.issue.mutate({ kind: 'receipt', matterId: scopedMatter, layout: 'a5', route: 'window' })).documentId;
    ({ matterId: disputeId, documentId: applicationId } = await disputeInFile(people.mediator, committee.id, { visitor: '周八', n: 8, other: '吴十', clause: '吴十归还借用的农具。' }));
  });

  for (const door of SCOPED) {
    it(`${door.name}: the ${door.scope}'s own is answered, another ${door.scope} is refused`, async () => {
      expect([403, 404]).toContain((await refusal(door.call(door.other()))).status);
      await expect(door.call(door.owner())).resolves.toBeDefined();
    });
  }
});
