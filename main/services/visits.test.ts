import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentId, walkIn } from '../testing/people';
import { refusal } from '../testing/refusal';
import { closeTheDay } from '../testing/dayClose';
import { startTestHost, TEST_ADMIN, type TestHost, type TestApi } from '../testing/testHost';

let host: TestHost;
let api: TestApi;

beforeAll(async () => {
  host = await startTestHost();
  api = (await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password, 1)).api;
});
afterAll(() => host.stop());


const count = async (table: 'visit' | 'visitor' | 'matter') =>
  Number((await host.services.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('registering a walk-in', () => {
  it('gives the visit a 登记编号 and each matter its own code', async () => {
    const result = await api.visits.register.mutate(
      walkIn({ matters: [{ categoryId: 1, content: '离婚后子女抚养费纠纷' }, { categoryId: 17, content: '咨询宅基地确权政策' }] }),
    );
    expect(result.visitNo).toMatch(/^DJ\d{8}-\d{4}$/);
    expect(result.matters).toHaveLength(2);
    expect(result.matters.map((m) => m.code)).toEqual([expect.stringMatching(/^SX\d{8}-0001$/), expect.stringMatching(/^SX\d{8}-0002$/)]);
    expect(result.matters.every((m) => m.status === 'accepted')).toBe(true);
  });

  it('creates one visit however often the same draft is submitted', async () => {
    const draft = walkIn({ name: '李四', idNumber: residentId('14082819850512002') });
    const before = await count('visit');
    const [a, b] = await Promise.all([api.visits.register.mutate(draft), api.visits.register.mutate(draft)]);
    const c = await api.visits.register.mutate(draft);
    expect(new Set([a.visitNo, b.visitNo, c.visitNo]).size).toBe(1);
    expect([a, b, c].filter((r) => r.replayed)).toHaveLength(2);
    // The first answer is built from what was written, a replay reads it back: they agree.
    const made = [a, b, c].find((r) => !r.replayed)!;
    expect({ ...c, replayed: false }).toEqual(made);
    expect(await count('visit')).toBe(before + 1);
  });

  it('fills sex and birth date from the ID number and stores a lower-case x upper-case', async () => {
    const id = '34052419800101001x';
    await api.visits.register.mutate(walkIn({ name: '王五', idNumber: id }));
    const row = await host.services.db.selectFrom('visitor').selectAll().where('name', '=', '王五').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ id_number: '34052419800101001X', sex: 'M', birth_date: '1980-01-01', name_initials: 'ww' });
  });

  it('knows an old 15-digit card and the new 18-digit card as one person, whichever comes first', async () => {
    const old = '140828620304121';
    const upgraded = residentId('14082819620304121');
    await api.visits.register.mutate(walkIn({ name: '钱老汉', idNumber: old }));
    const row = await host.services.db.selectFrom('visitor').selectAll().where('name', '=', '钱老汉').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ id_number: upgraded, sex: 'M', birth_date: '1962-03-04' });
    const before = await count('visitor');
    await api.visits.register.mutate(walkIn({ name: '钱老汉', idNumber: upgraded }));
    expect(await count('visitor')).toBe(before);
    const [byOld] = await api.visits.lookup.query({ query: old });
    expect(byOld).toMatchObject({ name: '钱老汉', visitCount: 2 });
  });

  it('marks more than five people as 集体访 and allows at most five representatives', async () => {
    const persons = ['赵一', '赵二', '赵三'].map((name, i) => ({ name, idType: 'resident' as const, idNumber: residentId(`1408281970010100${i}`) }));
    const visit = await api.visits.register.mutate(walkIn({ headcount: 12, persons }));
    const row = await host.services.db.selectFrom('visit').selectAll().where('id', '=', visit.visitId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ headcount: 12, is_collective: 1 });
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `钱${i}`, idType: 'none' as const, noIdReason: '未带证件' }));
    expect(await refusal(api.visits.register.mutate(walkIn({ headcount: 20, persons: six })))).toMatchObject({ status: 400, message: expect.stringContaining('最多登记 5 位来访人') });
  });

  it('accepts a visitor without an ID when a reason is given', async () => {
    const noReason = await refusal(api.visits.register.mutate(walkIn({ persons: [{ name: 'John Smith', idType: 'none' }] })));
    expect(noReason.message).toContain('没有证件的，请说明原因');
    const ok = await api.visits.register.mutate(walkIn({ persons: [{ name: 'John Smith', idType: 'passport', idNumber: 'E12345678' }] }));
    expect(ok.matters).toHaveLength(1);
  });

  it('records a declined matter with its reason and channel', async () => {
    const missing = await refusal(api.visits.register.mutate(walkIn({ matters: [{ categoryId: 16, content: '要求撤销生效判决', decision: 'decline' }] })));
    expect(missing.message).toContain('不予受理须写明理由');
    const declined = await api.visits.register.mutate(
      walkIn({ matters: [{ categoryId: 16, content: '要求撤销生效判决', decision: 'decline', declineReason: '属于诉讼程序事项', declineChannel: '向上级人民法院申请再审' }] }),
    );
    expect(declined.matters[0]!.status).toBe('declined');
  });

  it('needs a counter', async () => {
    const noCounter = (await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password, null)).api;
    expect(await refusal(noCounter.visits.register.mutate(walkIn()))).toMatchObject({ status: 400, message: expect.stringContaining('选择窗口') });
  });
});

