import { sql, type ExpressionBuilder, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema';
import type { DayFigures } from '../../../shared/dayClose';
import { MEDIATION_SOURCES, type MediationSource } from '../../../shared/mediation';
import { rate, type IntakeRow, type MediationRow, type Statistics, type StationRow } from '../../../shared/statistics';
import { chinaDay } from '../../../shared/time';
import { REFERRAL_RESULTS, SATISFACTIONS, type ReferralResult, type Satisfaction, type VisitChannel } from '../../../shared/visit';
import { daysOf, tenThousandYuan, type Period } from '../../domain/periods';
import type { ServiceContext } from '../context';
import { dayBounds } from '../dayFigures';
import { jsonArrayCount, jsonText } from '../../db/engine/queryDifferences';

const n = (v: unknown) => Number(v ?? 0);

/** An agreement that stands: an issued 协议书 not voided, or a registered oral agreement (人民调解法 Art. 28). */
const agreementStands = sql<boolean>`(mediation.oral = 1 or exists (select 1 from document where document.matter_id = mediation.matter_id and document.kind = 'mediation_agreement' and document.status = 'issued'))`;

/**
 * 人民调解 by dispute category: only the cases the 人民调解委员会 took on (the matters with a mediation
 * file at a committee or 司法所), as the 司法部 report asks. 受理 counts the files taken on in the period;
 * 调解成功 the agreements reached in it, with their amounts, 履行 and 司法确认. Neither a 信访 demand at
 * the desk nor a police post's own mediation is a 人民调解 case.
 */
async function mediationRows(ctx: ServiceContext, period: Period, categories: { id: number; name: string }[]): Promise<MediationRow[]> {
  const accepted = await ctx.db
    .selectFrom('mediation')
    .innerJoin('matter', 'matter.id', 'mediation.matter_id')
    .select(['matter.category_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('mediation.accepted_on', '>=', period.from)
    .where('mediation.accepted_on', '<=', period.to)
    .groupBy('matter.category_id')
    .execute();
  const agreed = await ctx.db
    .selectFrom('mediation')
    .innerJoin('matter', 'matter.id', 'mediation.matter_id')
    .select([
      'matter.category_id',
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.sum<number>('mediation.amount_fen').as('fen'),
      (eb) => eb.fn.sum<number>(eb.case().when('mediation.performed', '=', 'full').then(1).else(0).end()).as('performed'),
      (eb) => eb.fn.sum<number>('mediation.judicial_confirmed').as('confirmed'),
    ])
    .where('mediation.mediated_on', '>=', period.from)
    .where('mediation.mediated_on', '<=', period.to)
    .where(agreementStands)
    .groupBy('matter.category_id')
    .execute();
  const pick = <T extends { category_id: number }>(rows: T[], id: number) => rows.find((r) => r.category_id === id);
  return categories.map((c) => {
    const a = n(pick(accepted, c.id)?.n);
    const g = pick(agreed, c.id);
    const m = n(g?.n);
    return { name: c.name, accepted: a, mediated: m, successRate: rate(m, a), amountWan: tenThousandYuan(n(g?.fen)), performed: n(g?.performed), judicialConfirmed: n(g?.confirmed) };
  });
}

function mediationTotal(rows: MediationRow[]): MediationRow {
  const sum = (k: 'accepted' | 'mediated' | 'performed' | 'judicialConfirmed') => rows.reduce((t, r) => t + r[k], 0);
  const accepted = sum('accepted');
  const mediated = sum('mediated');
  return { name: '合计', accepted, mediated, successRate: rate(mediated, accepted), amountWan: Math.round(rows.reduce((t, r) => t + r.amountWan * 100, 0)) / 100, performed: sum('performed'), judicialConfirmed: sum('judicialConfirmed') };
}

/** Counts of distinct matters per category whose `action` step fell in the period. */
async function stepsByCategory(ctx: ServiceContext, period: Period, action: 'refer' | 'result' | 'archive') {
  const { from, to } = dayBounds(period.from, period.to);
  return ctx.db
    .selectFrom('matter_event')
    .innerJoin('matter', 'matter.id', 'matter_event.matter_id')
    .select(['matter.category_id', (eb) => eb.fn.count<number>('matter.id').distinct().as('n')])
    .where('matter_event.at', '>=', from)
    .where('matter_event.at', '<', to)
    .where('matter_event.action', '=', action)
    .groupBy('matter.category_id')
    .execute();
}

/** The centre's own intake and closure, every kind of matter: 受理, 不予受理, 派单, 办结, 归档. */
async function intakeRows(ctx: ServiceContext, period: Period, categories: { id: number; name: string }[]): Promise<IntakeRow[]> {
  // From the day tallies: a year is ~250 days of rows, not every matter of the year.
  const opened = await ctx.db
    .selectFrom('matter_tally')
    .select([
      'category_id',
      (eb) => eb.fn.sum<number>('accepted').as('accepted'),
      (eb) => eb.fn.sum<number>('declined').as('declined'),
      (eb) => eb.fn.sum<number>('settled').as('settled'),
    ])
    .where('opened_day', '>=', period.from)
    .where('opened_day', '<=', period.to)
    .groupBy('category_id')
    .execute();
  const referred = await stepsByCategory(ctx, period, 'refer');
  const resolved = await stepsByCategory(ctx, period, 'result');
  const archived = await stepsByCategory(ctx, period, 'archive');
  const pick = <T extends { category_id: number }>(rows: T[], id: number) => rows.find((r) => r.category_id === id);
  return categories.map((c) => {
    const settled = n(pick(opened, c.id)?.settled);
    return {
      name: c.name,
      accepted: n(pick(opened, c.id)?.accepted),
      declined: n(pick(opened, c.id)?.declined),
      settled,
      referred: n(pick(referred, c.id)?.n),
      // 办结: by a station's result, or on the spot at the desk.
      resolved: n(pick(resolved, c.id)?.n) + settled,
      archived: n(pick(archived, c.id)?.n),
    };
  });
}

function intakeTotal(rows: IntakeRow[]): IntakeRow {
  const sum = (k: Exclude<keyof IntakeRow, 'name'>) => rows.reduce((t, r) => t + r[k], 0);
  return { name: '合计', accepted: sum('accepted'), declined: sum('declined'), settled: sum('settled'), referred: sum('referred'), resolved: sum('resolved'), archived: sum('archived') };
}

/**
 * Per station: referred in the period, finished on time, overdue (late, or still open past the
 * deadline), average days. What ended comes from the day tallies; what is open and past its deadline
 * depends on today, and is counted live on the open referrals' own index.
 */
async function stationRows(ctx: ServiceContext, period: Period): Promise<StationRow[]> {
  const today = chinaDay(ctx.clock.now());
  const rows = await ctx.db
    .selectFrom('referral_tally')
    .innerJoin('station', 'station.id', 'referral_tally.station_id')
    .select([
      'station.id',
      'station.name',
      (eb) => eb.fn.sum<number>('referred').as('referred'),
      (eb) => eb.fn.sum<number>('resolved').as('resolved'),
      (eb) => eb.fn.sum<number>('on_time').as('onTime'),
      (eb) => eb.fn.sum<number>('late').as('late'),
      (eb) => eb.fn.sum<number>('resolved_days').as('days'),
      ...REFERRAL_RESULTS.map((result) => (eb: ExpressionBuilder<Database, 'referral_tally' | 'station'>) => eb.fn.sum<number>(`referral_tally.${result}`).as(result)),
    ])
    .where('referral_tally.referred_day', '>=', period.from)
    .where('referral_tally.referred_day', '<=', period.to)
    .groupBy('station.id')
    .orderBy('station.sort')
    .orderBy('station.id')
    .execute();
  const openLate = await ctx.db
    .selectFrom('referral')
    .select(['station_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('ended_at', 'is', null)
    .where('referred_day', '>=', period.from)
    .where('referred_day', '<=', period.to)
    .where('deadline', '<', today)
    .groupBy('station_id')
    .execute();
  return rows.map((r) => ({
    name: r.name,
    referred: n(r.referred),
    onTime: n(r.onTime),
    overdue: n(r.late) + n(openLate.find((o) => o.station_id === r.id)?.n),
    averageDays: n(r.resolved) === 0 ? null : Math.round((n(r.days) / n(r.resolved)) * 10) / 10,
    results: Object.fromEntries(REFERRAL_RESULTS.map((k) => [k, n(r[k])])) as Record<ReferralResult, number>,
  }));
}

/** Visits and heads by channel, 集体访 and 重复访, from the day tallies kept with each registration. */
async function visitorFigures(ctx: ServiceContext, period: Period) {
  const byChannel = await ctx.db
    .selectFrom('visit_tally')
    .select([
      'channel',
      (eb) => eb.fn.sum<number>('visits').as('visits'),
      (eb) => eb.fn.sum<number>('heads').as('heads'),
      (eb) => eb.fn.sum<number>('collective').as('collective'),
      (eb) => eb.fn.sum<number>('collective_heads').as('collectiveHeads'),
      (eb) => eb.fn.sum<number>('repeats').as('repeat'),
    ])
    .where('business_day', '>=', period.from)
    .where('business_day', '<=', period.to)
    .groupBy('channel')
    .execute();
  const sum = (k: 'visits' | 'heads' | 'collective' | 'collectiveHeads' | 'repeat') => byChannel.reduce((t, r) => t + n(r[k]), 0);
  return {
    visits: sum('visits'),
    heads: sum('heads'),
    collective: sum('collective'),
    collectiveHeads: sum('collectiveHeads'),
    repeat: sum('repeat'),
    byChannel: Object.fromEntries(byChannel.map((r) => [r.channel, n(r.visits)])) as Partial<Record<VisitChannel, number>>,
  };
}

async function satisfactionShares(ctx: ServiceContext, period: Period): Promise<Record<Satisfaction, number>> {
  const { from, to } = dayBounds(period.from, period.to);
  const rows = await ctx.db
    .selectFrom('matter_event')
    .select([(jsonText(ctx.db, 'detail', 'satisfaction') as RawBuilder<Satisfaction | null>).as('satisfaction'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('at', '>=', from)
    .where('at', '<', to)
    // The visitor's word: at sign-off, or on the spot when the desk settled the matter.
    .where('action', 'in', ['signOff', 'settle'])
    .groupBy(jsonText(ctx.db, 'detail', 'satisfaction'))
    .execute();
  return Object.fromEntries(SATISFACTIONS.map((s) => [s, n(rows.find((r) => r.satisfaction === s)?.n)])) as Record<Satisfaction, number>;
}

/** How the committee's cases of the period came to it (by the day it took them on). */
async function mediationSources(ctx: ServiceContext, period: Period): Promise<Record<MediationSource, number>> {
  const rows = await ctx.db
    .selectFrom('mediation')
    .select(['source', (eb) => eb.fn.countAll<number>().as('n')])
    .where('accepted_on', '>=', period.from)
    .where('accepted_on', '<=', period.to)
    .groupBy('source')
    .execute();
  return Object.fromEntries(MEDIATION_SOURCES.map((s) => [s, n(rows.find((r) => r.source === s)?.n)])) as Record<MediationSource, number>;
}

/** What mediation prevented in the period, N件N人 (people: the parties who are persons). */
async function prevention(ctx: ServiceContext, period: Period): Promise<Statistics['prevention']> {
  const people = jsonArrayCount(ctx.db, 'mediation.parties', 'kind', 'person');
  const row = await ctx.db
    .selectFrom('mediation')
    .select([
      (eb) => eb.fn.sum<number>('prevents_criminal').as('criminal'),
      (eb) => eb.fn.sum<number>(sql`prevents_criminal * ${people}`).as('criminalPeople'),
      (eb) => eb.fn.sum<number>('prevents_collective').as('collective'),
      (eb) => eb.fn.sum<number>(sql`prevents_collective * ${people}`).as('collectivePeople'),
    ])
    .where('mediated_on', '>=', period.from)
    .where('mediated_on', '<=', period.to)
    .executeTakeFirstOrThrow();
  return { criminal: { cases: n(row.criminal), people: n(row.criminalPeople) }, collective: { cases: n(row.collective), people: n(row.collectivePeople) } };
}

/** 研判会 held in the period and the matters they took (a matter twice assessed counts twice). */
async function assessmentFigures(ctx: ServiceContext, period: Period): Promise<Statistics['assessment']> {
  const row = await ctx.db
    .selectFrom('assessment_meeting')
    .leftJoin('assessment_decision', 'assessment_decision.meeting_id', 'assessment_meeting.id')
    .select((eb) => [eb.fn.count<number>('assessment_meeting.id').distinct().as('meetings'), eb.fn.count<number>('assessment_decision.id').as('matters')])
    .where('assessment_meeting.held_on', '>=', period.from)
    .where('assessment_meeting.held_on', '<=', period.to)
    .executeTakeFirstOrThrow();
  return { meetings: n(row.meetings), matters: n(row.matters) };
}

/** 网格上报 received in the period: by source, and what the desk has made of them so far. */
async function gridFigures(ctx: ServiceContext, period: Period): Promise<Statistics['grid']> {
  const rows = await ctx.db
    .selectFrom('grid_report')
    .select(['source', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('reported_day', '>=', period.from)
    .where('reported_day', '<=', period.to)
    .groupBy(['source', 'status'])
    .execute();
  const sum = (keep: (r: (typeof rows)[number]) => boolean) => rows.filter(keep).reduce((t, r) => t + n(r.n), 0);
  return {
    phone: sum((r) => r.source === 'phone'),
    imported: sum((r) => r.source === 'import'),
    registered: sum((r) => r.status === 'registered'),
    dismissed: sum((r) => r.status === 'dismissed'),
    pending: sum((r) => r.status === 'pending'),
  };
}

/** The closed days of the period and what their sheets counted: the month must equal its days. */
async function closedDays(ctx: ServiceContext, period: Period, visits: number, accepted: number) {
  const rows = await ctx.db
    .selectFrom('day_close')
    .select(['business_day', 'snapshot'])
    .where('status', '=', 'closed')
    .where('business_day', '>=', period.from)
    .where('business_day', '<=', period.to)
    .execute();
  const figures = rows.map((r) => (JSON.parse(r.snapshot) as { figures: DayFigures }).figures);
  const sheetVisits = figures.reduce((t, f) => t + f.visits, 0);
  const sheetAccepted = figures.reduce((t, f) => t + f.accepted, 0);
  return { closed: new Set(rows.map((r) => r.business_day)).size, days: daysOf(period).length, sheetVisits, sheetAccepted, matches: sheetVisits === visits && sheetAccepted === accepted };
}

/** 统计: the tables of a period, as the monthly 人民调解 report and the centre's own figures ask. */
export async function statistics(ctx: ServiceContext, period: Period): Promise<Statistics> {
  const categoryList = await ctx.db.selectFrom('category').select(['id', 'name']).orderBy('sort').orderBy('id').execute();
  const mediation = await mediationRows(ctx, period, categoryList);
  const intake = await intakeRows(ctx, period, categoryList);
  const intakeSum = intakeTotal(intake);
  const visitors = await visitorFigures(ctx, period);
  const daily = await ctx.db
    .selectFrom('visit_tally')
    .select(['business_day as day', (eb) => eb.fn.sum<number>('visits').as('visits')])
    .where('business_day', '>=', period.from)
    .where('business_day', '<=', period.to)
    .groupBy('business_day')
    .orderBy('business_day')
    .execute();
  return {
    period,
    mediation: mediation.filter((c) => c.accepted > 0 || c.mediated > 0 || c.amountWan > 0),
    mediationTotal: mediationTotal(mediation),
    intake: intake.filter((c) => c.accepted + c.declined + c.referred + c.resolved + c.archived > 0),
    intakeTotal: intakeSum,
    sources: await mediationSources(ctx, period),
    stations: await stationRows(ctx, period),
    visitors,
    satisfaction: await satisfactionShares(ctx, period),
    prevention: await prevention(ctx, period),
    assessment: await assessmentFigures(ctx, period),
    grid: await gridFigures(ctx, period),
    // Every day of the period so far, quiet days as zero: the trend shows the gaps too.
    daily: daysOf(period)
      .filter((day) => day <= chinaDay(ctx.clock.now()))
      .map((day) => ({ day, visits: n(daily.find((d) => d.day === day)?.visits) })),
    closedDays: await closedDays(ctx, period, visitors.visits, intakeSum.accepted),
  };
}
