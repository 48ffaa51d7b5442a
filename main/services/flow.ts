import type { Kysely, Selectable, Updateable } from 'kysely';
import type { z } from 'zod';
import type { Performance } from '../../shared/mediation';
import type { Role } from '../../shared/roles';
import type { Satisfaction } from '../../shared/visit';
import type { flowInput } from '../../shared/schemas/flow';
import { FLOW_MSG, VISIT_MSG } from '../../shared/text/messages';
import { chinaDay } from '../../shared/time';
import { suspensionDays } from '../domain/deadline';
import { daysBetween, type DayBasis, type WorkCalendar } from '../domain/workdays';
import { DeskError } from '../domain/errors';
import { clockRuns, decide, type FlowFacts } from '../domain/matterFlow';
import type { Database, MatterTable, ReferralTable } from '../db/schema';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { referralDeadline } from './calendar/referralClock';
import { loadWorkCalendar } from './calendar/workCalendar';
import { getStation } from './settings';
import { ratingForSignOff } from './screen/visitorScreen';
import { tallyReferral, tallyReferralResult } from './statistics/dayTally';
import { tellHandedCentres } from './centres/tellHanded';

type Step = z.output<typeof flowInput>;

/** Who takes a step: the station matters for station staff. */
export interface FlowActor {
  userId: number;
  role: Role;
  stationId: number | null;
  /** The counter the desk acts at: its 访客屏, if paired, takes the visitor's 签单. */
  counterId?: number | null;
}

type Referral = Selectable<ReferralTable>;

async function loadMatter(trx: Kysely<Database>, matterId: number) {
  const matter = await trx
    .selectFrom('matter')
    .innerJoin('category', 'category.id', 'matter.category_id')
    .select(['matter.id', 'matter.status', 'matter.version', 'matter.referral_id', 'matter.deadline', 'matter.created_at', 'matter.risk_level', 'matter.risk_flags', 'category.kind', 'category.time_limit_days', 'category.limit_basis'])
    .where('matter.id', '=', matterId)
    .executeTakeFirst();
  if (!matter) throw new DeskError('not_found', VISIT_MSG.matterNotFound);
  const referral = matter.referral_id === null ? null : await trx.selectFrom('referral').selectAll().where('id', '=', matter.referral_id).executeTakeFirstOrThrow();
  return { matter, referral };
}

/** The facts the state machine judges by, for this matter and this person. */
export function flowFacts(
  cal: WorkCalendar,
  matter: { status: FlowFacts['status']; kind: string },
  referral: Pick<Referral, 'station_id' | 'referred_day' | 'extension_days'> | null,
  actor: FlowActor,
  today: string,
  step?: Partial<Step>,
): FlowFacts {
  return {
    status: matter.status,
    role: actor.role,
    actorStationId: actor.stationId,
    referralStationId: referral?.station_id ?? null,
    workingDaysSinceReferral: referral ? daysBetween(cal, referral.referred_day, today, 'working') : null,
    extendedAlready: (referral?.extension_days ?? 0) > 0,
    isPetition: matter.kind === 'petition',
    extensionDays: step && 'days' in step ? step.days : undefined,
    satisfaction: step && 'satisfaction' in step ? step.satisfaction : undefined,
  };
}

/**
 * Writes a 回访 taken at the desk into the matter's mediation file, if it has one; a mediated case
 * must say whether the agreement was carried out. True when there was a file.
 */
async function recordMediationRevisit(
  trx: Kysely<Database>,
  matterId: number,
  userId: number,
  r: { on: string; performed: Performance | null; satisfaction: Satisfaction; note: string; at: string },
): Promise<boolean> {
  const file = await trx.selectFrom('mediation').select('matter_id').where('matter_id', '=', matterId).executeTakeFirst();
  if (!file) return false;
  if (r.performed === null) throw new DeskError('bad_input', FLOW_MSG.revisitNeedsPerformance);
  const by = await trx.selectFrom('user').select('display_name').where('id', '=', userId).executeTakeFirstOrThrow();
  await trx
    .updateTable('mediation')
    .set({ revisited_on: r.on, performed: r.performed, revisit_satisfaction: r.satisfaction, revisit_note: r.note, revisited_by: by.display_name, updated_at: r.at, updated_by: userId })
    .where('matter_id', '=', matterId)
    .execute();
  return true;
}

/**
 * The clock a new referral of this matter runs on: from the day the matter was accepted (受理), with
 * what an earlier referral already had — its extension and the suspended days given back — so a
 * return and re-referral goes on counting rather than starting again.
 */
async function clockFor(trx: Kysely<Database>, matter: { id: number; created_at: string; time_limit_days: number; limit_basis: DayBasis }) {
  const earlier = await trx.selectFrom('referral').select(['extension_days', 'suspended_days']).where('matter_id', '=', matter.id).orderBy('id', 'desc').executeTakeFirst();
  return {
    clock_from: chinaDay(new Date(matter.created_at)),
    basis: matter.limit_basis,
    limit_days: matter.time_limit_days,
    extension_days: earlier?.extension_days ?? 0,
    suspended_days: earlier?.suspended_days ?? 0,
  };
}

