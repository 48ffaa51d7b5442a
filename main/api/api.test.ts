import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../db/migrations/index';
import { SESSION_IDLE_MS } from '../domain/sessionPolicy';
import { verifyAuditChain } from '../services/audit';
import { refusal } from '../testing/refusal';
import { startTestHost, TEST_ADMIN, type TestHost } from '../testing/testHost';
import { APP_VERSION } from '../version';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost();
});
afterAll(() => host.stop());


async function post(path: string, body: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${host.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, text: await res.text() };
}

describe('health', () => {
  it('reports version and schema version', async () => {
    const res = await fetch(`${host.url}/health`);
    expect(await res.json()).toEqual({ ok: true, version: APP_VERSION, schemaVersion: MIGRATIONS.length });
  });
});

describe('signing in', () => {
  it('gives a token that opens the API, and shows the centre', async () => {
    const { api } = await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password, 1);
    const me = await api.auth.me.query();
    expect(me.user.username).toBe('admin');
    expect(me.counter?.name).toBe('1号窗口');
    expect(me.centreName).toBe('南大里乡综治中心');
  });

  it('gives a window an HttpOnly, SameSite=Strict cookie and no token it could read', async () => {
    const res = await fetch(`${host.url}/api/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...TEST_ADMIN, counterId: 1 }) });
    const body = (await res.json()) as { result: { data: { token: string | null } } };
    expect(body.result.data.token).toBeNull();
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^desk_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    const me = await fetch(`${host.url}/api/auth.me`, { headers: { cookie: cookie.split(';')[0]! } });
    expect(me.status).toBe(200);
    // A token in the address opens nothing.
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const inUrl = await fetch(`${host.url}/api/auth.me?connectionParams=${encodeURIComponent(JSON.stringify({ token }))}`);
    expect(inUrl.status).toBe(401);
    const out = await fetch(`${host.url}/api/auth.logout`, { method: 'POST', headers: { cookie: cookie.split(';')[0]!, 'content-type': 'application/json' }, body: '{}' });
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
  });

  it('accepts the user name in any case', async () => {
    await expect(host.signIn('ADMIN', TEST_ADMIN.password)).resolves.toBeTruthy();
  });

  it('refuses a wrong password in Chinese', async () => {
    expect(await refusal(host.signIn('admin', 'wrong-password1'))).toEqual({ status: 401, message: '用户名或密码不正确，请重新输入。' });
  });

  it('locks an account out after five failures', async () => {
    const api = (await host.signIn('admin', TEST_ADMIN.password)).api;
    await api.admin.createUser.mutate({ username: 'target', displayName: '李四', role: 'clerk', stationId: null, password: 'Tgt9876543a' });
    for (let i = 0; i < 5; i++) await refusal(host.signIn('target', 'nope-nope1'));
    const locked = await refusal(host.signIn('target', 'Tgt9876543a'));
    expect(locked.status).toBe(429);
    expect(locked.message).toMatch(/登录失败次数过多，请 15 分钟后再试/);
  });

  it('refuses requests without a token, with a forged token, and after logout', async () => {
    expect((await refusal(host.client().admin.users.query())).status).toBe(401);
    expect(await refusal(host.client('forged-token').auth.me.query())).toEqual({ status: 401, message: '未登录或登录已失效，请重新登录。' });
    const { api } = await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password);
    await api.auth.logout.mutate();
    expect((await refusal(api.auth.me.query())).status).toBe(401);
  });

  it('ends a session after the idle spell', async () => {
    const { api } = await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password);
    host.clock.advance(SESSION_IDLE_MS + 1000);
    expect(await refusal(api.auth.me.query())).toEqual({ status: 401, message: expect.stringMatching(/^登录已超时/) });
  });
});

describe('roles', () => {
  it('keeps a clerk out of the settings', async () => {
    const admin = (await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password)).api;
    await admin.admin.createUser.mutate({ username: 'clerk1', displayName: '王五', role: 'clerk', stationId: null, password: 'Initial1234' });
    const first = (await host.signIn('clerk1', 'Initial1234')).api;
    // An initial password set by the admin must be replaced before anything else.
    expect((await refusal(first.admin.users.query())).message).toMatch(/初始密码/);
    await first.auth.changePassword.mutate({ oldPassword: 'Initial1234', newPassword: 'Mine123456' });
    const clerk = (await host.signIn('clerk1', 'Mine123456')).api;
    expect(await refusal(clerk.admin.users.query())).toEqual({ status: 403, message: '您的角色无权进行此操作。如需办理，请联系负责人或管理员。' });
    expect((await refusal(clerk.admin.updateCentre.mutate({ centreName: 'x', followUpPhone: '', countyCode: '' }))).status).toBe(403);
  });

  it('binds station staff to a station', async () => {
    const admin = (await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password)).api;
    const noStation = await refusal(admin.admin.createUser.mutate({ username: 'police1', displayName: '赵六', role: 'station', stationId: null, password: 'Badge20261x' }));
    expect(noStation).toEqual({ status: 400, message: '承办人必须绑定一个入驻单位。' });
    const stations = await admin.admin.stations.query();
    const created = await admin.admin.createUser.mutate({ username: 'police1', displayName: '赵六', role: 'station', stationId: stations[1]!.id, password: 'Badge20261x' });
    expect(created.stationId).toBe(stations[1]!.id);
  });

  it('never disables the last administrator', async () => {
    const admin = (await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password)).api;
    const me = await admin.auth.me.query();
    const refused = await refusal(admin.admin.updateUser.mutate({ id: me.user.id, displayName: '系统管理员', role: 'clerk', stationId: null, active: true }));
    expect(refused).toEqual({ status: 409, message: '这是最后一个可用的管理员账号，不能停用或降级。' });
  });
});

describe('bad input', () => {
  it('gets a 400 with Chinese field messages, never a 500', async () => {
    const admin = (await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password)).api;
    const weak = await refusal(admin.admin.createUser.mutate({ username: '张三', displayName: '', role: 'clerk', stationId: null, password: 'short' }));
    expect(weak.status).toBe(400);
    expect(weak.message).toContain('用户名只能用');
    expect(weak.message).toContain('请填写姓名');
    expect(weak.message).toContain('密码至少 10 位');
    const control = await refusal(admin.admin.createCounter.mutate({ name: '3号\u0007窗口', active: true }));
    expect(control.message).toContain('控制字符');
  });

  it('treats a name with markup as plain text', async () => {
    const admin = (await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password)).api;
    const saved = await admin.admin.createCounter.mutate({ name: '<script>x</script>', active: true });
    expect(saved.name).toBe('<script>x</script>');
  });

  it('rejects malformed JSON with a 400', async () => {
    const { token } = await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password);
    const res = await post('/api/admin.createCounter', '{"name": ', { Authorization: `Bearer ${token}` });
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('rejects an oversized body before parsing it', async () => {
    const res = await post('/api/auth.login', JSON.stringify({ username: 'a'.repeat(3 * 1024 * 1024), password: 'x' }));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text)).toEqual({ error: { message: '提交的内容过大（上限 2 MB），未保存任何内容。请删减后重试。' } });
  });

  it('answers an unknown address with a Chinese 404', async () => {
    const res = await fetch(`${host.url}/api/no.such.procedure`);
    expect(res.status).toBe(404);
  });
});

describe('audit log', () => {
  it('records changes in an unbroken chain that cannot be edited', async () => {
    expect(await verifyAuditChain(host.services.db)).toBeNull();
    const rows = await host.services.db.selectFrom('audit_log').select(['action']).execute();
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['user.create', 'session.start', 'session.refused', 'station.create']));
    await expect(host.services.db.updateTable('audit_log').set({ detail: '{}' }).where('id', '=', 1).execute()).rejects.toThrow(/append-only/);
    await expect(host.services.db.deleteFrom('audit_log').where('id', '=', 1).execute()).rejects.toThrow(/append-only/);
  });
});

describe('live events', () => {
  it('reach a subscribed window when settings change', async () => {
    const { token, api } = await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password);
    const controller = new AbortController();
    // What a window's EventSource sends: the session cookie, never a token in the address.
    const res = await fetch(`${host.url}/api/live.events`, { headers: { cookie: `desk_session=${token}` }, signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const seen = (async () => {
      let text = '';
      while (!text.includes('settings.changed')) text += new TextDecoder().decode((await reader.read()).value);
      return text;
    })();
    await new Promise((r) => setTimeout(r, 100));
    await api.admin.createCounter.mutate({ name: '9号窗口', active: true });
    expect(await seen).toContain('"type":"settings.changed"');
    controller.abort();
  });

  it('are refused without a session', async () => {
    // An event stream opens with 200; the refusal comes as its first event.
    const res = await fetch(`${host.url}/api/live.events`);
    const first = new TextDecoder().decode((await res.body!.getReader().read()).value);
    expect(first).toContain('event: serialized-error');
    expect(first).toContain('UNAUTHORIZED');
  });
});
