import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '../../../shared/time';
import { nthResidentId, walkIn } from '../../testing/people';
import { refusal } from '../../testing/refusal';
import { startTestHost, type TestApi, type TestHost } from '../../testing/testHost';

let host: TestHost;
let clerk: TestApi;
let boss: TestApi;

beforeAll(async () => {
  host = await startTestHost();
  clerk = await host.newUser('pc_clerk', 'clerk', null);
  boss = await host.newUser('pc_boss', 'supervisor', null);
});
afterAll(() => host.stop());

describe('disputes found by screening (排查发现) and on the grid', () => {
  it('say where and by whom they were found, and the 台账 shows it as their source', async () => {
    const found = (extra: Record<string, unknown>) => walkIn({ name: '排查', idNumber: nthResidentId(1), channel: 'screening', ...extra });
    expect((await refusal(clerk.visits.register.mutate(found({})))).message).toContain('请写明发现地点');
    expect((await refusal(clerk.visits.register.mutate(found({ foundPlace: '东村三组' })))).message).toContain('请写明发现人');
    expect((await refusal(clerk.visits.register.mutate({ ...walkIn({ name: '网格', idNumber: nthResidentId(2), channel: 'grid' }), foundBy: '张网格' }))).message).toContain('发现地点');
    await clerk.visits.register.mutate(found({ foundPlace: '东村三组', foundBy: '张网格' }));
    // A walk-in keeps no place or finder, whatever was sent.
    await clerk.visits.register.mutate({ ...walkIn({ name: '来访', idNumber: nthResidentId(3) }), foundPlace: '不该记', foundBy: '不该记' });
    const ledger = await boss.statistics.ledger.query({ kind: 'day', day: chinaDay(host.clock.now()) });
    expect(ledger.map((r) => [r.parties, r.source])).toEqual([
      ['排查', '排查发现（东村三组，张网格）'],
      ['来访', '走访'],
    ]);
  });
});
