import { PAIRING_MSG } from '../../../shared/text/messages';
import { DeskError } from '../../domain/errors';
import type { TerminalStanding } from '../../domain/terminalGate';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';
import { tokenHash } from '../sessions';
import { putSetting, readSetting } from '../settings';

export interface TerminalView {
  id: number;
  name: string;
  address: string;
  pairedAt: string;
  pairedBy: string;
  lastSeenAt: string;
  revokedAt: string | null;
}

/** 设置 → 终端: every terminal ever paired, the live ones first, newest first. */
export async function listTerminals(ctx: Pick<ServiceContext, 'db'>): Promise<TerminalView[]> {
  return ctx.db
    .selectFrom('terminal')
    .innerJoin('user', 'user.id', 'terminal.paired_by')
    .select([
      'terminal.id',
      'terminal.name',
      'terminal.address',
      'terminal.paired_at as pairedAt',
      'user.display_name as pairedBy',
      'terminal.last_seen_at as lastSeenAt',
      'terminal.revoked_at as revokedAt',
    ])
    .orderBy((eb) => eb('terminal.revoked_at', 'is', null), 'desc')
    .orderBy('terminal.id', 'desc')
    .execute();
}

/** Revoking is for good: the terminal's token is refused from its next request on, and it must pair anew. */
export async function revokeTerminal(ctx: ServiceContext, actor: Actor, id: number): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('terminal').select(['name', 'revoked_at']).where('id', '=', id).executeTakeFirst();
    if (!row) throw new DeskError('not_found', PAIRING_MSG.notFound);
    if (row.revoked_at) return;
    await trx.updateTable('terminal').set({ revoked_at: now.toISOString(), revoked_by: actor.userId }).where('id', '=', id).execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'terminal.revoke', entity: 'terminal', entityId: id, detail: { name: row.name } });
  });
  ctx.events.publish({ type: 'settings.changed' });
}

/** "Last seen" is written at most once a minute per terminal: a busy counter is not a write per request. */
const SEEN_EVERY_MS = 60_000;

/** What the host makes of a terminal token on a request, noting when the terminal was last seen. */
export async function terminalStanding(ctx: Pick<ServiceContext, 'db' | 'clock'>, token: string | undefined): Promise<TerminalStanding> {
  if (!token) return 'none';
  const hash = tokenHash(token);
  const row = await ctx.db.selectFrom('terminal').select(['revoked_at', 'last_seen_at']).where('token_hash', '=', hash).executeTakeFirst();
  if (!row) return 'unknown';
  if (row.revoked_at) return 'revoked';
  const now = ctx.clock.now();
  if (now.getTime() - new Date(row.last_seen_at).getTime() >= SEEN_EVERY_MS) {
    await ctx.db.updateTable('terminal').set({ last_seen_at: now.toISOString() }).where('token_hash', '=', hash).execute();
  }
  return 'paired';
}

const PAIRED_ONLY_KEY = 'terminals.paired_only';

/** Whether only paired terminals (and the host PC itself) may reach the host. Off until the admin turns it on. */
export async function pairedOnly(ctx: Pick<ServiceContext, 'db'>): Promise<boolean> {
  return (await readSetting<boolean>(ctx.db, PAIRED_ONLY_KEY)) === true;
}

export async function setPairedOnly(ctx: ServiceContext, actor: Actor, on: boolean): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await putSetting(trx, PAIRED_ONLY_KEY, on);
    await recordAudit(trx, ctx.clock.now(), { actorId: actor.userId, action: 'terminal.paired_only', entity: 'setting', detail: { pairedOnly: on } });
  });
  ctx.events.publish({ type: 'settings.changed' });
}
