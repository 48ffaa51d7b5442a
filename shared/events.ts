/** What the host pushes to every open window (server-sent events). */
export type LiveEvent =
  | { type: 'settings.changed' }
  | { type: 'users.changed' }
  | { type: 'visits.changed' }
  | { type: 'matters.changed'; matterId: number; stationIds: number[] }
  | { type: 'documents.changed' }
  | { type: 'grid.changed' }
  /** A matter handed between this centre and another of the county (上报 / 下派) moved. */
  | { type: 'handoffs.changed' }
  /** A county host lost (or found again) its PostgreSQL server: every window says so until it is back. */
  | { type: 'database.state'; reachable: boolean };
