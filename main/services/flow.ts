import type { Kysely, Selectable, Updateable } from 'kysely';
import type { z } from 'zod';
import type { Performance } from '../../shared/mediation';
import type { Role } from '../../shared/roles';
import type { Satisfaction } from '../../shared/visit';
import type { flowInput } from '../../shared/schemas/flow';
import { FLOW_MSG, VISIT_MSG } from '../../shared/text/messages';
import { chinaDay } from '../../shared/time';
import { referralDeadline, suspensionDays } from '../domain/deadline';
import type { DayBasis } from '../domain/workdays';
import { DeskError } from '../domain/errors';
import { clockRuns, decide, type FlowFacts } from '../domain/matterFlow';
import type { Database, MatterTable, ReferralTable } from '../db/schema';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { getCentre, getStation } from './settings';

type Step = z.output<typeof flowInput>;

/** Who takes a step: the station matters for station staff. */
export interface FlowActor {
  userId: number;
  role: Role;
  stationId: number | null;
}

type Referral = Selectable<ReferralTable>;

async function loadMatter(trx: Kysely<Database>, matterId: number) {
  const matter = await trx
    .selectFrom('matter')
    .innerJoin('category', 'category.id', 'matter.category_id')
    .select(['matter.id', 'matter.status', 'matter.version', 'matter.referral_id', 'matter.deadline', 'category.kind', 'category.time_limit_days'])
    .where('matter.id', '=', matterId)
    .executeTakeFirst();
  if (!matter) throw new DeskError('not_found', VISIT_MSG.matterNotFound);
  const referral = matter.referral_id === null ? null : await trx.selectFrom('referral').selectAll().where('id', '=', matter.referral_id).executeTakeFirstOrThrow();
  return { matter, referral };
}

