import { lockedMinutes, MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_USER, WINDOW_MS } from '../domain/loginThrottle';
import type { ServiceContext } from './context';

const userKey = (username: string) => `user:${username.toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

/**
 * Starts a sign-in: refused (minutes to wait) while the account or the address has used up its
 * attempts; otherwise the attempt is counted at once, in the same transaction, before the password
 * is even checked. A success takes the account's attempts back (`signInSucceeded`).
 */
export async function beginSignIn(ctx: ServiceContext, username: string, address: string): Promise<number> {
  const now = ctx.clock.now().getTime();
  return ctx.db.transaction().execute(async (trx) => {
    const limits = [
      { key: userKey(username), max: MAX_FAILURES_PER_USER },
      { key: addressKey(address), max: MAX_FAILURES_PER_ADDRESS },
    ];
    let wait = 0;
    for (const { key, max } of limits) {
      const rows = await trx.selectFrom('login_attempt').select('at').where('key', '=', key).where('at', '>', now - WINDOW_MS).execute();
      wait = Math.max(wait, lockedMinutes(rows.map((r) => r.at), now, max));
    }
    if (wait > 0) return wait;
    await trx.insertInto('login_attempt').values(limits.map(({ key }) => ({ key, at: now }))).execute();
    // Old attempts say nothing any more.
    await trx.deleteFrom('login_attempt').where('at', '<=', now - WINDOW_MS).execute();
    return 0;
  });
}

/** The account signed in: its attempts no longer count (the address's do, against spraying many accounts). */
export async function signInSucceeded(ctx: ServiceContext, username: string): Promise<void> {
  await ctx.db.deleteFrom('login_attempt').where('key', '=', userKey(username)).execute();
}

/** `desk unlock`: the way back for a locked account that does not need that account. */
export async function unlockAccount(ctx: Pick<ServiceContext, 'db'>, username: string): Promise<number> {
  const result = await ctx.db.deleteFrom('login_attempt').where('key', '=', userKey(username)).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A password change checks the old password: at most 5 tries a window, like a sign-in. */
export async function beginPasswordChange(ctx: ServiceContext, userId: number): Promise<number> {
  const now = ctx.clock.now().getTime();
  const key = `change:${userId}`;
  return ctx.db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('login_attempt').select('at').where('key', '=', key).where('at', '>', now - WINDOW_MS).execute();
    const wait = lockedMinutes(rows.map((r) => r.at), now, MAX_FAILURES_PER_USER);
    if (wait === 0) await trx.insertInto('login_attempt').values({ key, at: now }).execute();
    return wait;
  });
}
