import { sql } from 'kysely';
import { HIGH_RISK, type RiskLevel } from '../../../shared/risk';
import type { MeetingInput } from '../../../shared/schemas/assessment';
import { ASSESSMENT_MSG } from '../../../shared/text/messages';
import { RISK_LEVEL_SHORT } from '../../../shared/text/labels';
import { chinaDay, chineseDate } from '../../../shared/time';
import { isOpenMatter, OPEN_MATTER_STATUSES, type MatterStatus } from '../../../shared/visit';
import { DeskError } from '../../domain/errors';
import type { PdfJob } from '../../print/pdfJobs';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';
import { getCentre } from '../settings';

/** Why a matter is put before a 研判会: the first reason that applies, in this order. */
export type CandidateReason = 'high_risk' | 'overdue' | 'disputed';

export interface Candidate {
  matterId: number;
  code: string;
  visitorName: string;
  categoryName: string;
  content: string;
  status: MatterStatus;
  stationName: string | null;
  riskLevel: RiskLevel | null;
  deadline: string | null;
  reason: CandidateReason;
}

/**
 * The matters a 研判会 should take first: high risk, then overdue, then disputed sign-offs; open ones
 * only, at most 100. A supervisor may add any other open matter by its code.
 */
export async function meetingCandidates(ctx: ServiceContext): Promise<Candidate[]> {
  const today = chinaDay(ctx.clock.now());
  const rows = await ctx.db
    .selectFrom('matter')
    .innerJoin('visitor', 'visitor.id', 'matter.visitor_id')
    .innerJoin('category', 'category.id', 'matter.category_id')
    .leftJoin('station', 'station.id', 'matter.station_id')
    .select(['matter.id as matterId', 'matter.code', 'visitor.name as visitorName', 'category.name as categoryName', 'matter.content', 'matter.status', 'station.name as stationName', 'matter.risk_level as riskLevel', 'matter.deadline', 'matter.running_deadline'])
    .where('matter.status', 'in', OPEN_MATTER_STATUSES)
    .where((eb) => eb.or([eb('matter.risk_level', 'in', HIGH_RISK), eb('matter.running_deadline', '<', today), eb('matter.status', '=', 'disputed')]))
    .orderBy(sql`case when matter.risk_level = 'red' then 0 when matter.risk_level = 'orange' then 1 when matter.running_deadline < ${today} then 2 else 3 end`)
    .orderBy('matter.id')
    .limit(100)
    .execute();
  return rows.map(({ running_deadline, ...r }) => ({
    ...r,
    reason: r.riskLevel && HIGH_RISK.includes(r.riskLevel) ? 'high_risk' : running_deadline !== null && running_deadline < today ? 'overdue' : 'disputed',
  }));
}

/**
 * Records a 研判会 and its decisions in one transaction. Each decision enters its matter's loop as a
 * 督办 (the station's queue marks it), with the meeting, the responsible station and the due day.
 */
export async function holdMeeting(ctx: ServiceContext, actor: Actor, input: MeetingInput): Promise<{ meetingId: number }> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  if (input.heldOn > chinaDay(now)) throw new DeskError('bad_input', ASSESSMENT_MSG.future);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const meeting = await trx
      .insertInto('assessment_meeting')
      .values({ held_on: input.heldOn, place: input.place, chair: input.chair, attendees: input.attendees, discussion: input.discussion, created_by: actor.userId, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    const stationIds = new Set<number>();
    for (const d of input.decisions) {
      const matter = await trx.selectFrom('matter').select(['id', 'code', 'status', 'version', 'referral_id', 'station_id']).where('id', '=', d.matterId).executeTakeFirst();
      if (!matter) throw new DeskError('not_found', ASSESSMENT_MSG.noMatter(d.matterId));
      if (!isOpenMatter(matter.status)) throw new DeskError('conflict', ASSESSMENT_MSG.closed(matter.code));
      const station = d.stationId === null ? null : await trx.selectFrom('station').select(['id', 'name']).where('id', '=', d.stationId).executeTakeFirst();
      if (d.stationId !== null && !station) throw new DeskError('not_found', ASSESSMENT_MSG.noStation);
      await trx.insertInto('assessment_decision').values({ meeting_id: meeting.id, matter_id: d.matterId, decision: d.decision, station_id: d.stationId, due_on: d.dueOn }).execute();
      const note = [`研判会意见：${d.decision}`, station ? `责任单位：${station.name}` : '', d.dueOn ? `限${chineseDate(d.dueOn)}前办结` : ''].filter(Boolean).join('；');
      await trx
        .insertInto('matter_event')
        .values({ matter_id: d.matterId, referral_id: matter.referral_id, at, actor_id: actor.userId, action: 'remind', status_after: matter.status, note, detail: JSON.stringify({ meetingId: meeting.id, stationId: d.stationId, dueOn: d.dueOn }) })
        .execute();
      // The matter changed in the loop's eyes: a screen holding the old version must reload.
      await trx.updateTable('matter').set({ version: matter.version + 1, updated_at: at }).where('id', '=', d.matterId).execute();
      for (const s of [matter.station_id, d.stationId]) if (s !== null) stationIds.add(s);
    }
    await recordAudit(trx, now, { actorId: actor.userId, action: 'assessment.meeting', entity: 'assessment_meeting', entityId: meeting.id, detail: { heldOn: input.heldOn, matters: input.decisions.map((d) => d.matterId) } });
    return { meetingId: meeting.id, stationIds: [...stationIds] };
  });
  for (const d of input.decisions) ctx.events.publish({ type: 'matters.changed', matterId: d.matterId, stationIds: outcome.stationIds });
  return { meetingId: outcome.meetingId };
}