/** The facts the state machine judges by, for this matter and this person. */
export function flowFacts(
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
    referredDay: referral?.referred_day ?? null,
    today,
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

/** What a referral made now would give the station: shown in the 派单 dialog before it is confirmed. */
export async function referralPreview(ctx: ServiceContext, matterId: number): Promise<{ deadline: string; limitDays: number; basis: DayBasis }> {
  const { dayBasis } = await getCentre(ctx);
  const row = await ctx.db.selectFrom('matter').innerJoin('category', 'category.id', 'matter.category_id').select('category.time_limit_days').where('matter.id', '=', matterId).executeTakeFirstOrThrow();
  const referredDay = chinaDay(ctx.clock.now());
  return { deadline: referralDeadline({ referredDay, basis: dayBasis, limitDays: row.time_limit_days, extensionDays: 0, suspendedDays: 0 }), limitDays: row.time_limit_days, basis: dayBasis };
}

async function openReferral(trx: Kysely<Database>, ctx: ServiceContext, matterId: number, stationId: number, helpers: number[], limitDays: number, actor: FlowActor, now: Date) {
  const { dayBasis } = await getCentre({ ...ctx, db: trx });
  const station = await getStation({ ...ctx, db: trx }, stationId);
  if (!station.active) throw new DeskError('bad_input', `“${station.name}”已停用，不能派单。`);
  const referredDay = chinaDay(now);
  const deadline = referralDeadline({ referredDay, basis: dayBasis, limitDays, extensionDays: 0, suspendedDays: 0 });
  const row = await trx
    .insertInto('referral')
    .values({
      matter_id: matterId,
      station_id: stationId,
      helper_station_ids: JSON.stringify(helpers.filter((h) => h !== stationId)),
      referred_by: actor.userId,
      referred_at: now.toISOString(),
      referred_day: referredDay,
      basis: dayBasis,
      limit_days: limitDays,
      extension_days: 0,
      suspended_days: 0,
      deadline,
      result_text: '',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { referralId: row.id, deadline, stationName: station.name };
}

function deadlineOf(r: Referral, changes: Partial<Pick<Referral, 'extension_days' | 'suspended_days'>> = {}): string {
  return referralDeadline({
    referredDay: r.referred_day,
    basis: r.basis,
    limitDays: r.limit_days,
    extensionDays: changes.extension_days ?? r.extension_days,
    suspendedDays: changes.suspended_days ?? r.suspended_days,
  });
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
    const decision = decide(step.action, flowFacts(matter, referral, actor, today, step));
    if (!decision.ok) throw new DeskError(decision.message.startsWith('您的角色') ? 'forbidden' : 'conflict', decision.message);

    const at = now.toISOString();
    const matterChanges: Partial<Pick<Updateable<MatterTable>, 'station_id' | 'referral_id' | 'deadline' | 'satisfaction' | 'revisit_due'>> = {};
    const detail: Record<string, unknown> = {};
    let referralId = referral?.id ?? null;
    const endReferral = (kind: 'returned' | 'reassigned' | 'resolved') =>
      trx.updateTable('referral').set({ ended_at: at, end_kind: kind }).where('id', '=', referral!.id).execute();

    switch (step.action) {
      case 'refer': {
        const opened = await openReferral(trx, ctx, matter.id, step.stationId, step.helperStationIds, matter.time_limit_days, actor, now);
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
        const given = suspensionDays(referral!.suspended_since ?? today, today, referral!.basis);
        const suspended_days = referral!.suspended_days + given;
        const deadline = deadlineOf(referral!, { suspended_days });
        await trx.updateTable('referral').set({ suspended_since: null, suspended_days, deadline }).where('id', '=', referral!.id).execute();
        matterChanges.deadline = deadline;
        Object.assign(detail, { suspendedDays: given, deadline });
        break;
      }
      case 'result':
        await trx.updateTable('referral').set({ result: step.result, result_text: step.note, ended_at: at, end_kind: 'resolved' }).where('id', '=', referral!.id).execute();
        detail['result'] = step.result;
        break;
      case 'extend': {
        const deadline = deadlineOf(referral!, { extension_days: step.days });
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
        referralId = row.id;
        Object.assign(matterChanges, { station_id: step.stationId, referral_id: row.id });
        Object.assign(detail, { stationId: step.stationId, station: station.name });
        break;
      }
      case 'signOff':
        if (step.revisitDue !== null && step.revisitDue < today) throw new DeskError('bad_input', FLOW_MSG.revisitInPast);
        Object.assign(matterChanges, { satisfaction: step.satisfaction, revisit_due: step.satisfaction === 'dissatisfied' ? null : step.revisitDue });
        Object.assign(detail, { satisfaction: step.satisfaction, revisitDue: step.revisitDue });
        break;
      case 'revisit':
        matterChanges.revisit_due = null;
        detail['satisfaction'] = step.satisfaction;
        // One 回访 per matter: a mediated case's is its mediation file's too, where 统计 counts 履行.
        if (await recordMediationRevisit(trx, matter.id, actor.userId, { on: today, performed: step.performed, satisfaction: step.satisfaction, note: step.note, at })) detail['performed'] = step.performed;
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
    await trx
      .insertInto('matter_event')
      .values({ matter_id: matter.id, referral_id: referralId, at, actor_id: actor.userId, action: step.action, status_after: decision.to, note: step.note, detail: JSON.stringify(detail) })
      .execute();
    await recordAudit(trx, now, { actorId: actor.userId, action: `matter.${step.action}`, entity: 'matter', entityId: matter.id, detail: { from: matter.status, to: decision.to, note: step.note, ...detail } });
    // Every station concerned hears of the step: the lead before and after it, and the helpers.
    const helpers = [...(referral ? (JSON.parse(referral.helper_station_ids) as number[]) : []), ...(step.action === 'refer' ? step.helperStationIds : [])];
    const stationIds = [...new Set([referral?.station_id, matterChanges.station_id, ...helpers].filter((s): s is number => typeof s === 'number'))];
    return { status: decision.to, version, stationIds };
  });
  ctx.events.publish({ type: 'matters.changed', matterId: step.matterId, stationIds: outcome.stationIds });
  return { status: outcome.status, version: outcome.version };
}
