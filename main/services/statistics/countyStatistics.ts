import type { Figures } from '../../../shared/statistics';
import { sumStatistics } from '../../domain/countyFigures';
import type { Period } from '../../domain/periods';
import type { ServiceContext } from '../context';
import { getCentre } from '../settings';
import { statistics } from './statistics';
import { countyCentres } from '../centres/countyCentres';

/**
 * The county's statistics: the county centre's own figures and every township centre's of the
 * database, each worked out by that centre's own tallies, then added (`sumStatistics`), with a line
 * per centre so the sum can be checked against each centre's closed days.
 */
export async function countyStatistics(ctx: ServiceContext, period: Period): Promise<Figures> {
  const parts = await Promise.all(
    (await countyCentres(ctx)).map(async (c) => {
      const s = await statistics(c.ctx, period);
      const { centreName } = await getCentre(c.ctx);
      const d = s.closedDays;
      return { s, line: { area: c.area, name: centreName, visits: s.visitors.visits, accepted: s.intakeTotal.accepted, closed: d.closed, days: d.days, sheetVisits: d.sheetVisits, sheetAccepted: d.sheetAccepted, matches: d.matches } };
    }),
  );
  return { ...sumStatistics(parts.map((p) => p.s)), centres: parts.map((p) => p.line) };
}

/** This centre's figures, or the county's when asked for (a county centre only). */
export async function figures(ctx: ServiceContext, period: Period, county: boolean): Promise<Figures> {
  return county ? countyStatistics(ctx, period) : { ...(await statistics(ctx, period)), centres: null };
}
