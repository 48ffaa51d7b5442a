import { FOUND_CHANNELS } from '../../shared/visit';
import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import { formatCode, MATTER_CODE_PREFIX, VISIT_NO_PREFIX } from '../../shared/codes';
import { isCollective, type registerVisitInput } from '../../shared/schemas/visit';
import { DAY_MSG, VISIT_MSG } from '../../shared/text/messages';
import { chinaDay } from '../../shared/time';
import type { MatterStatus } from '../../shared/visit';
import { DeskError } from '../domain/errors';
import type { Database } from '../db/schema';
import { recordAudit } from './audit';
import { getActiveCategory } from './categories';
import { dayToClose, isDayClosed } from './dayClose';
import type { Actor, ServiceContext } from './context';
import { nextSerial } from './serials';
import { upsertVisitor } from './visitors';
import { markGridReportRegistered } from './grid/reports';
import { registerOralAtDesk } from './mediation/oralAtDesk';
import { keepCardPhoto } from './devices/cardReading';
import { tallyMatter, tallyVisit } from './statistics/dayTally';

type Registration = z.output<typeof registerVisitInput>;

export interface RegisteredVisit {
  visitId: number;
  visitNo: string;
  visitedAt: string;
  /** True when this answer is for a submit already made (a retry or a double Enter). */
  replayed: boolean;
  /** `oral`: settled at the desk with an oral agreement, whose 口头协议登记表 the desk prints next. */
  matters: { id: number; code: string; status: MatterStatus; repeat: boolean; oral: boolean }[];
}

async function registeredVisit(db: Kysely<Database>, visitId: number, replayed: boolean): Promise<RegisteredVisit> {
  const visit = await db.selectFrom('visit').select(['id', 'visit_no', 'visited_at']).where('id', '=', visitId).executeTakeFirstOrThrow();
  const matters = await db
    .selectFrom('matter_visit')
    .innerJoin('matter', 'matter.id', 'matter_visit.matter_id')
    .leftJoin('mediation', 'mediation.matter_id', 'matter.id')
    .select(['matter.id', 'matter.code', 'matter.status', 'matter_visit.kind', 'mediation.oral'])
    .where('matter_visit.visit_id', '=', visitId)
    .orderBy('matter.id')
    .execute();
  return {
    visitId,
    visitNo: visit.visit_no,
    visitedAt: visit.visited_at,
    replayed,
    matters: matters.map((m) => ({ id: m.id, code: m.code, status: m.status, repeat: m.kind === 'repeat', oral: m.kind === 'opened' && m.oral === 1 })),
  };
}

async function linkRepeat(trx: Kysely<Database>, matterId: number, visitId: number, note: string, at: string): Promise<RegisteredVisit['matters'][number]> {
  const matter = await trx.selectFrom('matter').select(['id', 'code', 'status']).where('id', '=', matterId).executeTakeFirst();
  if (!matter) throw new DeskError('not_found', VISIT_MSG.matterNotFound);
  if (matter.status === 'declined') throw new DeskError('bad_input', VISIT_MSG.repeatOfDeclined);
  await trx.insertInto('matter_visit').values({ matter_id: matterId, visit_id: visitId, kind: 'repeat', note }).execute();
  await trx.updateTable('matter').set({ visit_count: sql`visit_count + 1`, updated_at: at }).where('id', '=', matterId).execute();
  return { id: matter.id, code: matter.code, status: matter.status, repeat: true, oral: false };
}

/**
 * 来访登记: the visit, its visitors (found again or created), and its matters — new ones with their
 * own codes, or links to earlier ones (重复访) — in one transaction with its audit entry. The same
 * idempotency key always answers with the same visit.
 */
/** A counter takes in nothing new while an earlier day of business is not closed, or once today is. */
async function checkCounterOpen(ctx: ServiceContext, counterId: number, today: string): Promise<void> {
  const pending = await dayToClose(ctx, counterId, today);
  if (pending) throw new DeskError('conflict', DAY_MSG.closeFirst(pending));
  if (await isDayClosed(ctx, counterId, today)) throw new DeskError('conflict', DAY_MSG.todayClosed);
}

