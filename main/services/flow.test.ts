import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../shared/time';
import { MATTER_ACTIONS, MATTER_STATUSES } from '../../shared/visit';
import { limitDeadline } from '../domain/deadline';
import { workCalendar } from '../domain/workdays';
import { nthResidentId, walkIn } from '../testing/people';
import { closeTheDay } from '../testing/dayClose';
import { takeStep } from '../testing/flowStep';
import { refusal } from '../testing/refusal';
import { startTestHost, type TestHost, type TestApi } from '../testing/testHost';

let host: TestHost;
let clerk: TestApi;
let police: TestApi;
let justice: TestApi;
let supervisor: TestApi;
let policeId: number;
let justiceId: number;

beforeAll(async () => {
  host = await startTestHost();
  policeId = await host.stationId('派出所');
  justiceId = await host.stationId('司法所');
  clerk = await host.newUser('clerk1', 'clerk', null);
  police = await host.newUser('police1', 'station', policeId);
  justice = await host.newUser('justice1', 'station', justiceId);
  supervisor = await host.newUser('boss1', 'supervisor', null);
});

/** Moving the clock by days ends every session: sign everyone in again, as they would next morning. */
async function daysPass(days: number) {
  await closeTheDay(clerk);
  host.clock.advance(days * 24 * 60 * 60 * 1000);
  clerk = (await host.signIn('clerk1', 'Mine123456', 1)).api;
  police = (await host.signIn('police1', 'Mine123456')).api;
  justice = (await host.signIn('justice1', 'Mine123456')).api;
  supervisor = (await host.signIn('boss1', 'Mine123456', 1)).api;
}
afterAll(() => host.stop());

let n = 0;
async function newMatter(): Promise<number> {
  n++;
  const r = await clerk.visits.register.mutate(walkIn({ name: `案${n}`, idNumber: nthResidentId(n) }));
  return r.matters[0]!.id;
}

const act = (api: TestApi, matterId: number, step: Record<string, unknown>) => takeStep(clerk, api, matterId, step);

