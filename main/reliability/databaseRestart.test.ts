import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORAGE_MSG } from '../../shared/text/messages';
import { listenAsWindow } from '../testing/liveEvents';
import { nthResidentId, walkIn } from '../testing/people';
import { ON_POSTGRES, privateCluster, type PrivateCluster } from '../testing/testDatabase';
import { NEW_USER_PASSWORD, startTestHost, type TestApi, type TestHost } from '../testing/testHost';

// A county's server restarting is PostgreSQL's; CI runs this in its PostgreSQL pass. It restarts a
// cluster of its own, so the other tests' server stays up.
describe.runIf(ON_POSTGRES)('the county database server restarting under load (PostgreSQL only: a SQLite file has no server)', () => {
  let cluster: PrivateCluster;
  let host: TestHost;
  let clerk: TestApi;
  beforeAll(async () => {
    cluster = await privateCluster('restart');
    host = await startTestHost({ postgres: await cluster.start() });
    clerk = await host.newUser('restart_clerk', 'clerk', null);
  }, 60_000);
  afterAll(async () => {
    await host.stop();
    await cluster.remove();
  });

  it('tells every window, refuses in Chinese while it is away, loses nothing it acknowledged, and serves again', async () => {
    const { token } = await host.signIn('restart_clerk', NEW_USER_PASSWORD, 1);
    const controller = new AbortController();
    const { heard } = await listenAsWindow(host, token, '"reachable":true', controller.signal);

    // Four counters register without pause; a refused submit is sent again with the same key, as
    // the clerk clicks 保存 again with what is still typed.
    const acknowledged = new Set<string>();
    const refusals: string[] = [];
    let restarted = false;
    let afterRestart = 0;
    let n = 0;
    const counter = async () => {
      while (!restarted || afterRestart < 12) {
        const input = walkIn({ name: `重启${++n}`, idNumber: nthResidentId(700 + n) });
        for (;;) {
          try {
            acknowledged.add((await clerk.visits.register.mutate(input)).visitNo);
            if (restarted) afterRestart += 1;
            break;
          } catch (err) {
            refusals.push((err as Error).message);
            await new Promise((r) => setTimeout(r, 50));
          }
        }
      }
    };
    const counters = Array.from({ length: 4 }, counter);
    while (acknowledged.size < 8) await new Promise((r) => setImmediate(r));
    await cluster.restart();
    restarted = true;
    await Promise.all(counters);

    // Every window heard the server go and come back.
    const said = await heard;
    expect(said.indexOf('"reachable":false')).toBeGreaterThan(-1);
    expect(said.indexOf('"reachable":false')).toBeLessThan(said.indexOf('"reachable":true'));
    controller.abort();
    // Whatever was refused was refused with the one Chinese sentence that says what to do.
    expect(new Set(refusals)).toEqual(new Set(refusals.length > 0 ? [STORAGE_MSG.server] : []));
    // Every registration the clerks were told of is there, once.
    const kept = await host.services.db.selectFrom('visit').select('visit_no').execute();
    expect(new Set(kept.map((v) => v.visit_no))).toEqual(acknowledged);
  }, 60_000);
});
