import { DESK_ROLES, STAFF_ROLES, type Role } from '../../../shared/roles';
import { UI } from '../text';

export interface NavItem {
  path: string;
  label: string;
  roles: readonly Role[];
  /** Only for a centre in a county database (上报 / 下派). */
  countyOnly?: boolean;
}

const DESK = DESK_ROLES;

/** The main navigation. The API checks roles again on every call; this only hides what would be refused. */
export const NAV: readonly NavItem[] = [
  { path: '/register', label: UI.nav.register, roles: DESK },
  { path: '/matters', label: UI.nav.matters, roles: STAFF_ROLES },
  { path: '/grid', label: UI.nav.gridReport, roles: ['grid'] },
  { path: '/grid-reports', label: UI.nav.gridQueue, roles: DESK },
  { path: '/roster', label: UI.nav.roster, roles: DESK },
  { path: '/assessment', label: UI.nav.assessment, roles: ['supervisor', 'admin'] },
  { path: '/print', label: UI.nav.print, roles: DESK },
  { path: '/day-close', label: UI.nav.dayClose, roles: DESK },
  { path: '/stats', label: UI.nav.stats, roles: ['supervisor', 'admin'] },
  { path: '/handoffs', label: UI.nav.handoffs, roles: DESK, countyOnly: true },
  { path: '/views', label: UI.nav.views, roles: ['supervisor', 'admin'] },
  { path: '/retention', label: UI.nav.retention, roles: ['supervisor', 'admin'] },
  { path: '/settings', label: UI.nav.settings, roles: ['admin'] },
];

/** The pages of a role; `inCounty`: the centre is one of a county database's. */
export function navFor(role: Role, inCounty = false): NavItem[] {
  return NAV.filter((item) => item.roles.includes(role) && (inCounty || !item.countyOnly));
}

export function navItem(path: string): NavItem {
  const item = NAV.find((i) => i.path === path);
  if (!item) throw new Error(`no nav item ${path}`);
  return item;
}