async function matterClock(db: Kysely<Database>, matterId: number) {
  const matter = await db
    .selectFrom('matter')
    .innerJoin('category', 'category.id', 'matter.category_id')
    .select(['matter.id', 'matter.created_at', 'category.time_limit_days', 'category.limit_basis'])
    .where('matter.id', '=', matterId)
    .executeTakeFirstOrThrow();
  return clockFor(db, matter);
}

/**
 * The matter's time limit as it stands now: what a referral made now would give the station (the 派单
 * dialog says it before it is confirmed), and what the receipt tells the visitor.
 */
export async function matterTimeLimit(ctx: ServiceContext, matterId: number, calendar?: WorkCalendar): Promise<{ deadline: string; provisional: boolean; limitDays: number; basis: DayBasis; clockFrom: string }> {
  const clock = await matterClock(ctx.db, matterId);
  const { day, provisional } = referralDeadline(calendar ?? (await loadWorkCalendar(ctx.db)), clock);
  return { deadline: day, provisional, limitDays: clock.limit_days, basis: clock.basis, clockFrom: clock.clock_from };
}

async function openReferral(trx: Kysely<Database>, ctx: ServiceContext, cal: WorkCalendar, matter: Parameters<typeof clockFor>[1], stationId: number, helpers: number[], actor: FlowActor, now: Date) {
  const station = await getStation({ ...ctx, db: trx }, stationId);
  if (!station.active) throw new DeskError('bad_input', `“${station.name}”已停用，不能派单。`);
  const clock = await clockFor(trx, matter);
  const deadline = referralDeadline(cal, clock).day;
  const row = await trx
    .insertInto('referral')
    .values({
      matter_id: matter.id,
      station_id: stationId,
      helper_station_ids: JSON.stringify(helpers.filter((h) => h !== stationId)),
      referred_by: actor.userId,
      referred_at: now.toISOString(),
      referred_day: chinaDay(now),
      ...clock,
      deadline,
      result_text: '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tallyReferral(trx, { referredDay: chinaDay(now), stationId });
  return { referralId: row.id, deadline, stationName: station.name };
}

/**
 * Takes one step of the 六单 loop. The state machine decides whether this person may take it now;
 * the version guards against two people acting on the same matter at once (the later one is told
 * to reload). The matter, its referral, its history and the audit log change in one transaction.
 */
export async function actOnMatter(ctx: ServiceContext, actor: FlowActor, step: Step): Promise<{ status: string; version: number }> {
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const { matter, referral } = await loadMatter(trx, step.matterId);
    if (matter.version !== step.version) throw new DeskError('conflict', FLOW_MSG.stale);
    const now = ctx.clock.now();
    const today = chinaDay(now);
    const cal = await loadWorkCalendar(trx);
    const decision = decide(step.action, flowFacts(cal, matter, referral, actor, today, step));
    if (!decision.ok) throw new DeskError(decision.message.startsWith('您的角色') ? 'forbidden' : 'conflict', decision.message);

    const at = now.toISOString();
    const matterChanges: Partial<Pick<Updateable<MatterTable>, 'station_id' | 'referral_id' | 'deadline' | 'satisfaction' | 'revisit_due' | 'risk_level' | 'risk_flags'>> = {};
    const detail: Record<string, unknown> = {};
    let referralId = referral?.id ?? null;
    /** 签单 on the 访客屏: the visitor's answer this sign-off takes. */
    let rating: Awaited<ReturnType<typeof ratingForSignOff>> = null;
    const endReferral = (kind: 'returned' | 'reassigned' | 'resolved') =>
      trx.updateTable('referral').set({ ended_at: at, end_kind: kind }).where('id', '=', referral!.id).execute();

    switch (step.action) {
      case 'refer': {
        const opened = await openReferral(trx, ctx, cal, matter, step.stationId, step.helperStationIds, actor, now);
        Object.assign(matterChanges, { station_id: step.stationId, referral_id: opened.referralId, deadline: opened.deadline });
        Object.assign(detail, { stationId: step.stationId, station: opened.stationName, helperStationIds: step.helperStationIds, deadline: opened.deadline });
        referralId = opened.referralId;
        break;
      }
      case 'receive':
        await trx.updateTable('referral').set({ received_at: at }).where('id', '=', referral!.id).execute();
        break;
      case 'return':
        await endReferral('returned');
        Object.assign(matterChanges, { station_id: null, referral_id: null, deadline: null });
        break;
      case 'suspend':
        await trx.updateTable('referral').set({ suspended_since: today }).where('id', '=', referral!.id).execute();
        break;
      case 'resume': {
        const given = suspensionDays(cal, referral!.suspended_since ?? today, today, referral!.basis);
        const suspended_days = referral!.suspended_days + given;
        const deadline = referralDeadline(cal, referral!, { suspended_days }).day;
        await trx.updateTable('referral').set({ suspended_since: null, suspended_days, deadline }).where('id', '=', referral!.id).execute();
        matterChanges.deadline = deadline;
        Object.assign(detail, { suspendedDays: given, deadline });
        break;
      }
      case 'result':
        await trx.updateTable('referral').set({ result: step.result, result_text: step.note, ended_at: at, end_kind: 'resolved' }).where('id', '=', referral!.id).execute();
        await tallyReferralResult(trx, { referredDay: referral!.referred_day, stationId: referral!.station_id, referredAt: referral!.referred_at, deadline: referral!.deadline }, step.result, now);
        detail['result'] = step.result;
        break;
      case 'extend': {
        const deadline = referralDeadline(cal, referral!, { extension_days: step.days }).day;
        await trx.updateTable('referral').set({ extension_days: step.days, deadline }).where('id', '=', referral!.id).execute();
        matterChanges.deadline = deadline;
        Object.assign(detail, { days: step.days, deadline });
        break;
      }
      case 'reassign': {
        // The clock runs on for the visitor: the new station inherits the deadline.
        const station = await getStation({ ...ctx, db: trx }, step.stationId);
        await endReferral('reassigned');
        const row = await trx
          .insertInto('referral')
          .values({ ...referral!, id: undefined, station_id: step.stationId, helper_station_ids: '[]', referred_by: actor.userId, referred_at: at, received_at: null, ended_at: null, end_kind: null })
          .returning('id')
          .executeTakeFirstOrThrow();
        await tallyReferral(trx, { referredDay: referral!.referred_day, stationId: step.stationId });
        referralId = row.id;
        Object.assign(matterChanges, { station_id: step.stationId, referral_id: row.id });
        Object.assign(detail, { stationId: step.stationId, station: station.name });
        break;
      }
      case 'signOff': {
        if (step.revisitDue !== null && step.revisitDue < today) throw new DeskError('bad_input', FLOW_MSG.revisitInPast);
        rating = await ratingForSignOff(trx, actor.counterId ?? null, matter.id, step.screenAnswerId, step.selfRatedReason, now);
        // The visitor's own word on the screen is the rating; the clerk's choice cannot differ from it.
        const satisfaction = rating?.satisfaction ?? step.satisfaction;
        Object.assign(matterChanges, { satisfaction, revisit_due: satisfaction === 'dissatisfied' ? null : step.revisitDue });
        Object.assign(detail, { satisfaction, revisitDue: step.revisitDue, signedOnScreen: rating?.id ?? null, selfRatedReason: rating ? '' : step.selfRatedReason });
        break;
      }
      case 'revisit':
        matterChanges.revisit_due = null;
        detail['satisfaction'] = step.satisfaction;
        // One 回访 per matter: a mediated case's is its mediation file's too, where 统计 counts 履行.
        if (await recordMediationRevisit(trx, matter.id, actor.userId, { on: today, performed: step.performed, satisfaction: step.satisfaction, note: step.note, at })) detail['performed'] = step.performed;
        break;
      case 'assessRisk':
        Object.assign(matterChanges, { risk_level: step.level, risk_flags: JSON.stringify(step.flags) });
        Object.assign(detail, { level: step.level, flags: step.flags, before: { level: matter.risk_level, flags: JSON.parse(matter.risk_flags) as string[] } });
        break;
      case 'archive':
      case 'progress':
      case 'remind':
        break;
    }

    const version = matter.version + 1;
    const deadline = matterChanges.deadline === undefined ? matter.deadline : (matterChanges.deadline as string | null);
    const updated = await trx
      .updateTable('matter')
      .set({ ...matterChanges, status: decision.to, version, updated_at: at, running_deadline: clockRuns(decision.to) ? deadline : null })
      .where('id', '=', matter.id)
      .where('version', '=', matter.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows !== 1n) throw new DeskError('conflict', FLOW_MSG.stale);
    const event = await trx
      .insertInto('matter_event')
      .values({ matter_id: matter.id, referral_id: referralId, at, actor_id: actor.userId, action: step.action, status_after: decision.to, note: step.note, detail: JSON.stringify(detail) })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (rating) await trx.updateTable('screen_answer').set({ used_by_event: event.id }).where('id', '=', rating.id).execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: `matter.${step.action}`, entity: 'matter', entityId: matter.id, detail: { from: matter.status, to: decision.to, note: step.note, ...detail } });
    // Every station concerned hears of the step: the lead before and after it, and the helpers.
    const helpers = [...(referral ? (JSON.parse(referral.helper_station_ids) as number[]) : []), ...(step.action === 'refer' ? step.helperStationIds : [])];
    const stationIds = [...new Set([referral?.station_id, matterChanges.station_id, ...helpers].filter((s): s is number => typeof s === 'number'))];
    return { status: decision.to, version, stationIds };
  });
  ctx.events.publish({ type: 'matters.changed', matterId: step.matterId, stationIds: outcome.stationIds });
  await tellHandedCentres(ctx, outcome.stationIds);
  return { status: outcome.status, version: outcome.version };
}
