import type { z } from 'zod';
import type { Attendance } from '../../../shared/attendance';
import type { StationKind } from '../../../shared/roles';
import type { rosterInput } from '../../../shared/schemas/admin';
import { chinaDay } from '../../../shared/time';
import { inHall } from '../../domain/attendance';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';
import { getStation, listStations } from '../settings';

/** One station on today's roster: in the hall or not, who, and how to call it when it is not. */
export interface RosterRow {
  stationId: number;
  name: string;
  kind: StationKind;
  attendance: Attendance;
  rotationDays: number[];
  inHall: boolean;
  onDuty: string;
  /** True when the desk set today's line; false when it follows the station's pattern. */
  kept: boolean;
  contactPerson: string;
  phone: string;
}

/** 今日驻点: every active station, in the hall or not today, by the desk's roster or else its pattern. */
export async function dayRoster(ctx: ServiceContext, day = chinaDay(ctx.clock.now())): Promise<RosterRow[]> {
  const stations = await listStations(ctx, true);
  const kept = await ctx.db.selectFrom('station_roster').select(['station_id', 'present', 'on_duty']).where('day', '=', day).execute();
  return stations.map((s) => {
    const entry = kept.find((k) => k.station_id === s.id);
    const roster = entry ? { present: entry.present === 1, onDuty: entry.on_duty } : null;
    return {
      stationId: s.id,
      name: s.name,
      kind: s.kind,
      attendance: s.attendance,
      rotationDays: s.rotationDays,
      inHall: inHall(s, roster, day),
      onDuty: roster?.onDuty ?? '',
      kept: roster !== null,
      contactPerson: s.contactPerson,
      phone: s.phone,
    };
  });
}

/** The desk keeps today's line for a station: in the hall or not, and who. Audited. */
export async function keepRoster(ctx: ServiceContext, actor: Actor, input: z.output<typeof rosterInput>): Promise<RosterRow[]> {
  await getStation(ctx, input.stationId);
  const now = ctx.clock.now();
  const day = chinaDay(now);
  await ctx.db.transaction().execute(async (trx) => {
    const values = { present: input.present ? 1 : 0, on_duty: input.onDuty, updated_by: actor.userId, updated_at: now.toISOString() };
    await trx
      .insertInto('station_roster')
      .values({ day, station_id: input.stationId, ...values })
      .onConflict((oc) => oc.columns(['day', 'station_id']).doUpdateSet(values))
      .execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'roster.keep', entity: 'station', entityId: input.stationId, detail: { day, present: input.present, onDuty: input.onDuty } });
  });
  ctx.events.publish({ type: 'settings.changed' });
  return dayRoster(ctx, day);
}
