import type { z } from 'zod';
import type { Role } from '../../shared/roles';
import type { createUserInput, updateUserInput } from '../../shared/schemas/admin';
import { MSG } from '../../shared/text/messages';
import { DeskError } from '../domain/errors';
import { hashPassword, needsRehash, verifyAgainstDecoy, verifyPassword } from '../domain/password';
import { containsUsername, HAS_USERNAME, SAME_PASSWORD } from '../../shared/schemas/auth';
import { beginPasswordChange } from './signIn';
import { recordAudit } from './audit';
import type { Actor, ServiceContext } from './context';
import { getStation } from './settings';

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  stationId: number | null;
  active: boolean;
  mustChangePassword: boolean;
}

export const USER_COLUMNS = ['id', 'username', 'display_name', 'role', 'station_id', 'active', 'must_change_password'] as const;

type UserRow = { id: number; username: string; display_name: string; role: Role; station_id: number | null; active: number; must_change_password: number };

export function userView(r: UserRow): UserView {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    stationId: r.station_id,
    active: r.active === 1,
    mustChangePassword: r.must_change_password === 1,
  };
}

export async function listUsers(ctx: ServiceContext): Promise<UserView[]> {
  const rows = await ctx.db.selectFrom('user').select(USER_COLUMNS).orderBy('id').execute();
  return rows.map(userView);
}

export async function getUser(ctx: ServiceContext, id: number): Promise<UserView> {
  const row = await ctx.db.selectFrom('user').select(USER_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw new DeskError('not_found', MSG.userNotFound);
  return userView(row);
}

/** Station staff belong to exactly one station; nobody else is bound to one. */
async function checkStationBinding(ctx: ServiceContext, role: Role, stationId: number | null): Promise<number | null> {
  if (role !== 'station') return null;
  if (stationId === null) throw new DeskError('bad_input', MSG.stationRequired);
  await getStation(ctx, stationId);
  return stationId;
}

export async function createUser(
  ctx: ServiceContext,
  actor: Actor | null,
  input: z.infer<typeof createUserInput>,
  options: { mustChangePassword: boolean } = { mustChangePassword: true },
): Promise<UserView> {
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const taken = await trx.selectFrom('user').select('id').where('username', '=', input.username).executeTakeFirst();
    if (taken) throw new DeskError('conflict', MSG.usernameTaken(input.username));
    const stationId = await checkStationBinding(tctx, input.role, input.stationId);
    const now = ctx.clock.now().toISOString();
    const row = await trx
      .insertInto('user')
      .values({
        username: input.username,
        display_name: input.displayName,
        password_hash: passwordHash,
        role: input.role,
        station_id: stationId,
        active: 1,
        must_change_password: options.mustChangePassword ? 1 : 0,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.clock.now(), {
      actorId: actor?.userId ?? null,
      action: 'user.create',
      entity: 'user',
      entityId: row.id,
      detail: { username: input.username, displayName: input.displayName, role: input.role, stationId },
    });
    return getUser(tctx, row.id);
  });
}

async function countOtherActiveAdmins(ctx: ServiceContext, exceptId: number): Promise<number> {
  const row = await ctx.db
    .selectFrom('user')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', 1)
    .where('id', '!=', exceptId)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function updateUser(ctx: ServiceContext, actor: Actor, input: z.infer<typeof updateUserInput>): Promise<UserView> {
  const updated = await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const before = await getUser(tctx, input.id);
    const losesAdmin = before.role === 'admin' && before.active && (input.role !== 'admin' || !input.active);
    if (losesAdmin && (await countOtherActiveAdmins(tctx, input.id)) === 0) throw new DeskError('conflict', MSG.lastAdmin);
    const stationId = await checkStationBinding(tctx, input.role, input.stationId);
    await trx
      .updateTable('user')
      .set({
        display_name: input.displayName,
        role: input.role,
        station_id: stationId,
        active: input.active ? 1 : 0,
        updated_at: ctx.clock.now().toISOString(),
      })
      .where('id', '=', input.id)
      .execute();
    // A disabled user or a changed role must sign in again.
    if (!input.active || input.role !== before.role) {
      await trx.updateTable('session').set({ ended_at: ctx.clock.now().toISOString() }).where('user_id', '=', input.id).where('ended_at', 'is', null).execute();
    }
    const after = await getUser(tctx, input.id);
    await recordAudit(trx, ctx.clock.now(), { actorId: actor.userId, action: 'user.update', entity: 'user', entityId: input.id, detail: { before, after } });
    return after;
  });
  ctx.events.publish({ type: 'users.changed' });
  return updated;
}

