import { createHash, randomBytes } from 'node:crypto';
import { MSG } from '../../shared/text/messages';
import { DeskError } from '../domain/errors';
import { isSessionExpired, SESSION_TOUCH_MS, sessionExpiresAt } from '../domain/sessionPolicy';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { getCounter, type CounterView } from './settings';
import { USER_COLUMNS, userView, type UserView } from './users';

export interface SignedIn {
  user: UserView;
  counter: CounterView | null;
  expiresAt: string;
}

/** Only the token's hash is stored: a copied database file does not let anyone sign in. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function startSession(
  ctx: ServiceContext,
  user: UserView,
  counterId: number | null,
  clientAddress: string,
): Promise<{ token: string } & SignedIn> {
  const counter = counterId === null ? null : await getCounter(ctx, counterId);
  if (counter && !counter.active) throw new DeskError('bad_input', MSG.counterNotFound);
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('session')
      .values({
        token_hash: tokenHash(token),
        user_id: user.id,
        counter_id: counter?.id ?? null,
        created_at: now.toISOString(),
        last_seen_at: now.toISOString(),
        ended_at: null,
        client_address: clientAddress,
      })
      .execute();
    await recordAudit(trx, now, { actorId: user.id, action: 'session.start', entity: 'user', entityId: user.id, detail: { counterId: counter?.id ?? null, clientAddress } });
  });
  return { token, user, counter, expiresAt: sessionExpiresAt({ createdAt: now, lastSeenAt: now }).toISOString() };
}

/**
 * The signed-in user behind a token; refuses unknown, ended and expired sessions. Every call to the
 * API asks this first, so it is one indexed read (session, its user, its counter) and a write at most
 * once a minute.
 */
export async function resolveSession(ctx: ServiceContext, token: string): Promise<SignedIn> {
  const row = await ctx.db
    .selectFrom('session')
    .innerJoin('user', 'user.id', 'session.user_id')
    .leftJoin('counter', 'counter.id', 'session.counter_id')
    .select(USER_COLUMNS.map((c) => `user.${c}` as const))
    .select(['session.token_hash', 'session.created_at', 'session.last_seen_at', 'session.ended_at', 'session.counter_id'])
    .select(['counter.name as counter_name', 'counter.active as counter_active', 'counter.receipt_printer', 'counter.a4_printer'])
    .where('session.token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row || row.ended_at !== null) throw new DeskError('unauthorized', MSG.notSignedIn);
  const now = ctx.clock.now();
  const times = { createdAt: new Date(row.created_at), lastSeenAt: new Date(row.last_seen_at) };
  if (isSessionExpired(times, now)) throw new DeskError('unauthorized', MSG.sessionExpired);
  const user = userView(row);
  if (!user.active) throw new DeskError('unauthorized', MSG.userDisabled);
  if (now.getTime() - times.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    await ctx.db.updateTable('session').set({ last_seen_at: now.toISOString() }).where('token_hash', '=', row.token_hash).execute();
    times.lastSeenAt = now;
  }
  const counter: CounterView | null =
    row.counter_id === null
      ? null
      : { id: row.counter_id, name: row.counter_name!, active: row.counter_active === 1, receiptPrinter: row.receipt_printer!, a4Printer: row.a4_printer! };
  return { user, counter, expiresAt: sessionExpiresAt(times).toISOString() };
}

export async function endSession(ctx: ServiceContext, token: string): Promise<void> {
  await ctx.db
    .updateTable('session')
    .set({ ended_at: ctx.clock.now().toISOString() })
    .where('token_hash', '=', tokenHash(token))
    .where('ended_at', 'is', null)
    .execute();
}

/** 切换窗口: the session moves to another counter (or none); the move is audited. */
export async function switchCounter(ctx: ServiceContext, token: string, userId: number, counterId: number | null): Promise<CounterView | null> {
  const counter = counterId === null ? null : await getCounter(ctx, counterId);
  if (counter && !counter.active) throw new DeskError('bad_input', MSG.counterNotFound);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('session').set({ counter_id: counter?.id ?? null }).where('token_hash', '=', tokenHash(token)).execute();
    await recordAudit(trx, ctx.clock.now(), { actorId: userId, action: 'session.counter', entity: 'user', entityId: userId, detail: { counterId: counter?.id ?? null } });
  });
  return counter;
}
