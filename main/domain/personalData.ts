import { isDeskRole, type Role } from '../../shared/roles';
import type { MatterStatus } from '../../shared/visit';

/** While the station works on a matter it needs to reach the visitor: before the result, and while the visitor disputes it. */
const HANDLING: readonly MatterStatus[] = ['referred', 'in_progress', 'suspended', 'resolved', 'disputed'];

/**
 * Who may see a visitor's whole phone number on a matter. The desk registered the person and calls
 * them back; a station only while it leads the matter's handling, and never after it ends or moves
 * on. Every whole view is audited by the caller.
 */
export function mayRevealPhone(caller: { role: Role; stationId: number | null }, matter: { status: MatterStatus; leadStationId: number | null }): boolean {
  if (isDeskRole(caller.role)) return true;
  return caller.role === 'station' && caller.stationId !== null && matter.leadStationId === caller.stationId && HANDLING.includes(matter.status);
}
