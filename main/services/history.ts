import type { MatterStatus } from '../../shared/visit';
import { REFERRAL_RESULT_LABELS } from '../../shared/text/labels';
import { restsOnProvisional, type DayBasis, type WorkCalendar } from '../domain/workdays';
import type { ServiceContext } from './context';

export interface MatterEvent {
  id: number;
  at: string;
  action: string;
  statusAfter: MatterStatus;
  actorName: string;
  note: string;
  detail: Record<string, unknown>;
  /** How long the matter stood in the step before this one, in minutes. */
  minutesSincePrevious: number | null;
}

export interface CurrentReferral {
  id: number;
  stationId: number;
  stationName: string;
  helperStationNames: string[];
  /** Who made the referral: the 派单人 on the slip. */
  referredByName: string;
  referredAt: string;
  referredDay: string;
  basis: DayBasis;
  limitDays: number;
  extensionDays: number;
  suspendedDays: number;
  suspendedSince: string | null;
  deadline: string;
  /** The deadline passes through a year whose holiday notice is not out (or not entered) yet. */
  provisional: boolean;
  /** The day the time limit counts from (受理). */
  clockFrom: string;
  receivedAt: string | null;
}

/** Every step the matter went through, who took it, when, with which note. */
export async function matterEvents(ctx: ServiceContext, matterId: number, openedAt: string): Promise<MatterEvent[]> {
  const rows = await ctx.db
    .selectFrom('matter_event')
    .innerJoin('user', 'user.id', 'matter_event.actor_id')
    .select(['matter_event.id', 'matter_event.at', 'matter_event.action', 'matter_event.status_after', 'matter_event.note', 'matter_event.detail', 'user.display_name'])
    .where('matter_event.matter_id', '=', matterId)
    .orderBy('matter_event.id')
    .execute();
  let previous = openedAt;
  return rows.map((r) => {
    const minutes = Math.round((Date.parse(r.at) - Date.parse(previous)) / 60000);
    previous = r.at;
    return {
      id: r.id,
      at: r.at,
      action: r.action,
      statusAfter: r.status_after,
      actorName: r.display_name,
      note: r.note,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
      minutesSincePrevious: minutes,
    };
  });
}

export async function currentReferral(ctx: ServiceContext, cal: WorkCalendar, referralId: number | null): Promise<CurrentReferral | null> {
  if (referralId === null) return null;
  const r = await ctx.db
    .selectFrom('referral')
    .innerJoin('station', 'station.id', 'referral.station_id')
    .innerJoin('user', 'user.id', 'referral.referred_by')
    .selectAll('referral')
    .select(['station.name as stationName', 'user.display_name as referredByName'])
    .where('referral.id', '=', referralId)
    .executeTakeFirst();
  if (!r) return null;
  const helperIds = JSON.parse(r.helper_station_ids) as number[];
  const helpers = helperIds.length ? await ctx.db.selectFrom('station').select('name').where('id', 'in', helperIds).execute() : [];
  return {
    id: r.id,
    stationId: r.station_id,
    stationName: r.stationName,
    helperStationNames: helpers.map((h) => h.name),
    referredByName: r.referredByName,
    referredAt: r.referred_at,
    referredDay: r.referred_day,
    basis: r.basis,
    limitDays: r.limit_days,
    extensionDays: r.extension_days,
    suspendedDays: r.suspended_days,
    suspendedSince: r.suspended_since,
    deadline: r.deadline,
    provisional: restsOnProvisional(cal, r.clock_from, r.deadline),
    clockFrom: r.clock_from,
    receivedAt: r.received_at,
  };
}

/**
 * What the visitor is told at 签单 (on the 访客屏 and the 签单确认单): the station of the referral and
 * the result it reported, as “调解成功：双方和解”.
 */
export async function reportedResult(ctx: Pick<ServiceContext, 'db'>, referralId: number | null): Promise<{ stationName: string; text: string }> {
  const referral = referralId === null ? undefined : await ctx.db.selectFrom('referral').innerJoin('station', 'station.id', 'referral.station_id').select(['station.name', 'referral.result', 'referral.result_text']).where('referral.id', '=', referralId).executeTakeFirst();
  return {
    stationName: referral?.name ?? '',
    text: [referral?.result ? REFERRAL_RESULT_LABELS[referral.result] : '', referral?.result_text ?? ''].filter(Boolean).join('：'),
  };
}
