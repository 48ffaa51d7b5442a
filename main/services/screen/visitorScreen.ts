import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { ScreenAnswer, ScreenState, Stroke } from '../../../shared/screen';
import type { answerOnScreenInput, showOnScreenInput } from '../../../shared/schemas/screen';
import { SCREEN_MSG } from '../../../shared/text/messages';
import { DeskError } from '../../domain/errors';
import { signatureProblem } from '../../domain/signature';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit';
import type { Caller, ServiceContext } from '../context';
import { reportedResult } from '../history';
import { openableMatter } from '../matterAccess';
import { getCounter } from '../settings';

/** A pairing code lives 5 minutes; ten wrong codes void every code waiting (6 digits are few). */
const CODE_MS = 5 * 60_000;
const WRONG_CODES_ALLOWED = 10;
/** A screen not heard of for this long is taken as gone: the clerk rates again by hand. */
const SCREEN_GONE_MS = 30_000;

/** What each counter's screen shows: kept in memory (a restart shows the welcome again). */
const shown = new Map<number, { seq: number; state: ScreenState }>();
const codes = new Map<string, { counterId: number; expiresAt: number; createdBy: number }>();
let wrongCodes = 0;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

function counterOf(caller: Caller): number {
  if (caller.counterId === null) throw new DeskError('bad_input', SCREEN_MSG.noCounter);
  return caller.counterId;
}

/** 访客屏 · 配对: a 6-digit code for the screen to type (or to open with, on this PC's second monitor). */
export function newScreenCode(ctx: ServiceContext, caller: Caller): { code: string; expiresAt: string } {
  const counterId = counterOf(caller);
  for (const [code, c] of codes) if (c.counterId === counterId) codes.delete(code);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = ctx.clock.now().getTime() + CODE_MS;
  codes.set(code, { counterId, expiresAt, createdBy: caller.userId });
  return { code, expiresAt: new Date(expiresAt).toISOString() };
}

/** The screen pairs with the code: an earlier screen of that counter is let go; the token is kept only as its hash. */
export async function pairScreen(ctx: ServiceContext, code: string): Promise<{ token: string; counterName: string }> {
  const now = ctx.clock.now();
  const pending = codes.get(code);
  if (!pending || pending.expiresAt < now.getTime()) {
    if (++wrongCodes >= WRONG_CODES_ALLOWED) {
      codes.clear();
      wrongCodes = 0;
    }
    throw new DeskError('bad_input', SCREEN_MSG.wrongCode);
  }
  codes.delete(code);
  const token = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('counter_screen').set({ ended_at: at }).where('counter_id', '=', pending.counterId).where('ended_at', 'is', null).execute();
    const { id } = await trx.insertInto('counter_screen').values({ counter_id: pending.counterId, token_hash: hash(token), paired_by: pending.createdBy, paired_at: at, last_seen_at: at, ended_at: null }).returning('id').executeTakeFirstOrThrow();
    await recordAudit(trx, now, { actorId: pending.createdBy, action: 'screen.pair', entity: 'counter', entityId: pending.counterId, detail: { screenId: id } });
  });
  shown.set(pending.counterId, { seq: (shown.get(pending.counterId)?.seq ?? 0) + 1, state: { phase: 'idle' } });
  return { token, counterName: (await getCounter(ctx, pending.counterId)).name };
}

/** The screen a token stands for, heard of now; refused once unpaired. */
async function screenOf(ctx: ServiceContext, token: string | null) {
  const row = token ? await ctx.db.selectFrom('counter_screen').select(['id', 'counter_id', 'last_seen_at']).where('token_hash', '=', hash(token)).where('ended_at', 'is', null).executeTakeFirst() : undefined;
  if (!row) throw new DeskError('unauthorized', SCREEN_MSG.notPaired);
  const now = ctx.clock.now();
  // Written at most every 10 s: the screen asks every second.
  if (now.getTime() - Date.parse(row.last_seen_at) > 10_000) await ctx.db.updateTable('counter_screen').set({ last_seen_at: now.toISOString() }).where('id', '=', row.id).execute();
  return row;
}

/** What the screen shows now. */
export async function screenNow(ctx: ServiceContext, token: string | null): Promise<{ seq: number; state: ScreenState; counterName: string }> {
  const screen = await screenOf(ctx, token);
  const now = shown.get(screen.counter_id) ?? { seq: 0, state: { phase: 'idle' } as ScreenState };
  return { ...now, counterName: (await getCounter(ctx, screen.counter_id)).name };
}

/** Whether the counter has a screen that answered lately: its 签单 is then the visitor's to rate. */
export async function screenPaired(db: Kysely<Database>, counterId: number, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('counter_screen')
    .select('id')
    .where('counter_id', '=', counterId)
    .where('ended_at', 'is', null)
    .where('last_seen_at', '>=', new Date(now.getTime() - SCREEN_GONE_MS).toISOString())
    .executeTakeFirst();
  return row !== undefined;
}