describe('the referral loop through the API', () => {
  it('goes refer → receive → result → sign off → archive, with a timeline', async () => {
    const id = await newMatter();
    expect((await clerk.matters.get.query({ id })).allowedActions).toEqual(['refer', 'assessRisk']);
    await act(clerk, id, { action: 'refer', stationId: policeId, helperStationIds: [justiceId], note: '请派出所牵头' });
    expect((await police.flow.queue.query({ tab: 'incoming' })).map((m) => m.id)).toContain(id);
    expect((await justice.flow.queue.query({ tab: 'incoming' })).map((m) => m.id)).not.toContain(id);
    // The helping station sees it under 协办 and may open it, but only the lead station acts on it.
    expect((await justice.flow.queue.query({ tab: 'helping' })).map((m) => m.id)).toContain(id);
    expect((await justice.flow.counts.query()).helping).toBeGreaterThanOrEqual(1);
    expect((await justice.matters.get.query({ id })).allowedActions).toEqual([]);
    // The repeat-visit panel says where the matter went.
    const [visitor] = await clerk.visits.lookup.query({ query: (await clerk.matters.get.query({ id })).code });
    expect(visitor!.matters.find((m) => m.id === id)?.stationName).toBe('派出所');
    await act(police, id, { action: 'receive' });
    await act(police, id, { action: 'progress', note: '已约双方面谈' });
    await act(police, id, { action: 'result', result: 'mediated', note: '双方达成和解' });
    expect((await refusal(act(clerk, id, { action: 'signOff', satisfaction: 'satisfied', revisitDue: '2020-01-01' }))).message).toBe('回访日期不能早于今天。');
    await act(clerk, id, { action: 'signOff', satisfaction: 'satisfied', note: '', revisitDue: chinaDay(host.clock.now()) });
    expect((await clerk.flow.centre.query()).find((m) => m.id === id)?.revisitDue).toBe(chinaDay(host.clock.now()));
    await act(clerk, id, { action: 'revisit', satisfaction: 'basically', note: '电话回访，柴草未再堆放' });
    expect((await clerk.flow.centre.query()).map((m) => m.id)).not.toContain(id);
    const final = await act(clerk, id, { action: 'archive' });
    expect(final.status).toBe('archived');
    const matter = await clerk.matters.get.query({ id });
    expect(matter.events.map((e) => [e.action, e.statusAfter])).toEqual([
      ['refer', 'referred'],
      ['receive', 'in_progress'],
      ['progress', 'in_progress'],
      ['result', 'resolved'],
      ['signOff', 'signed_off'],
      ['revisit', 'signed_off'],
      ['archive', 'archived'],
    ]);
    expect(matter.events[0]!.detail).toMatchObject({ station: '派出所' });
    expect(matter.allowedActions).toEqual([]);
  });

  it('lets a station return a matter that is not its own, and the centre refer it again', async () => {
    const id = await newMatter();
    await act(clerk, id, { action: 'refer', stationId: justiceId, helperStationIds: [] });
    // Another station cannot even open it, let alone act on it.
    expect(await refusal(police.matters.get.query({ id }))).toEqual({ status: 403, message: '这件事项没有派给您所在的单位，不能办理。' });
    expect((await refusal(police.visits.lookup.query({ query: '张三' }))).status).toBe(403);
    await act(justice, id, { action: 'return', note: '属治安案件，非本所职责' });
    expect((await clerk.flow.centre.query()).find((m) => m.id === id)?.status).toBe('returned');
    await act(clerk, id, { action: 'refer', stationId: policeId, helperStationIds: [] });
    expect((await clerk.matters.get.query({ id })).referral?.stationName).toBe('派出所');
  });

  it('refuses a step taken on an outdated view: two people cannot both win', async () => {
    const id = await newMatter();
    const { version } = await clerk.matters.get.query({ id });
    await clerk.flow.act.mutate({ matterId: id, version, action: 'refer', stationId: policeId, helperStationIds: [] });
    expect(await refusal(supervisor.flow.act.mutate({ matterId: id, version, action: 'refer', stationId: justiceId, helperStationIds: [] }))).toEqual({
      status: 409,
      message: '此事项刚被他人更新，您的操作未执行。请刷新后查看最新状态再操作。',
    });
  });

  it('keeps a clerk from supervising and a station from referring', async () => {
    const id = await newMatter();
    expect((await refusal(act(police, id, { action: 'refer', stationId: policeId }))).status).toBe(403);
    await act(clerk, id, { action: 'refer', stationId: policeId });
    expect(await refusal(act(clerk, id, { action: 'remind', note: '请加快' }))).toEqual({ status: 403, message: '您的角色不能督办。' });
    await act(supervisor, id, { action: 'remind', note: '请加快办理' });
    await act(supervisor, id, { action: 'extend', days: 10, note: '需鉴定' });
    expect((await refusal(act(supervisor, id, { action: 'extend', days: 5, note: '再延' }))).message).toBe('办理期限只能延长一次，本事项已延长过。');
  });

  it('stops the clock while suspended and gives the days back', async () => {
    const id = await newMatter();
    await act(clerk, id, { action: 'refer', stationId: policeId });
    await act(police, id, { action: 'receive' });
    const before = (await clerk.matters.get.query({ id })).referral!;
    await act(police, id, { action: 'suspend', note: '等待伤情鉴定' });
    await daysPass(4);
    await act(police, id, { action: 'resume' });
    const after = (await clerk.matters.get.query({ id })).referral!;
    expect(after.suspendedDays).toBe(4);
    // Four days more from the same start; a last day on a weekend moves to the Monday (民法典 Art. 203).
    const clock = { acceptedDay: before.clockFrom, basis: 'calendar' as const, limitDays: 30, extensionDays: 0 };
    expect(before.deadline).toBe(limitDeadline(workCalendar([]), { ...clock, suspendedDays: 0 }).day);
    expect(after.deadline).toBe(limitDeadline(workCalendar([]), { ...clock, suspendedDays: 4 }).day);
    expect(Date.parse(after.deadline) - Date.parse(before.deadline)).toBeGreaterThanOrEqual(4 * 24 * 60 * 60 * 1000);
  });

  it('takes its time limit and its basis from the category, as the admin set it', async () => {
    const admin = await host.admin();
    const neighbours = (await admin.admin.categories.query()).find((c) => c.name === '邻里')!;
    await admin.admin.updateCategory.mutate({ ...neighbours, timeLimitDays: 10, limitBasis: 'working' });
    const id = await newMatter();
    await act(clerk, id, { action: 'refer', stationId: policeId });
    const referral = (await clerk.matters.get.query({ id })).referral!;
    expect(referral).toMatchObject({ limitDays: 10, basis: 'working', provisional: false });
    await admin.admin.updateCategory.mutate(neighbours);
    // 信访's limits are calendar days by the 条例: no category of that kind counts working days.
    const petition = (await admin.admin.categories.query()).find((c) => c.kind === 'petition')!;
    expect(await refusal(admin.admin.updateCategory.mutate({ ...petition, limitBasis: 'working' }))).toEqual({
      status: 400,
      message: '填写的内容有误，请按提示修改后重试。信访事项的办理期限按自然日计算（《信访工作条例》），不能按工作日',
    });
  });

  it('counts the limit from 受理: neither a late referral nor a return and re-referral restarts it', async () => {
    const id = await newMatter();
    const accepted = chinaDay(host.clock.now());
    const preview = (await clerk.matters.get.query({ id })).referPreview!;
    expect(preview.clockFrom).toBe(accepted);
    await daysPass(2);
    await act(clerk, id, { action: 'refer', stationId: justiceId });
    const first = (await clerk.matters.get.query({ id })).referral!;
    expect(first).toMatchObject({ clockFrom: accepted, deadline: preview.deadline });
    await act(supervisor, id, { action: 'extend', days: 5, note: '需补充材料' });
    await act(justice, id, { action: 'return', note: '非本所职责' });
    await daysPass(1);
    await act(clerk, id, { action: 'refer', stationId: policeId });
    const again = (await clerk.matters.get.query({ id })).referral!;
    // The extension stays with the matter; it cannot be had a second time either.
    expect(again).toMatchObject({ clockFrom: accepted, extensionDays: 5 });
    expect(again.deadline).toBe(limitDeadline(workCalendar([]), { acceptedDay: accepted, basis: 'calendar', limitDays: 30, extensionDays: 5, suspendedDays: 0 }).day);
    expect((await refusal(act(supervisor, id, { action: 'extend', days: 5, note: '再延' }))).message).toBe('办理期限只能延长一次，本事项已延长过。');
  });

  it('shows a late matter as overdue to the supervisor and counts it', async () => {
    const id = await newMatter();
    await act(clerk, id, { action: 'refer', stationId: justiceId });
    await daysPass(31);
    expect((await supervisor.flow.queue.query({ tab: 'overdue' })).map((m) => [m.id, m.urgency])).toContainEqual([id, 'overdue']);
    expect((await supervisor.flow.counts.query()).overdue).toBeGreaterThanOrEqual(1);
    expect((await justice.flow.queue.query({ tab: 'overdue' })).map((m) => m.id)).toContain(id);
    expect((await police.flow.queue.query({ tab: 'overdue' })).map((m) => m.id)).not.toContain(id);
  });
});

