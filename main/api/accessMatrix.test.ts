import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/roles';
import { startTestHost, TEST_ADMIN, type TestHost } from '../testing/testHost';
import { API_PROCEDURES, type ProcedureType } from '../testing/rawApi';

/**
 * Who may call every procedure of the API, as one table. The test below calls each procedure as
 * each role (and as nobody) and checks that the door opens exactly for those the table names; a
 * procedure missing from the table fails the test, so a new one must be placed here.
 *
 * A call carries an input no procedure accepts: a role that passes the door meets 400 (or, for a
 * procedure that takes no input, its answer); a role that does not meets 403 before anything runs.
 */
const ALL: readonly Role[] = ['clerk', 'station', 'supervisor', 'admin', 'grid'];
/** Everyone who works the matters in the hall (not the 网格员). */
const STAFF: readonly Role[] = ['clerk', 'station', 'supervisor', 'admin'];
const GRID: readonly Role[] = ['grid'];
const DESK: readonly Role[] = ['clerk', 'supervisor', 'admin'];
const SUPERVISORS: readonly Role[] = ['supervisor', 'admin'];
const ADMIN: readonly Role[] = ['admin'];
/** Letting go of people's details at the end of their period, and holding them back: the supervisor alone. */
const SUPERVISOR: readonly Role[] = ['supervisor'];
/** Who reaches the mediation file's door; the file itself decides per matter (the clerk only for a desk settlement). */
const MEDIATORS: readonly Role[] = ['clerk', 'station', 'supervisor'];
/** Before signing in (the login page) … */
const PUBLIC = 'public';
/** … and any session, even one that must still change its initial password. */
const SIGNED_IN = 'signed-in';

/** A 访客屏's procedure: no session opens it, only a pairing token (tried in services/screen/visitorScreen.test.ts). */
const SCREEN = 'screen';

type Door = readonly Role[] | typeof PUBLIC | typeof SIGNED_IN | typeof SCREEN;

const ACCESS: Record<string, Door> = {
  'system.info': PUBLIC,
  'auth.login': PUBLIC,
  'auth.me': SIGNED_IN,
  'auth.logout': SIGNED_IN,
  'auth.changePassword': SIGNED_IN,
  'auth.switchCounter': DESK,
  'admin.users': ADMIN,
  'admin.createUser': ADMIN,
  'admin.updateUser': ADMIN,
  'admin.resetPassword': ADMIN,
  'admin.counters': ADMIN,
  'admin.printers': ADMIN,
  'admin.createCounter': ADMIN,
  'admin.updateCounter': ADMIN,
  'admin.stations': ADMIN,
  'admin.createStation': ADMIN,
  'admin.updateStation': ADMIN,
  'admin.categories': ADMIN,
  'admin.createCategory': ADMIN,
  'admin.updateCategory': ADMIN,
  'calendar.years': ADMIN,
  'calendar.enter': ADMIN,
  'calendar.remove': ADMIN,
  'admin.setup': ADMIN,
  'admin.finishSetup': ADMIN,
  'admin.centre': ADMIN,
  'admin.updateCentre': ADMIN,
  'terminals.list': ADMIN,
  'terminals.newCode': ADMIN,
  'terminals.revoke': ADMIN,
  'terminals.setPairedOnly': ADMIN,
  'maintenance.backupWarning': DESK,
  'maintenance.status': ADMIN,
  'maintenance.backupNow': ADMIN,
  'maintenance.saveSchedule': ADMIN,
  'maintenance.checkNow': ADMIN,
  'maintenance.acknowledge': ADMIN,
  'views.ofVisitor': SUPERVISORS,
  'views.ofUser': SUPERVISORS,
  'views.staff': SUPERVISORS,
  'views.export': SUPERVISORS,
  'merges.compare': SUPERVISORS,
  'merges.merge': SUPERVISORS,
  'merges.undo': SUPERVISORS,
  'merges.ofVisitor': SUPERVISORS,
  'retention.settings': SUPERVISORS,
  'retention.saveSettings': ADMIN,
  'retention.due': SUPERVISORS,
  'retention.purge': SUPERVISOR,
  'retention.purges': SUPERVISORS,
  'retention.holds': SUPERVISORS,
  // 上报 / 下派: the desk of the centre a matter was handed to takes the station's steps on it.
  'centres.handoffs': DESK,
  'centres.handoff': DESK,
  'centres.act': DESK,
  'centres.countyMatters': SUPERVISORS,
  'retention.hold': SUPERVISOR,
  'retention.releaseHold': SUPERVISOR,
  'live.events': STAFF,
  'reference.categories': STAFF,
  'reference.stations': STAFF,
  'reference.counters': STAFF,
  'reference.addressTree': STAFF,
  'reference.describeCounty': STAFF,
  'visits.register': DESK,
  'visits.correct': DESK,
  'visits.lookup': DESK,
  'visits.visitor': DESK,
  'visits.revealId': DESK,
  'matters.list': DESK,
  'matters.get': STAFF,
  'matters.revealPhone': STAFF,
  'flow.act': STAFF,
  'flow.queue': STAFF,
  'flow.centre': DESK,
  'flow.counts': STAFF,
  'documents.issue': DESK,
  'documents.printAgain': DESK,
  'documents.void': DESK,
  'documents.standing': DESK,
  'documents.pdf': DESK,
  'documents.ofDay': DESK,
  'mediation.get': MEDIATORS,
  'mediation.save': MEDIATORS,
  'mediation.preview': MEDIATORS,
  'mediation.saveRevisit': MEDIATORS,
  'mediation.papers': MEDIATORS,
  'mediation.issue': MEDIATORS,
  'mediation.printAgain': MEDIATORS,
  'mediation.void': MEDIATORS,
  'mediation.pdf': MEDIATORS,
  'dayClose.sheet': DESK,
  'dayClose.intake': DESK,
  'dayClose.explain': DESK,
  'dayClose.close': DESK,
  'dayClose.reopen': SUPERVISORS,
  'dayClose.centre': SUPERVISORS,
  'dayClose.closeCentre': SUPERVISORS,
  'assessment.candidates': SUPERVISORS,
  'assessment.meetings': SUPERVISORS,
  'assessment.hold': SUPERVISORS,
  'assessment.printRecord': SUPERVISORS,
  'statistics.table': SUPERVISORS,
  'statistics.xlsx': SUPERVISORS,
  'statistics.pdf': SUPERVISORS,
  'statistics.ledger': SUPERVISORS,
  'statistics.ledgerXlsx': SUPERVISORS,
  'grid.submit': GRID,
  'grid.mine': GRID,
  'grid.photo': [...GRID, ...DESK],
  'grid.queue': DESK,
  'grid.pendingCount': DESK,
  'grid.takeUp': DESK,
  'grid.dismiss': DESK,
  'grid.previewImport': DESK,
  'grid.commitImport': DESK,
  'roster.today': DESK,
  'roster.keep': DESK,
  'devices.cardReader': ADMIN,
  'devices.setCardReader': ADMIN,
  'devices.cardReaderReady': DESK,
  'devices.readCard': DESK,
  'visits.photo': DESK,
  'materials.list': STAFF,
  'materials.image': STAFF,
  'materials.add': STAFF,
  'screen.newCode': DESK,
  'screen.status': DESK,
  'screen.show': DESK,
  'screen.unpair': DESK,
  // The 访客屏 has no session: its door is its pairing token, checked inside (screen.test.ts).
  'screen.pair': PUBLIC,
  'screen.now': SCREEN,
  'screen.answer': PUBLIC,
};