/**
 * Sets a password: not containing the user name, not the one in use (an admin's reset is checked
 * against the stored hash; an own change against the old password it just checked). `byAdmin` makes the user
 * choose a new one at next sign-in. Every other session of the user ends (keepSession stays: the
 * window that changed it), so a password someone else knew opens nothing any more.
 */
export async function setPassword(ctx: ServiceContext, actor: Actor, userId: number, password: string, byAdmin: boolean, keepSessionHash: string | null = null): Promise<void> {
  const current = await ctx.db.selectFrom('user').select(['username', 'password_hash']).where('id', '=', userId).executeTakeFirst();
  if (!current) throw new DeskError('not_found', MSG.userNotFound);
  if (containsUsername(password, current.username)) throw new DeskError('bad_input', HAS_USERNAME);
  // An own change has just checked the old password; comparing with it says the same without a second hash.
  if (byAdmin && (await verifyPassword(password, current.password_hash))) throw new DeskError('bad_input', SAME_PASSWORD);
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    await getUser({ ...ctx, db: trx }, userId);
    await trx
      .updateTable('user')
      .set({ password_hash: passwordHash, must_change_password: byAdmin ? 1 : 0, updated_at: ctx.clock.now().toISOString() })
      .where('id', '=', userId)
      .execute();
    let others = trx.updateTable('session').set({ ended_at: ctx.clock.now().toISOString() }).where('user_id', '=', userId).where('ended_at', 'is', null);
    if (keepSessionHash) others = others.where('token_hash', '!=', keepSessionHash);
    await others.execute();
    await recordAudit(trx, ctx.clock.now(), { actorId: actor.userId, action: byAdmin ? 'user.reset_password' : 'user.change_password', entity: 'user', entityId: userId });
  });
}

/** The user's own change, from a signed-in window: throttled like a sign-in (it checks the old password). */
export async function changeOwnPassword(ctx: ServiceContext, actor: Actor, oldPassword: string, newPassword: string, sessionHash: string): Promise<void> {
  const wait = await beginPasswordChange(ctx, actor.userId);
  if (wait > 0) throw new DeskError('too_many', MSG.tooManyLogins(wait));
  const row = await ctx.db.selectFrom('user').select('password_hash').where('id', '=', actor.userId).executeTakeFirst();
  if (!row || !(await verifyPassword(oldPassword, row.password_hash))) throw new DeskError('bad_input', MSG.wrongOldPassword);
  if (newPassword.normalize('NFC') === oldPassword.normalize('NFC')) throw new DeskError('bad_input', SAME_PASSWORD);
  await setPassword(ctx, actor, actor.userId, newPassword, false, sessionHash);
}

/** The user whose name and password match, or null. Disabled users are reported as such. */
export async function checkCredentials(ctx: ServiceContext, username: string, password: string): Promise<UserView | null> {
  const row = await ctx.db
    .selectFrom('user')
    .select([...USER_COLUMNS, 'password_hash'])
    .where('username', '=', username)
    .executeTakeFirst();
  if (!row) return verifyAgainstDecoy(password).then(() => null);
  if (!(await verifyPassword(password, row.password_hash))) return null;
  if (row.active !== 1) throw new DeskError('forbidden', MSG.userDisabled);
  // A hash made with older, weaker settings is replaced now that the password is at hand.
  if (needsRehash(row.password_hash)) await ctx.db.updateTable('user').set({ password_hash: await hashPassword(password) }).where('id', '=', row.id).execute();
  return userView(row);
}