export async function registerVisit(ctx: ServiceContext, actor: Actor, counterId: number | null, input: Registration): Promise<RegisteredVisit> {
  if (counterId === null) throw new DeskError('bad_input', VISIT_MSG.counterRequired);
  for (const m of input.matters) if (m.repeatOf === null && m.categoryId !== null) await getActiveCategory(ctx, m.categoryId);

  const result = await ctx.db.transaction().execute(async (trx) => {
    const earlier = await trx.selectFrom('visit').select('id').where('idempotency_key', '=', input.idempotencyKey).executeTakeFirst();
    if (earlier) return registeredVisit(trx, earlier.id, true);

    const now = ctx.clock.now();
    const at = now.toISOString();
    const day = chinaDay(now);
    await checkCounterOpen({ ...ctx, db: trx }, counterId, day);
    const visitNo = formatCode(VISIT_NO_PREFIX, day, await nextSerial(trx, 'visit', day));
    const visit = await trx
      .insertInto('visit')
      .values({
        visit_no: visitNo,
        counter_id: counterId,
        clerk_id: actor.userId,
        business_day: day,
        visited_at: at,
        channel: input.channel,
        found_place: FOUND_CHANNELS.includes(input.channel) ? input.foundPlace : '',
        found_by: FOUND_CHANNELS.includes(input.channel) ? input.foundBy : '',
        headcount: input.headcount,
        is_collective: isCollective(input.headcount) ? 1 : 0,
        is_proxy: input.isProxy ? 1 : 0,
        idempotency_key: input.idempotencyKey,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const visitorIds: number[] = [];
    for (const [position, person] of input.persons.entries()) {
      const visitorId = await upsertVisitor(trx, actor, person, now);
      if (person.idNumber !== '') await keepCardPhoto(trx, visitorId, person.idNumber, now);
      if (visitorIds.includes(visitorId)) continue;
      visitorIds.push(visitorId);
      await trx.insertInto('visit_visitor').values({ visit_id: visit.id, visitor_id: visitorId, position }).execute();
    }

    // What the answer lists, as `registeredVisit` would read it back: by matter id.
    const matters: RegisteredVisit['matters'] = [];
    for (const m of input.matters) {
      if (m.repeatOf !== null) {
        matters.push(await linkRepeat(trx, m.repeatOf, visit.id, m.content, at));
        continue;
      }
      const code = formatCode(MATTER_CODE_PREFIX, day, await nextSerial(trx, 'matter', day));
      // 当场化解: accepted and closed in one go, the visitor's confirmation taken as the sign-off.
      const status: MatterStatus = m.decision === 'decline' ? 'declined' : m.decision === 'settle' ? 'signed_off' : 'accepted';
      const matter = await trx
        .insertInto('matter')
        .values({
          code,
          category_id: m.categoryId!,
          visitor_id: visitorIds[0]!,
          opened_visit_id: visit.id,
          opened_counter_id: counterId,
          opened_day: day,
          content: m.content,
          status,
          settled_at_desk: m.decision === 'settle' ? 1 : 0,
          satisfaction: m.decision === 'settle' ? m.settleSatisfaction : null,
          decline_reason: m.decision === 'decline' ? m.declineReason : '',
          decline_channel: m.decision === 'decline' ? m.declineChannel : '',
          risk_level: m.decision === 'decline' ? null : m.riskLevel,
          visit_count: 1,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.insertInto('matter_visit').values({ matter_id: matter.id, visit_id: visit.id, kind: 'opened', note: '' }).execute();
      await tallyMatter(trx, { day, categoryId: m.categoryId!, status, settled: m.decision === 'settle' });
      matters.push({ id: matter.id, code, status, repeat: false, oral: m.decision === 'settle' && m.oralAgreement !== null });
      if (m.decision === 'settle') {
        await trx
          .insertInto('matter_event')
          .values({ matter_id: matter.id, referral_id: null, at, actor_id: actor.userId, action: 'settle', status_after: 'signed_off', note: m.settleNote, detail: JSON.stringify({ satisfaction: m.settleSatisfaction, oral: m.oralAgreement !== null }) })
          .execute();
        if (m.oralAgreement) await registerOralAtDesk(ctx, trx, actor, { id: matter.id, visitId: visit.id, content: m.content, settleNote: m.settleNote }, m.oralAgreement, now, day);
      }
    }

    await tallyVisit(trx, { day, channel: input.channel, headcount: input.headcount, collective: isCollective(input.headcount), repeats: matters.filter((m) => m.repeat).length });
    const registered: RegisteredVisit = { visitId: visit.id, visitNo, visitedAt: at, replayed: false, matters: matters.sort((a, b) => a.id - b.id) };
    // 网格上报 registered: the report now points at the matter made (or linked) from it.
    if (input.gridReportId !== null) await markGridReportRegistered(trx, actor, now, input.gridReportId, registered.matters[0]!.id);
    await recordAudit(trx, now, {
      actorId: actor.userId,
      action: 'visit.register',
      entity: 'visit',
      entityId: visit.id,
      detail: { visitNo, counterId, headcount: input.headcount, matters: registered.matters.map((m) => m.code), gridReportId: input.gridReportId },
    });
    return registered;
  });
  if (!result.replayed) ctx.events.publish({ type: 'visits.changed' });
  if (!result.replayed && input.gridReportId !== null) ctx.events.publish({ type: 'grid.changed' });
  return result;
}
