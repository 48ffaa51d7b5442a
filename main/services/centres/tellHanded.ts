import { parseCentreArea } from '../../domain/centreArea';
import type { ServiceContext } from '../context';

/**
 * A step on a matter led by (or helped by) a station that is another centre of the county: that
 * centre's windows are told, so its 交办 list shows the matter arrive, or go, without a reload.
 * Telling is best effort: the step is already done and audited.
 */
export async function tellHandedCentres(ctx: ServiceContext, stationIds: number[]): Promise<void> {
  if (!ctx.county || stationIds.length === 0) return;
  const rows = await ctx.db.selectFrom('station').select('centre_area').where('id', 'in', stationIds).where('centre_area', 'is not', null).execute();
  for (const row of rows) {
    const area = parseCentreArea(row.centre_area ?? '');
    if (!area) continue;
    const there = await ctx.county.centre(area).catch(() => null);
    there?.events.publish({ type: 'handoffs.changed' });
  }
}
