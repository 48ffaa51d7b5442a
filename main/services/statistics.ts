import { sql } from 'kysely';
import type { DayFigures } from '../../shared/dayClose';
import { MEDIATION_SOURCES, type MediationSource } from '../../shared/mediation';
import { rate, type CategoryRow, type Statistics, type StationRow } from '../../shared/statistics';
import { chinaDay } from '../../shared/time';
import { SATISFACTIONS, type Satisfaction, type VisitChannel } from '../../shared/visit';
import { daysOf, tenThousandYuan, type Period } from '../domain/periods';
import type { ServiceContext } from './context';
import { dayBounds } from './dayFigures';

const n = (v: unknown) => Number(v ?? 0);

/** Per category: taken in, mediated successfully, the agreements' amounts, performed, confirmed. */
async function categoryRows(ctx: ServiceContext, period: Period): Promise<CategoryRow[]> {
  const { from, to } = dayBounds(period.from, period.to);
  const categories = await ctx.db.selectFrom('category').select(['id', 'name']).orderBy('sort').orderBy('id').execute();
  const accepted = await ctx.db
    .selectFrom('matter')
    .select(['category_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('opened_day', '>=', period.from)
    .where('opened_day', '<=', period.to)
    .where('status', '!=', 'declined')
    .groupBy('category_id')
    .execute();
  // 调解成功: a station reported “调解成功” within the period.
  const mediated = await ctx.db
    .selectFrom('matter_event')
    .innerJoin('referral', 'referral.id', 'matter_event.referral_id')
    .innerJoin('matter', 'matter.id', 'matter_event.matter_id')
    .select(['matter.category_id', (eb) => eb.fn.count<number>('matter.id').distinct().as('n')])
    .where('matter_event.at', '>=', from)
    .where('matter_event.at', '<', to)
    .where('matter_event.action', '=', 'result')
    .where('referral.result', '=', 'mediated')
    .groupBy('matter.category_id')
    .execute();
  // Agreements of the period: an issued, standing 协议书 or a registered oral agreement.
  const agreements = await ctx.db
    .selectFrom('mediation')
    .innerJoin('matter', 'matter.id', 'mediation.matter_id')
    .select([
      'matter.category_id',
      (eb) => eb.fn.sum<number>('mediation.amount_fen').as('fen'),
      (eb) => eb.fn.sum<number>(eb.case().when('mediation.performed', '=', 'full').then(1).else(0).end()).as('performed'),
      (eb) => eb.fn.sum<number>('mediation.judicial_confirmed').as('confirmed'),
    ])
    .where('mediation.mediated_on', '>=', period.from)
    .where('mediation.mediated_on', '<=', period.to)
    .where((eb) =>
      eb.or([
        eb('mediation.oral', '=', 1),
        eb.exists(eb.selectFrom('document').select('document.id').whereRef('document.matter_id', '=', 'mediation.matter_id').where('document.kind', '=', 'mediation_agreement').where('document.status', '=', 'issued')),
      ]),
    )
    .groupBy('matter.category_id')
    .execute();
  const pick = <T extends { category_id: number }>(rows: T[], id: number) => rows.find((r) => r.category_id === id);
  return categories.map((c) => {
    const a = n(pick(accepted, c.id)?.n);
    const m = n(pick(mediated, c.id)?.n);
    const g = pick(agreements, c.id);
    return { name: c.name, accepted: a, mediated: m, successRate: rate(m, a), amountWan: tenThousandYuan(n(g?.fen)), performed: n(g?.performed), judicialConfirmed: n(g?.confirmed) };
  });
}

function totalOf(rows: CategoryRow[]): CategoryRow {
  const sum = (k: 'accepted' | 'mediated' | 'performed' | 'judicialConfirmed') => rows.reduce((t, r) => t + r[k], 0);
  const accepted = sum('accepted');
  const mediated = sum('mediated');
  return { name: '合计', accepted, mediated, successRate: rate(mediated, accepted), amountWan: Math.round(rows.reduce((t, r) => t + r.amountWan * 100, 0)) / 100, performed: sum('performed'), judicialConfirmed: sum('judicialConfirmed') };
}

/** Per station: referred in the period, finished on time, overdue (late or still open past the deadline), average days. */
async function stationRows(ctx: ServiceContext, period: Period): Promise<StationRow[]> {
  const today = chinaDay(ctx.clock.now());
  const finishedDay = sql<string>`date(referral.ended_at, '+8 hours')`;
  const rows = await ctx.db
    .selectFrom('referral')
    .innerJoin('station', 'station.id', 'referral.station_id')
    .select([
      'station.name',
      (eb) => eb.fn.countAll<number>().as('referred'),
      (eb) => eb.fn.sum<number>(eb.case().when(sql<boolean>`referral.end_kind = 'resolved' and ${finishedDay} <= referral.deadline`).then(1).else(0).end()).as('onTime'),
      (eb) =>
        eb.fn
          .sum<number>(
            eb
              .case()
              .when(sql<boolean>`(referral.end_kind = 'resolved' and ${finishedDay} > referral.deadline) or (referral.ended_at is null and referral.deadline < ${today})`)
              .then(1)
              .else(0)
              .end(),
          )
          .as('overdue'),
      sql<number | null>`avg(case when referral.end_kind = 'resolved' then julianday(referral.ended_at) - julianday(referral.referred_at) end)`.as('days'),
    ])
    .where('referral.referred_day', '>=', period.from)
    .where('referral.referred_day', '<=', period.to)
    .groupBy('station.id')
    .orderBy('station.sort')
    .orderBy('station.id')
    .execute();
  return rows.map((r) => ({ name: r.name, referred: n(r.referred), onTime: n(r.onTime), overdue: n(r.overdue), averageDays: r.days === null ? null : Math.round(Number(r.days) * 10) / 10 }));
}

async function visitorFigures(ctx: ServiceContext, period: Period) {
  const byChannel = await ctx.db
    .selectFrom('visit')
    .select([
      'channel',
      (eb) => eb.fn.countAll<number>().as('visits'),
      (eb) => eb.fn.sum<number>('headcount').as('heads'),
      (eb) => eb.fn.sum<number>('is_collective').as('collective'),
      (eb) => eb.fn.sum<number>(eb.case().when('is_collective', '=', 1).then(eb.ref('headcount')).else(0).end()).as('collectiveHeads'),
    ])
    .where('business_day', '>=', period.from)
    .where('business_day', '<=', period.to)
    .groupBy('channel')
    .execute();
  const repeat = await ctx.db
    .selectFrom('matter_visit')
    .innerJoin('visit', 'visit.id', 'matter_visit.visit_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('matter_visit.kind', '=', 'repeat')
    .where('visit.business_day', '>=', period.from)
    .where('visit.business_day', '<=', period.to)
    .executeTakeFirstOrThrow();
  const sum = (k: 'visits' | 'heads' | 'collective' | 'collectiveHeads') => byChannel.reduce((t, r) => t + n(r[k]), 0);
  return {
    visits: sum('visits'),
    heads: sum('heads'),
    collective: sum('collective'),
    collectiveHeads: sum('collectiveHeads'),
    repeat: n(repeat.n),
    byChannel: Object.fromEntries(byChannel.map((r) => [r.channel, n(r.visits)])) as Partial<Record<VisitChannel, number>>,
  };
}

async function satisfactionShares(ctx: ServiceContext, period: Period): Promise<Record<Satisfaction, number>> {
  const { from, to } = dayBounds(period.from, period.to);
  const rows = await ctx.db
    .selectFrom('matter_event')
    .select([sql<Satisfaction>`json_extract(detail, '$.satisfaction')`.as('satisfaction'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('at', '>=', from)
    .where('at', '<', to)
    .where('action', '=', 'signOff')
    .groupBy(sql`json_extract(detail, '$.satisfaction')`)
    .execute();
  return Object.fromEntries(SATISFACTIONS.map((s) => [s, n(rows.find((r) => r.satisfaction === s)?.n)])) as Record<Satisfaction, number>;
}

async function mediationSources(ctx: ServiceContext, period: Period): Promise<Record<MediationSource, number>> {
  const rows = await ctx.db
    .selectFrom('mediation')
    .select(['source', (eb) => eb.fn.countAll<number>().as('n')])
    .where('mediated_on', '>=', period.from)
    .where('mediated_on', '<=', period.to)
    .groupBy('source')
    .execute();
  return Object.fromEntries(MEDIATION_SOURCES.map((s) => [s, n(rows.find((r) => r.source === s)?.n)])) as Record<MediationSource, number>;
}

/** What mediation prevented in the period, N件N人 (people: the parties who are persons). */
async function prevention(ctx: ServiceContext, period: Period): Promise<Statistics['prevention']> {
  const people = sql<number>`(select count(*) from json_each(mediation.parties) where json_extract(value, '$.kind') = 'person')`;
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
  const categories = await categoryRows(ctx, period);
  const categoryTotal = totalOf(categories);
  const visitors = await visitorFigures(ctx, period);
  const daily = await ctx.db
    .selectFrom('visit')
    .select(['business_day as day', (eb) => eb.fn.countAll<number>().as('visits')])
    .where('business_day', '>=', period.from)
    .where('business_day', '<=', period.to)
    .groupBy('business_day')
    .orderBy('business_day')
    .execute();
  return {
    period,
    categories: categories.filter((c) => c.accepted > 0 || c.mediated > 0 || c.amountWan > 0),
    categoryTotal,
    sources: await mediationSources(ctx, period),
    stations: await stationRows(ctx, period),
    visitors,
    satisfaction: await satisfactionShares(ctx, period),
    prevention: await prevention(ctx, period),
    // Every day of the period so far, quiet days as zero: the trend shows the gaps too.
    daily: daysOf(period)
      .filter((day) => day <= chinaDay(ctx.clock.now()))
      .map((day) => ({ day, visits: n(daily.find((d) => d.day === day)?.visits) })),
    closedDays: await closedDays(ctx, period, visitors.visits, categoryTotal.accepted),
  };
}
