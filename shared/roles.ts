/** The four kinds of people who sign in. Permissions per procedure live in main/api. */
export const ROLES = ['clerk', 'station', 'supervisor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

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
