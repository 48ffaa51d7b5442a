import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LiveEvent } from '../../shared/events';
import { COALESCE_MS, EventBus } from './events';

describe('the live event bus', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate'] }));
  afterEach(() => vi.useRealTimers());

  it('sends the first "changed" at once and merges the rest of a burst into one at its end; a matter’s events all go out', async () => {
    const bus = new EventBus();
    const heard: LiveEvent[] = [];
    const window = new AbortController();
    const listening = (async () => {
      for await (const e of bus.subscribe(window.signal)) heard.push(e);
    })().catch(() => undefined);
    for (let i = 0; i < 5; i++) bus.publish({ type: 'visits.changed' });
    bus.publish({ type: 'documents.changed' });
    bus.publish({ type: 'matters.changed', matterId: 1, stationIds: [3] });
    bus.publish({ type: 'matters.changed', matterId: 2, stationIds: [3] });
    await vi.advanceTimersByTimeAsync(1);
    expect(heard.map((e) => e.type)).toEqual(['visits.changed', 'documents.changed', 'matters.changed', 'matters.changed']);

    await vi.advanceTimersByTimeAsync(COALESCE_MS);
    await vi.advanceTimersByTimeAsync(1);
    expect(heard.filter((e) => e.type === 'visits.changed')).toHaveLength(2); // the burst's end
    expect(heard.filter((e) => e.type === 'documents.changed')).toHaveLength(1); // nothing came after it

    await vi.advanceTimersByTimeAsync(COALESCE_MS * 3);
    expect(heard.filter((e) => e.type === 'visits.changed')).toHaveLength(2);
    bus.publish({ type: 'visits.changed' }); // a quiet while later: at once again
    await vi.advanceTimersByTimeAsync(1);
    expect(heard.filter((e) => e.type === 'visits.changed')).toHaveLength(3);
    window.abort();
    await listening;
  });
});
