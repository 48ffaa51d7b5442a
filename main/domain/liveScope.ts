import type { LiveEvent } from '../../shared/events';
import { isDeskRole, type Role } from '../../shared/roles';

/**
 * Which live events a window hears. The desk hears everything; a station's window hears of the
 * matters its station leads or helps with (and of settings), never of another station's cases or
 * of the desk's registrations and papers.
 */
export function hearsEvent(event: LiveEvent, listener: { role: Role; stationId: number | null }): boolean {
  if (isDeskRole(listener.role)) return true;
  switch (event.type) {
    case 'settings.changed':
    case 'users.changed':
    case 'database.state':
      return true;
    case 'matters.changed':
      return listener.stationId !== null && event.stationIds.includes(listener.stationId);
    case 'visits.changed':
    case 'documents.changed':
    case 'grid.changed':
    case 'handoffs.changed':
      return false;
  }
}