/** The counter puts something on its screen; the 签单 view is built from the matter itself. */
export async function showOnScreen(ctx: ServiceContext, caller: Caller, input: z.output<typeof showOnScreenInput>): Promise<{ seq: number }> {
  const counterId = counterOf(caller);
  let state: ScreenState;
  if (input.phase === 'signoff') {
    const matter = await openableMatter(ctx, caller, input.matterId);
    const reported = await reportedResult(ctx, matter.referralId);
    state = {
      phase: 'signoff',
      matterId: matter.id,
      matterCode: matter.code,
      content: matter.content,
      stationName: reported.stationName,
      result: reported.text,
    };
  } else state = input;
  const seq = (shown.get(counterId)?.seq ?? 0) + 1;
  shown.set(counterId, { seq, state });
  return { seq };
}

/** The visitor answers what is shown now (an answer to an earlier view is refused: the clerk moved on). */
export async function answerOnScreen(ctx: ServiceContext, token: string | null, input: z.output<typeof answerOnScreenInput>): Promise<void> {
  const screen = await screenOf(ctx, token);
  const now = shown.get(screen.counter_id);
  const expected = input.kind === 'confirm' ? 'confirm' : 'signoff';
  if (!now || now.seq !== input.seq || now.state.phase !== expected) throw new DeskError('conflict', SCREEN_MSG.moved);
  if (input.kind === 'rating') {
    const problem = signatureProblem(input.strokes as Stroke[]);
    if (problem) throw new DeskError('bad_input', SCREEN_MSG.signature[problem]);
  }
  const at = ctx.clock.now();
  await ctx.db
    .insertInto('screen_answer')
    .values({
      counter_id: screen.counter_id,
      screen_id: screen.id,
      seq: input.seq,
      kind: input.kind,
      confirmed: input.kind === 'confirm' ? (input.confirmed ? 1 : 0) : null,
      matter_id: now.state.phase === 'signoff' ? now.state.matterId : null,
      satisfaction: input.kind === 'rating' ? input.satisfaction : null,
      strokes: input.kind === 'rating' ? JSON.stringify(input.strokes) : null,
      answered_at: at.toISOString(),
      used_by_event: null,
    })
    .execute();
  ctx.events.publish({ type: 'visits.changed' });
}

/** The counter's side: whether a screen is paired, and the visitor's answer to what is shown now. */
export async function screenStatus(ctx: ServiceContext, caller: Caller): Promise<{ paired: boolean; seq: number; answer: ScreenAnswer | null }> {
  const counterId = counterOf(caller);
  const seq = shown.get(counterId)?.seq ?? 0;
  const row = await ctx.db.selectFrom('screen_answer').select(['id', 'seq', 'kind', 'confirmed', 'satisfaction', 'matter_id']).where('counter_id', '=', counterId).where('seq', '=', seq).orderBy('id', 'desc').executeTakeFirst();
  return {
    paired: await screenPaired(ctx.db, counterId, ctx.clock.now()),
    seq,
    answer: row ? { id: row.id, seq: row.seq, kind: row.kind, confirmed: row.confirmed === null ? null : row.confirmed === 1, satisfaction: row.satisfaction, matterId: row.matter_id } : null,
  };
}

/** 解除配对: the counter lets its screen go. */
export async function unpairScreen(ctx: ServiceContext, caller: Caller): Promise<void> {
  const counterId = counterOf(caller);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('counter_screen').set({ ended_at: now.toISOString() }).where('counter_id', '=', counterId).where('ended_at', 'is', null).execute();
    await recordAudit(trx, now, { actorId: caller.userId, action: 'screen.unpair', entity: 'counter', entityId: counterId });
  });
  shown.delete(counterId);
}

/**
 * Inside the sign-off's transaction: the visitor's rating to take (same counter, this matter, not
 * taken before), or, where a screen is paired, the clerk's reason for rating instead.
 */
export async function ratingForSignOff(trx: Kysely<Database>, counterId: number | null, matterId: number, answerId: number | null, selfRatedReason: string, now: Date) {
  if (answerId === null) {
    if (counterId !== null && selfRatedReason === '' && (await screenPaired(trx, counterId, now))) throw new DeskError('bad_input', SCREEN_MSG.rateOnScreen);
    return null;
  }
  const answer = await trx.selectFrom('screen_answer').selectAll().where('id', '=', answerId).executeTakeFirst();
  if (!answer || answer.kind !== 'rating' || answer.counter_id !== counterId || answer.matter_id !== matterId) throw new DeskError('bad_input', SCREEN_MSG.answerNotFound);
  if (answer.used_by_event !== null) throw new DeskError('conflict', SCREEN_MSG.answerUsed);
  return answer;
}
