import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDesk } from '../testing/deskProcess';
import { refusal } from '../testing/refusal';
import { startTestHost, TEST_ADMIN, type TestHost } from '../testing/testHost';

let host: TestHost;
beforeAll(async () => {
  host = await startTestHost();
  const admin = (await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password)).api;
  await admin.admin.createUser.mutate({ username: 'zhangsan', displayName: '张三', role: 'clerk', stationId: null, password: 'Start12345' });
});
afterAll(() => host.stop());

describe('guessing passwords', () => {
  it('fifty guesses sent at once meet the same limit of five, which holds after a restart until `desk unlock`', async () => {
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => refusal(host.signIn('zhangsan', `Wrong${i}guess`))));
    const checked = answers.filter((a) => a.status === 401).length;
    expect(checked).toBe(5);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(45);
    expect((await refusal(host.signIn('zhangsan', 'Start12345'))).status).toBe(429);

    // A restart does not forgive; the host PC's own command does.
    await host.restart();
    expect((await refusal(host.signIn('zhangsan', 'Start12345'))).status).toBe(429);
    await host.stopServing();
    const unlocked = runDesk(['unlock', ...host.deskFlags, '--user', 'zhangsan']);
    expect(unlocked.stdout).toContain('已解锁账号 zhangsan');
    await host.restart();
    await expect(host.signIn('zhangsan', 'Start12345')).resolves.toMatchObject({ token: expect.any(String) });
  });
});

describe('many clerks at one address', () => {
  it('sign in one after another without meeting the address limit, which counts only failures', async () => {
    for (let i = 0; i < 35; i++) await expect(host.signIn('admin', 'Hall2026key')).resolves.toMatchObject({ token: expect.any(String) });
  });
});

describe('changing a password', () => {
  it('refuses the user name, a common password and the one in use; a change ends the user’s other sessions', async () => {
    const first = await host.signIn('zhangsan', 'Start12345');
    const other = await host.signIn('zhangsan', 'Start12345');
    const change = (newPassword: string) => first.api.auth.changePassword.mutate({ oldPassword: 'Start12345', newPassword });
    expect((await refusal(change('zhangsan2026'))).message).toContain('密码中不能含有用户名');
    expect((await refusal(change('woaini1314'))).message).toContain('常被猜中的密码');
    expect((await refusal(change('Start12345'))).message).toContain('新密码不能与原密码相同');
    await change('Harbour2026x');
    await expect(first.api.auth.me.query()).resolves.toMatchObject({ user: { username: 'zhangsan' } });
    expect((await refusal(other.api.auth.me.query())).status).toBe(401);
  });
});
