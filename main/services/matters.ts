import type { RiskFlag, RiskLevel } from '../../shared/risk';
import type { Kysely } from 'kysely';
import { maskIdNumber } from '../../shared/identity/idNumber';
import { maskPhone } from '../../shared/identity/phone';
import { VISIT_MSG } from '../../shared/text/messages';
import type { MatterStatus, VisitChannel } from '../../shared/visit';
import { DeskError } from '../domain/errors';
import type { Database } from '../db/schema';
import type { ServiceContext } from './context';
import { visitNames } from './visitors';
import { jsonArrayHas } from '../db/engine/queryDifferences';

export interface MatterRow {
  id: number;
  code: string;
  categoryName: string;
  status: MatterStatus;
  content: string;
  visitorId: number;
  visitorName: string;
  visitCount: number;
  createdAt: string;
  /** How many came on the visit that opened it: over five is a 集体访. */
  headcount: number;
}

export interface MatterFilter {
  status: MatterStatus | null;
  limit: number;
  /** Matters with ids below this one: the next page of a newest-first list. */
  beforeId: number | null;
}

/** A matter with its category, its visitor and the visit that opened it: what every view of matters starts from. */
export function matterWithVisit(db: Kysely<Database>) {
  return db
    .selectFrom('matter')
    .innerJoin('category', 'category.id', 'matter.category_id')
    .innerJoin('visitor', 'visitor.id', 'matter.visitor_id')
    .innerJoin('visit', 'visit.id', 'matter.opened_visit_id');
}

/** A matter with its category and visitor: the rows of every matter list and the head of the detail. */
function matterRows(ctx: ServiceContext) {
  return matterWithVisit(ctx.db)
    .select([
      'matter.id',
      'matter.code',
      'category.name as categoryName',
      'matter.status',
      'matter.content',
      'matter.visitor_id as visitorId',
      'visitor.name as visitorName',
      'matter.visit_count as visitCount',
      'matter.created_at as createdAt',
      'visit.headcount',
    ]);
}

/** The newest matters first, one page at a time (keyset paging keeps every page equally fast). */
export async function listMatters(ctx: ServiceContext, filter: MatterFilter): Promise<MatterRow[]> {
  let q = matterRows(ctx).orderBy('matter.id', 'desc').limit(filter.limit);
  if (filter.status) q = q.where('matter.status', '=', filter.status);
  if (filter.beforeId) q = q.where('matter.id', '<', filter.beforeId);
  return q.execute();
}

export interface MatterDetail extends MatterRow {
  categoryId: number;
  declineReason: string;
  declineChannel: string;
  /** The business day of the visit that opened the matter: what corrections are judged by. */
  openedDay: string;
  openedCounterId: number | null;
  version: number;
  referralId: number | null;
  categoryKind: string;
  /** 风险研判: the level, null until assessed, and the 重点领域 flags. */
  riskLevel: RiskLevel | null;
  riskFlags: RiskFlag[];
  satisfaction: string | null;
  revisitDue: string | null;
  visitor: { id: number; name: string; maskedId: string; maskedPhone: string; addressText: string };
  /** Everyone registered on the opening visit: a 集体访's representatives, in the order typed. */
  representatives: string[];
  /** Whether the matter has a mediation file: its 回访 asks for 履行情况. */
  hasMediationFile: boolean;
  /** Every visit about this matter: the one that opened it and each repeat visit. */
  visits: { visitId: number; visitNo: string; visitedAt: string; kind: 'opened' | 'repeat'; note: string; channel: VisitChannel; clerkName: string; counterName: string | null }[];
}

export async function getMatter(ctx: ServiceContext, id: number): Promise<MatterDetail> {
  const row = await matterRows(ctx)
    .select([
      'visit.id as openedVisitId',
      'visit.business_day as openedDay',
      'visit.counter_id as openedCounterId',
      'matter.version',
      'matter.referral_id as referralId',
      'category.kind as categoryKind',
      'matter.satisfaction',
      'matter.risk_level as riskLevel',
      'matter.risk_flags',
      'matter.revisit_due as revisitDue',
      'matter.category_id as categoryId',
      'matter.decline_reason as declineReason',
      'matter.decline_channel as declineChannel',
      'visitor.id_number',
      'visitor.phone',
      'visitor.address_text',
    ])
    .where('matter.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new DeskError('not_found', VISIT_MSG.matterNotFound);
  const visits = await ctx.db
    .selectFrom('matter_visit')
    .innerJoin('visit', 'visit.id', 'matter_visit.visit_id')
    .innerJoin('user', 'user.id', 'visit.clerk_id')
    .leftJoin('counter', 'counter.id', 'visit.counter_id')
    .select([
      'visit.id as visitId',
      'visit.visit_no as visitNo',
      'visit.visited_at as visitedAt',
      'matter_visit.kind',
      'matter_visit.note',
      'visit.channel',
      'user.display_name as clerkName',
      'counter.name as counterName',
    ])
    .where('matter_visit.matter_id', '=', id)
    .orderBy('visit.visited_at')
    .execute();
  const { id_number, phone, address_text, openedVisitId, risk_flags, ...matter } = row;
  return {
    ...matter,
    riskFlags: JSON.parse(risk_flags) as RiskFlag[],
    representatives: await visitNames(ctx, openedVisitId),
    hasMediationFile: (await ctx.db.selectFrom('mediation').select('matter_id').where('matter_id', '=', id).executeTakeFirst()) !== undefined,
    visitor: { id: row.visitorId, name: row.visitorName, maskedId: id_number ? maskIdNumber(id_number) : '', maskedPhone: phone ? maskPhone(phone) : '', addressText: address_text },
    visits,
  };
}

/** Whether a matter was ever referred to the station, as lead or as helper: what lets its staff open it. */
export async function wasReferredTo(ctx: ServiceContext, matterId: number, stationId: number | null): Promise<boolean> {
  if (stationId === null) return false;
  const row = await ctx.db
    .selectFrom('referral')
    .select('id')
    .where('matter_id', '=', matterId)
    .where((eb) => eb.or([eb('station_id', '=', stationId), jsonArrayHas(ctx.db, 'referral.helper_station_ids', stationId)]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
