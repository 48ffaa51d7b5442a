import { addDays, lastDayOfPeriod, type WorkCalendar } from './workdays';
import type { Role, StationKind } from '../../shared/roles';
import type { MatterStatus } from '../../shared/visit';

/** Stations that hold a 人民调解委员会: the committee itself, or the 司法所 that runs it. */
export const MEDIATING_KINDS: ReadonlySet<StationKind> = new Set(['mediation', 'justice']);

/** A case is mediated while the station handles it, and its file stays open until archived. */
const OPEN_FOR_MEDIATION: ReadonlySet<MatterStatus> = new Set(['in_progress', 'suspended', 'resolved', 'disputed', 'signed_off']);

export type MediationRefusal = 'not_mediating_station' | 'not_your_station' | 'not_open' | 'role';

/**
 * Who may keep a matter's mediation file: the staff of the committee the matter was referred to,
 * and supervisors; for an oral agreement made at the desk (当场化解), the desk that registered it
 * too. Returns why not, or null.
 */
export function mediationRefusal(
  actor: { role: Role; stationId: number | null },
  matter: { status: MatterStatus; stationId: number | null; stationKind: StationKind | null; settledAtDesk: boolean },
): MediationRefusal | null {
  const deskCase = actor.role === 'clerk' && matter.settledAtDesk;
  if (actor.role !== 'station' && actor.role !== 'supervisor' && !deskCase) return 'role';
  if (matter.stationId === null || matter.stationKind === null || !MEDIATING_KINDS.has(matter.stationKind)) return 'not_mediating_station';
  if (actor.role === 'station' && actor.stationId !== matter.stationId) return 'not_your_station';
  if (!OPEN_FOR_MEDIATION.has(matter.status)) return 'not_open';
  return null;
}

/** The parties may jointly apply for 司法确认 within 30 days of the agreement taking effect (人民调解法 Art. 33). */
export const JUDICIAL_CONFIRMATION_DAYS = 30;

/** The last day to apply: 30 calendar days on, a last day of rest running on to the next working day (民法典 Art. 203). */
export function judicialConfirmationUntil(cal: WorkCalendar, agreementDay: string): string {
  return lastDayOfPeriod(cal, addDays(cal, agreementDay, JUDICIAL_CONFIRMATION_DAYS, 'calendar'));
}