describe('repeat visits', () => {
  it('recognises the visitor by ID, phone, name, pinyin, initials and receipt code', async () => {
    const id = residentId('14082819760315201');
    const first = await api.visits.register.mutate(walkIn({ name: '孙红梅', idNumber: id, phone: '13912345678' }));
    await api.visits.register.mutate(walkIn({ name: '孙红梅', idNumber: id, phone: '13912345678' }));
    for (const query of [id, id.slice(0, 10), '13912345678', '139123', '孙红梅', '孙红', 'shm', 'sunhongmei', first.matters[0]!.code, first.visitNo.toLowerCase()]) {
      const found = await api.visits.lookup.query({ query });
      expect(found.map((v) => v.name), query).toContain('孙红梅');
    }
    const [person] = await api.visits.lookup.query({ query: id });
    expect(person!.visitCount).toBe(2);
    expect(person!.maskedId).toBe(`${id.slice(0, 4)}**********${id.slice(-4)}`);
    expect(JSON.stringify(person)).not.toContain(id);
  });

  it('links a repeat visit to the earlier matter instead of opening a new one', async () => {
    const id = residentId('14082819660708301');
    const first = await api.visits.register.mutate(walkIn({ name: '周建国', idNumber: id }));
    const matterCount = await count('matter');
    const again = await api.visits.register.mutate(walkIn({ name: '周建国', idNumber: id, matters: [{ repeatOf: first.matters[0]!.id, content: '再次反映，问题仍未解决' }] }));
    expect(again.matters).toEqual([{ id: first.matters[0]!.id, code: first.matters[0]!.code, status: 'accepted', repeat: true, oral: false }]);
    expect(await count('matter')).toBe(matterCount);
    const matter = await api.matters.get.query({ id: first.matters[0]!.id });
    expect(matter.visitCount).toBe(2);
    expect(matter.visits.map((v) => v.kind)).toEqual(['opened', 'repeat']);
  });

  it('shows the whole ID number only on request, and audits the look', async () => {
    const id = residentId('14082819700101401');
    await api.visits.register.mutate(walkIn({ name: '吴敏', idNumber: id }));
    const [person] = await api.visits.lookup.query({ query: '吴敏' });
    expect(await api.visits.revealId.mutate({ visitorId: person!.id, purpose: '核对身份证' })).toBe(id);
    const audit = await host.services.db.selectFrom('audit_log').select('action').where('entity', '=', 'visitor').where('entity_id', '=', String(person!.id)).execute();
    expect(audit.map((a) => a.action)).toContain('visitor.reveal_id');
  });
});

describe('bad input', () => {
  it('refuses missing fields with Chinese messages and stores nothing', async () => {
    const before = await count('visit');
    const res = await refusal(api.visits.register.mutate({ ...walkIn(), persons: [{ name: '' }], matters: [{ content: '' }] } as never));
    expect(res.status).toBe(400);
    expect(res.message).toContain('请填写姓名');
    expect(res.message).toContain('请填写诉求内容');
    expect(await count('visit')).toBe(before);
  });

  it('refuses a wrong ID number at the API too', async () => {
    const res = await refusal(api.visits.register.mutate(walkIn({ idNumber: '340524198001010011' })));
    expect(res.message).toContain('校验位不符');
  });

  it('refuses a 10 MB 诉求内容 before parsing it', async () => {
    const { token } = await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password, 1);
    const body = JSON.stringify(walkIn({ matters: [{ categoryId: 1, content: '纠'.repeat(10 * 1024 * 1024 / 3) }] }));
    const res = await fetch(`${host.url}/api/visits.register`, { method: 'POST', headers: { 'content-type': 'application/json', Authorization: `Bearer ${token}` }, body });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('提交的内容过大');
  });

  it('refuses control characters and keeps markup as text', async () => {
    expect((await refusal(api.visits.register.mutate(walkIn({ name: '张\u0000三' })))).message).toContain('控制字符');
    const markup = '<script>alert(1)</script>';
    await api.visits.register.mutate(walkIn({ name: markup, idNumber: residentId('14082819900101501') }));
    const [found] = await api.visits.lookup.query({ query: markup.slice(0, 20) });
    expect(found!.name).toBe(markup);
  });

  it('rolls the whole visit back when one matter is bad', async () => {
    const before = { visits: await count('visit'), visitors: await count('visitor'), matters: await count('matter') };
    const res = await refusal(
      api.visits.register.mutate(walkIn({ name: '郑十', idNumber: residentId('14082819910101601'), matters: [{ categoryId: 1, content: '正常诉求' }, { repeatOf: 999999, content: '不存在的事项' }] })),
    );
    expect(res.status).toBe(404);
    expect({ visits: await count('visit'), visitors: await count('visitor'), matters: await count('matter') }).toEqual(before);
  });
});

