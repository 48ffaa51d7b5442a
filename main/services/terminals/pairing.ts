import { randomBytes } from 'node:crypto';
import { PAIRING_MSG } from '../../../shared/text/messages';
import { DeskError } from '../../domain/errors';
import { formatPairingCode, newPairingSecret, PAIRING_MINUTES, PAIRING_TRIES, pairingCheck, parsePairingCode } from '../../domain/pairingCode';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';
import { tokenHash } from '../sessions';

export interface ShownPairingCode {
  code: string;
  expiresAt: string;
}

/**
 * A new pairing code for the admin to show. Only one code is live at a time: a new one voids the
 * last, so a code read off the screen an hour ago is no use to anybody.
 * `hostPin` is the SPKI fingerprint of the host's certificate (null when the host has no TLS).
 */
export async function newPairingCode(ctx: ServiceContext, actor: Actor, hostPin: string | null): Promise<ShownPairingCode> {
  if (!hostPin) throw new DeskError('conflict', PAIRING_MSG.noTls);
  const secret = newPairingSecret();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + PAIRING_MINUTES * 60_000).toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('pairing_code').set({ used_at: now.toISOString() }).where('used_at', 'is', null).execute();
    const { id } = await trx
      .insertInto('pairing_code')
      .values({ secret_hash: tokenHash(secret), created_by: actor.userId, created_at: now.toISOString(), expires_at: expiresAt, used_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'terminal.pairing_code', entity: 'pairing_code', entityId: id, detail: { expiresAt } });
  });
  return { code: formatPairingCode({ secret, check: pairingCheck(secret, hostPin) }), expiresAt };
}

export interface PairRequest {
  code: string;
  name: string;
  address: string;
}

/**
 * Pairs a terminal that sent the live code's secret: it gets a token it will send on every request,
 * and the host's pin (the terminal checked the same pin against the code before it sent anything).
 * A wrong secret counts against the live code; the fifth voids it. One transaction, so parallel
 * guesses are counted one after another and a code is used once.
 */
export async function redeemPairingCode(ctx: ServiceContext, req: PairRequest, hostPin: string | null): Promise<{ terminalId: number; token: string; pin: string }> {
  if (!hostPin) throw new DeskError('conflict', PAIRING_MSG.noTls);
  const code = parsePairingCode(req.code);
  if (!code) throw new DeskError('bad_input', PAIRING_MSG.badCode);
  const now = ctx.clock.now();
  const token = randomBytes(32).toString('base64url');
  const paired = await ctx.db.transaction().execute(async (trx) => {
    const live = await trx
      .selectFrom('pairing_code')
      .selectAll()
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .where('failures', '<', PAIRING_TRIES)
      .orderBy('id', 'desc')
      .executeTakeFirst();
    if (!live) return null;
    if (live.secret_hash !== tokenHash(code.secret)) {
      await trx.updateTable('pairing_code').set({ failures: live.failures + 1 }).where('id', '=', live.id).execute();
      await recordAudit(trx, now, { actorId: null, action: 'terminal.pair_refused', entity: 'pairing_code', entityId: live.id, detail: { address: req.address, name: req.name } });
      return null;
    }
    await trx.updateTable('pairing_code').set({ used_at: now.toISOString() }).where('id', '=', live.id).execute();
    const { id } = await trx
      .insertInto('terminal')
      .values({ name: req.name, token_hash: tokenHash(token), paired_at: now.toISOString(), paired_by: live.created_by, address: req.address, last_seen_at: now.toISOString(), revoked_at: null, revoked_by: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, now, { actorId: live.created_by, action: 'terminal.pair', entity: 'terminal', entityId: id, detail: { name: req.name, address: req.address } });
    return id;
  });
  if (paired === null) throw new DeskError('forbidden', PAIRING_MSG.codeRefused);
  ctx.events.publish({ type: 'settings.changed' });
  return { terminalId: paired, token, pin: hostPin };
}
