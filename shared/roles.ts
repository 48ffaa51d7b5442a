/** The kinds of people who sign in. Permissions per procedure live in main/api. */
export const ROLES = ['clerk', 'station', 'supervisor', 'admin', 'grid'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Those who work the matters in the hall. A 网格员 (grid) only reports what they find from a phone:
 * they see their own reports and nothing of the centre's matters or visitors.
 */
export const STAFF_ROLES: readonly Role[] = ['clerk', 'station', 'supervisor', 'admin'];

/** The people at the desk: they register visitors and may open their records (the stations may not). */
export const DESK_ROLES: readonly Role[] = ['clerk', 'supervisor', 'admin'];

export function isDeskRole(role: Role): boolean {
  return DESK_ROLES.includes(role);
}

export const STATION_KINDS = [
  'comprehensive',
  'police',
  'justice',
  'mediation',
  'court',
  'petition',
  'enforcement',
  'psychology',
  'grid',
  'legal_aid',
  'other',
] as const;
export type StationKind = (typeof STATION_KINDS)[number];