const PROCEDURES = API_PROCEDURES;

let host: TestHost;
const tokens: Partial<Record<Role | 'unchanged', string>> = {};

beforeAll(async () => {
  host = await startTestHost();
  tokens.admin = (await host.signIn(TEST_ADMIN.username, TEST_ADMIN.password, 1)).token;
  const stationId = (await host.client(tokens.admin).admin.stations.query())[1]!.id;
  for (const role of ['clerk', 'station', 'supervisor', 'grid'] as const) {
    await host.newUser(`m_${role}`, role, role === 'station' ? stationId : null);
    tokens[role] = (await host.signIn(`m_${role}`, 'Mine123456', role === 'station' || role === 'grid' ? null : 1)).token;
  }
  // A user who has not yet replaced the admin's initial password.
  await host.client(tokens.admin).admin.createUser.mutate({ username: 'm_new', displayName: '新人', role: 'clerk', stationId: null, password: 'Start12345' });
  tokens.unchanged = (await host.signIn('m_new', 'Start12345', 1)).token;
});
afterAll(() => host.stop());

/** One call with an input nothing accepts; the HTTP status of the answer. */
async function statusOf(path: string, type: ProcedureType, token: string | undefined): Promise<number> {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const invalid = JSON.stringify('__not_an_input__');
  if (type === 'subscription') {
    // An event stream opens with 200 and says a refusal in its first event.
    const controller = new AbortController();
    const res = await fetch(`${host.url}/api/${path}`, { headers, signal: controller.signal });
    const first = new TextDecoder().decode((await res.body!.getReader().read()).value);
    controller.abort();
    return first.includes('FORBIDDEN') ? 403 : first.includes('UNAUTHORIZED') ? 401 : 200;
  }
  const res =
    type === 'query'
      ? await fetch(`${host.url}/api/${path}?input=${encodeURIComponent(invalid)}`, { headers })
      : await fetch(`${host.url}/api/${path}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: invalid });
  return res.status;
}

describe('the access table', () => {
  it('names every procedure of the API, and nothing else', () => {
    expect(PROCEDURES.map((p) => p.path).sort()).toEqual(Object.keys(ACCESS).sort());
  });
});

describe('every procedure as every role', () => {
  // Signing out ends the caller's session: it is called last, after the table's other rows.
  const ordered = [...PROCEDURES.filter((p) => p.path !== 'auth.logout'), ...PROCEDURES.filter((p) => p.path === 'auth.logout')];
  for (const { path, type } of ordered) {
    const door = ACCESS[path]!;
    it(`${path}: ${typeof door === 'string' ? door : door.join(', ')}`, async () => {
      const seen: Record<string, boolean> = {};
      const expected: Record<string, boolean> = {};
      for (const who of ['nobody', 'unchanged', ...ALL] as const) {
        const token = who === 'nobody' ? undefined : tokens[who];
        const status = await statusOf(path, type, token);
        seen[who] = status !== 401 && status !== 403;
        expected[who] = door === PUBLIC || (door === SIGNED_IN ? who !== 'nobody' : door !== SCREEN && who !== 'nobody' && who !== 'unchanged' && door.includes(who));
      }
      expect(seen).toEqual(expected);
    });
  }
});
