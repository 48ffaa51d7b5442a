import { describe, expect, it } from 'vitest';
import { hearsEvent } from './liveScope';

describe('who hears a live event', () => {
  const police = { role: 'station' as const, stationId: 2 };
  it('the desk hears everything; a station only its own matters and the settings', () => {
    const theirs = { type: 'matters.changed' as const, matterId: 7, stationIds: [3] };
    const ours = { type: 'matters.changed' as const, matterId: 8, stationIds: [3, 2] };
    for (const role of ['clerk', 'supervisor', 'admin'] as const) expect(hearsEvent(theirs, { role, stationId: null })).toBe(true);
    expect(hearsEvent(theirs, police)).toBe(false);
    expect(hearsEvent(ours, police)).toBe(true);
    expect(hearsEvent({ type: 'visits.changed' }, police)).toBe(false);
    expect(hearsEvent({ type: 'documents.changed' }, police)).toBe(false);
    expect(hearsEvent({ type: 'settings.changed' }, police)).toBe(true);
    expect(hearsEvent(ours, { role: 'station', stationId: null })).toBe(false);
  });
});
