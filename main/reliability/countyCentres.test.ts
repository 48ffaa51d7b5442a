import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../services/audit';
import { sql } from 'kysely';
import { nthResidentId, walkIn } from '../testing/people';
import { ON_POSTGRES } from '../testing/testDatabase';
import { NEW_USER_PASSWORD, startTestHost, type TestApi, type TestHost } from '../testing/testHost';

// Centres of one county database each live in a schema of their own: what a SQLite file (one
// centre by its nature) has nothing of. CI runs this in its PostgreSQL pass.
describe.runIf(ON_POSTGRES)('two township centres in one county database (PostgreSQL only: a SQLite file holds one centre)', () => {
  let east: TestHost;
  let west: TestHost;
  let clerkEast: TestApi;
  let clerkWest: TestApi;
  beforeAll(async () => {
    east = await startTestHost({ area: '140828101' });
    west = await startTestHost({ besides: east, area: '140828102' });
    clerkEast = await east.newUser('clerk_e', 'clerk', null);
    clerkWest = await west.newUser('clerk_w', 'clerk', null);
  });
  afterAll(async () => {
    await west.stop();
    await east.stop();
  });

  it('keep their own number series, matters and audit chains', async () => {
    const e1 = await clerkEast.visits.register.mutate(walkIn({ name: '东乡来访', idNumber: nthResidentId(700) }));
    const w1 = await clerkWest.visits.register.mutate(walkIn({ name: '西乡来访', idNumber: nthResidentId(701) }));
    const e2 = await clerkEast.visits.register.mutate(walkIn({ name: '东乡再来', idNumber: nthResidentId(702) }));
    expect([e1.visitNo.slice(-4), e2.visitNo.slice(-4), w1.visitNo.slice(-4)]).toEqual(['0001', '0002', '0001']);
    const namesEast = (await east.services.db.selectFrom('visitor').select('name').execute()).map((v) => v.name);
    expect(namesEast.sort()).toEqual(['东乡再来', '东乡来访']);
    expect(await west.services.db.selectFrom('visitor').select('name').execute()).toEqual([{ name: '西乡来访' }]);
    expect(await verifyAuditChain(east.services.db)).toBeNull();
    expect(await verifyAuditChain(west.services.db)).toBeNull();
  });

  it("keep their own users: one township's clerk cannot sign in at the other", async () => {
    await expect(west.signIn('clerk_e', NEW_USER_PASSWORD, 1)).rejects.toThrow('用户名或密码不正确');
    await expect(east.signIn('clerk_e', NEW_USER_PASSWORD, 1)).resolves.toBeTruthy();
  });

  it("write side by side: one centre's held write lock does not stop the other's registrations", async () => {
    const held = new pg.Client({ connectionString: east.database!.url });
    await held.connect();
    try {
      // What every write of the east centre takes first (db/engine/writeLock.ts), held open here.
      await held.query('begin');
      await held.query("select pg_advisory_xact_lock(1684370283, hashtext('centre_140828101'))");
      const waiting = clerkEast.visits.register.mutate(walkIn({ name: '东乡等待', idNumber: nthResidentId(703) }));
      const west2 = await clerkWest.visits.register.mutate(walkIn({ name: '西乡照常', idNumber: nthResidentId(704) }));
      expect(west2.visitNo.slice(-4)).toBe('0002');
      await held.query('commit');
      expect((await waiting).visitNo.slice(-4)).toBe('0003');
    } finally {
      await held.end();
    }
  });

  it("listen for live events on their own centre's channel only", async () => {
    // Each host's listening connection's last statement, as the server has it.
    const { rows } = await east.services.db.executeQuery<{ query: string }>(
      sql`select query from pg_stat_activity where application_name = 'one-stop-desk-listen' and datname = current_database() order by query`.compile(east.services.db),
    );
    expect(rows.map((r) => r.query)).toEqual(['listen "desk_events_centre_140828101"', 'listen "desk_events_centre_140828102"']);
  });
});

describe.runIf(ON_POSTGRES)('one host serving two centres of a county database (PostgreSQL only: a SQLite file holds one centre)', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost({ area: '140828', alsoServe: ['140828101'] });
  });
  afterAll(() => host.stop());

  it('answers each request for the centre it names, with that centre’s accounts, numbers and name', async () => {
    const info = await host.client(undefined, undefined, '140828101').system.info.query();
    expect(info).toMatchObject({ area: '140828101', centreName: '140828101综治中心' });
    expect(info.centres?.map((c) => c.area)).toEqual(['140828', '140828101']);
    // No centre named: the host's first.
    expect(await host.client().system.info.query()).toMatchObject({ area: '140828', centreName: '南大里乡综治中心' });

    const county = (await host.signIn('admin', 'Hall2026key', 1)).api;
    const town = (await host.signIn('admin', 'Hall2026key', 1, '140828101')).api;
    await county.admin.createUser.mutate({ username: 'only_county', displayName: '县里的人', role: 'clerk', stationId: null, password: 'Start12345' });
    await expect(host.signIn('only_county', 'Start12345', 1, '140828101')).rejects.toThrow('用户名或密码不正确');
    const a = await county.visits.register.mutate(walkIn({ name: '县里来访', idNumber: nthResidentId(720) }));
    const b = await town.visits.register.mutate(walkIn({ name: '乡里来访', idNumber: nthResidentId(721) }));
    expect([a.visitNo.slice(-4), b.visitNo.slice(-4)]).toEqual(['0001', '0001']);
    expect((await town.matters.list.query({ limit: 10 })).map((m) => m.visitorName)).toEqual(['乡里来访']);
  });

  it('keeps a session to its own centre: a token of one centre names nobody at the other', async () => {
    const { token } = await host.signIn('admin', 'Hall2026key', 1, '140828101');
    await expect(host.client(token, undefined, '140828').auth.me.query()).rejects.toThrow();
    expect((await host.client(token, undefined, '140828101').auth.me.query()).area).toBe('140828101');
  });
});