describe('no sequence of API calls leaves the state machine', () => {
  it('holds for random steps by random people', async () => {
    await daysPass(0);
    const people = () => ({ clerk, police, justice, supervisor });
    const step = fc.record({
      who: fc.constantFrom('clerk', 'police', 'justice', 'supervisor' as const),
      action: fc.constantFrom(...MATTER_ACTIONS),
      station: fc.constantFrom('police', 'justice'),
      satisfaction: fc.constantFrom('satisfied', 'basically', 'dissatisfied'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const id = await newMatter();
        let status = 'accepted';
        for (const s of steps) {
          const api = people()[s.who];
          // A station the matter never went to cannot open it: nothing is allowed to it.
          const allowed = await api.matters.get.query({ id }).then((m) => m.allowedActions as string[], () => [] as string[]);
          const stationId = s.station === 'police' ? policeId : justiceId;
          const attempt = act(api, id, { action: s.action, stationId, helperStationIds: [], note: '说明', result: 'done', days: 5, satisfaction: s.satisfaction, level: 'yellow', flags: [] });
          const outcome = await attempt.then(
            (r) => ({ ok: true as const, status: r.status }),
            () => ({ ok: false as const, status }),
          );
          // The API allowed exactly what the screen offered, and the matter stays in a known state.
          if (outcome.ok) expect(allowed).toContain(s.action);
          if (!outcome.ok && s.action !== 'refer' && s.action !== 'reassign') expect(allowed).not.toContain(s.action);
          expect(MATTER_STATUSES).toContain(outcome.status);
          status = outcome.status;
        }
      }),
      { numRuns: 25 },
    );
  });
});