describe('corrections', () => {
  it('lets the clerk correct on the day and keeps the old values in the audit log', async () => {
    const registered = await api.visits.register.mutate(walkIn({ name: '何晓', idNumber: residentId('14082819930303701') }));
    const matterId = registered.matters[0]!.id;
    await api.visits.correct.mutate({ matterId, categoryId: 3, content: '宅基地界址争议', visitorName: '何晓东', phone: '', addressText: '南大里村二组', reason: '姓名录错' });
    const matter = await api.matters.get.query({ id: matterId });
    expect(matter).toMatchObject({ categoryName: '房屋宅基地', content: '宅基地界址争议', visitor: { name: '何晓东', maskedPhone: '138****1234', addressText: '南大里村二组' } });
    const audit = await host.services.db.selectFrom('audit_log').select('detail').where('action', '=', 'matter.correct').where('entity_id', '=', String(matterId)).executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail)).toMatchObject({ reason: '姓名录错', before: { name: '何晓', categoryId: 2 }, after: { name: '何晓东', categoryId: 3 } });
    expect((await api.visits.lookup.query({ query: 'hxd' })).map((v) => v.name)).toContain('何晓东');
  });

  it('needs a supervisor once the day is over', async () => {
    const admin = api;
    await admin.admin.createUser.mutate({ username: 'clerk9', displayName: '窗口九', role: 'clerk', stationId: null, password: 'Window9999x' });
    await host.signIn('clerk9', 'Window9999x').then(({ api: first }) => first.auth.changePassword.mutate({ oldPassword: 'Window9999x', newPassword: 'Window9990x' }));
    const clerk = (await host.signIn('clerk9', 'Window9990x', 1)).api;
    const registered = await clerk.visits.register.mutate(walkIn({ name: '冯雪', idNumber: residentId('14082819940404801') }));
    const matterId = registered.matters[0]!.id;
    const correction = { matterId, categoryId: 2, content: '改过的内容', visitorName: '冯雪', phone: '', addressText: '', reason: '补正' };
    host.clock.advance(24 * 60 * 60 * 1000);
    const fresh = (await host.signIn('clerk9', 'Window9990x', 1)).api;
    expect((await fresh.matters.get.query({ id: matterId })).correctable).toBe(false);
    expect(await refusal(fresh.visits.correct.mutate(correction))).toEqual({ status: 403, message: '只能在登记当天更正；以往的登记须由负责人更正。' });
    const supervisorApi = (await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password, 1)).api;
    await supervisorApi.visits.correct.mutate(correction);
    expect((await supervisorApi.matters.get.query({ id: matterId })).content).toBe('改过的内容');
  });
});

describe('what a name is, and what an answer gives away', () => {
  // Earlier tests moved the clock past the session's end: sign in again, as the next morning.
  beforeAll(async () => {
    api = (await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password, 1)).api;
    await closeTheDay(api);
  });

  it('keeps names in NFC without invisible characters, so 张\u200b三 is found as 张三', async () => {
    const id = residentId('14082819900909555');
    await api.visits.register.mutate(walkIn({ name: '张\u200b三\u202e', idNumber: id }));
    const [found] = await api.visits.lookup.query({ query: '张\u200b三' });
    expect(found!.name).toBe('张三');
    expect((await api.visits.lookup.query({ query: '张三' })).map((v) => v.maskedId)).toContain(`1408**********${id.slice(-4)}`);
  });

  it('sends the birth year, not the date, beside a masked ID number, and marks answers not to be kept', async () => {
    const id = residentId('14082819900909555');
    const [found] = await api.visits.lookup.query({ query: id });
    expect(found).toMatchObject({ birthYear: 1990 });
    expect(found).not.toHaveProperty('birthDate');
    const res = await fetch(`${host.url}/api/system.info`);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
