import { lockedMinutes, MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_USER, WINDOW_MS } from '../domain/loginThrottle';
import type { ServiceContext } from './context';

const userKey = (username: string) => `user:${username.toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

/**
 * Counts an attempt under each key unless one of them has used up its attempts: the minutes to
 * wait, or 0 once the attempt is counted — in one transaction, so parallel attempts cannot slip past.
 */
async function countAttempt(ctx: ServiceContext, limits: { key: string; max: number }[]): Promise<number> {
  const now = ctx.clock.now().getTime();
  return ctx.db.transaction().execute(async (trx) => {
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

/**
 * Starts a sign-in: refused (minutes to wait) while the account or the address has used up its
 * attempts; otherwise the attempt is counted at once, before the password is even checked. A
 * success takes the account's attempts back (`signInSucceeded`).
 */
export function beginSignIn(ctx: ServiceContext, username: string, address: string): Promise<number> {
  return countAttempt(ctx, [
    { key: userKey(username), max: MAX_FAILURES_PER_USER },
    { key: addressKey(address), max: MAX_FAILURES_PER_ADDRESS },
  ]);
}

/**
 * The account signed in: its attempts no longer count, and this sign-in does not count against the
 * address either — thirty clerks signing in at eight o'clock from one terminal server are not a
 * spray; the address's failed attempts still count, against guessing many accounts.
 */
export async function signInSucceeded(ctx: ServiceContext, username: string, address: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('login_attempt').where('key', '=', userKey(username)).execute();
    const latest = await trx.selectFrom('login_attempt').select('id').where('key', '=', addressKey(address)).orderBy('id', 'desc').limit(1).executeTakeFirst();
    if (latest) await trx.deleteFrom('login_attempt').where('id', '=', latest.id).execute();
  });
}

/** `desk unlock`: the way back for a locked account that does not need that account. */
export async function unlockAccount(ctx: Pick<ServiceContext, 'db'>, username: string): Promise<number> {
  const result = await ctx.db.deleteFrom('login_attempt').where('key', '=', userKey(username)).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A password change checks the old password: at most 5 tries a window, like a sign-in. */
export function beginPasswordChange(ctx: ServiceContext, userId: number): Promise<number> {
  return countAttempt(ctx, [{ key: `change:${userId}`, max: MAX_FAILURES_PER_USER }]);
}