export interface MeetingRow {
  id: number;
  heldOn: string;
  place: string;
  chair: string;
  matters: number;
  record: { documentId: number; number: string } | null;
}

/** The meetings, newest first, with how many matters each took and its record if printed. */
export async function listMeetings(ctx: ServiceContext): Promise<MeetingRow[]> {
  const rows = await ctx.db
    .selectFrom('assessment_meeting')
    .select((eb) => [
      'assessment_meeting.id',
      'assessment_meeting.held_on as heldOn',
      'assessment_meeting.place',
      'assessment_meeting.chair',
      eb.selectFrom('assessment_decision').select((e) => e.fn.countAll<number>().as('n')).whereRef('assessment_decision.meeting_id', '=', 'assessment_meeting.id').as('matters'),
    ])
    .orderBy('assessment_meeting.held_on', 'desc')
    .orderBy('assessment_meeting.id', 'desc')
    .limit(200)
    .execute();
  const records = await ctx.db.selectFrom('document').select(['id', 'number', 'meeting_id']).where('kind', '=', 'assessment_record').where('status', '=', 'issued').execute();
  return rows.map((r) => {
    const record = records.find((d) => d.meeting_id === r.id);
    return { ...r, matters: Number(r.matters ?? 0), record: record ? { documentId: record.id, number: record.number } : null };
  });
}

/** The 研判记录 of a meeting, as it was decided. */
export async function meetingJob(ctx: ServiceContext, meetingId: number, number: string, reprint: boolean): Promise<PdfJob> {
  const meeting = await ctx.db.selectFrom('assessment_meeting').selectAll().where('id', '=', meetingId).executeTakeFirst();
  if (!meeting) throw new DeskError('not_found', ASSESSMENT_MSG.noMeeting);
  const decisions = await ctx.db
    .selectFrom('assessment_decision')
    .innerJoin('matter', 'matter.id', 'assessment_decision.matter_id')
    .innerJoin('visitor', 'visitor.id', 'matter.visitor_id')
    .innerJoin('category', 'category.id', 'matter.category_id')
    .leftJoin('station', 'station.id', 'assessment_decision.station_id')
    .select(['matter.code', 'visitor.name as visitor', 'category.name as category', 'matter.risk_level', 'assessment_decision.decision', 'station.name as station', 'assessment_decision.due_on'])
    .where('assessment_decision.meeting_id', '=', meetingId)
    .orderBy('assessment_decision.id')
    .execute();
  const centre = await getCentre(ctx);
  return {
    kind: 'assessment_record',
    data: {
      centreName: centre.centreName,
      number,
      heldOn: chineseDate(meeting.held_on),
      place: meeting.place,
      chair: meeting.chair,
      attendees: meeting.attendees,
      discussion: meeting.discussion,
      decisions: decisions.map((d) => ({ code: d.code, visitor: d.visitor, category: d.category, risk: d.risk_level ? RISK_LEVEL_SHORT[d.risk_level] : '—', decision: d.decision, station: d.station ?? '原承办单位', due: d.due_on ? chineseDate(d.due_on) : '—' })),
      reprint,
    },
  };
}
