import type { Role } from '../../../shared/roles';
import { ROLE_LABELS } from '../../../shared/text/labels';
import type { ViewRow } from '../../../shared/viewLog';
import { maskIdNumber } from '../../../shared/identity/idNumber';
import { VIEW_MSG } from '../../../shared/text/messages';
import { DeskError } from '../../domain/errors';
import type { ServiceContext } from '../context';
import { dayBounds } from '../dayFigures';

/** The most looks one answer lists, newest first; `more` says when there were others. */
export const VIEW_ROWS_MAX = 2000;

export interface ViewAnswer<Whose> {
  whose: Whose;
  rows: ViewRow[];
  more: boolean;
}

function rowsQuery(ctx: ServiceContext) {
  return ctx.db
    .selectFrom('view_log')
    .innerJoin('user', 'user.id', 'view_log.user_id')
    .leftJoin('counter', 'counter.id', 'view_log.counter_id')
    .leftJoin('visitor', 'visitor.id', 'view_log.visitor_id')
    .select([
      'view_log.id',
      'view_log.at',
      'user.display_name as userName',
      'user.role as userRole',
      'counter.name as counterName',
      'view_log.client_address as clientAddress',
      'view_log.what',
      'view_log.label',
      'visitor.name as visitorName',
      'view_log.visitor_id as visitorId',
    ])
    .orderBy('view_log.at', 'desc')
    .orderBy('view_log.id', 'desc')
    .limit(VIEW_ROWS_MAX + 1);
}

function answer<Whose>(whose: Whose, found: (Omit<ViewRow, 'userRole'> & { userRole: Role })[]): ViewAnswer<Whose> {
  const rows = found.slice(0, VIEW_ROWS_MAX).map((r) => ({ ...r, userRole: ROLE_LABELS[r.userRole] }));
  return { whose, rows, more: found.length > VIEW_ROWS_MAX };
}

/** 谁看过这个人: every look at the visitor's records, whoever looked. */
export async function viewsOfVisitor(ctx: ServiceContext, visitorId: number) {
  // Looks still waiting in memory belong in the answer.
  await ctx.views.flush();
  const visitor = await ctx.db.selectFrom('visitor').select(['id', 'name', 'id_number']).where('id', '=', visitorId).executeTakeFirst();
  if (!visitor) throw new DeskError('not_found', VIEW_MSG.visitorNotFound);
  const rows = await rowsQuery(ctx).where('view_log.visitor_id', '=', visitorId).execute();
  return answer({ id: visitor.id, name: visitor.name, maskedId: visitor.id_number ? maskIdNumber(visitor.id_number) : '' }, rows);
}

/** 这个人看过什么: one user's looks over a stretch of days (China's calendar days). */
export async function viewsOfUser(ctx: ServiceContext, userId: number, from: string, to: string) {
  await ctx.views.flush();
  const user = await ctx.db.selectFrom('user').select(['id', 'display_name', 'role']).where('id', '=', userId).executeTakeFirst();
  if (!user) throw new DeskError('not_found', VIEW_MSG.userNotFound);
  const bounds = dayBounds(from, to);
  const rows = await rowsQuery(ctx).where('view_log.user_id', '=', userId).where('view_log.at', '>=', bounds.from).where('view_log.at', '<', bounds.to).execute();
  return answer({ id: user.id, name: user.display_name, role: ROLE_LABELS[user.role], from, to }, rows);
}

/** Everyone who has an account, for the "by user" picker (a left colleague's looks count too). */
export async function staffForViews(ctx: ServiceContext) {
  const users = await ctx.db.selectFrom('user').select(['id', 'display_name', 'role', 'active']).where('role', '!=', 'grid').orderBy('active', 'desc').orderBy('display_name').execute();
  return users.map((u) => ({ id: u.id, name: u.display_name, role: ROLE_LABELS[u.role], active: u.active === 1 }));
}
