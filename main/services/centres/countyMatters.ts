import type { MatterStatus } from '../../../shared/visit';
import type { ServiceContext } from '../context';
import { listMatters, type MatterRow } from '../matters';
import { getCentre } from '../settings';
import { countyCentres } from './countyCentres';

/** How many of each centre's newest matters the county's list shows. */
const PER_CENTRE = 50;

export interface CountyMatterRow extends Omit<MatterRow, 'visitorId' | 'content'> {
  area: string;
  centreName: string;
}

/**
 * 全县事项: the county centre's supervisor sees every centre's newest matters side by side — what
 * came in, where it stands — read from each township's own tables. Only the list: a matter's
 * record stays with its centre (and comes to the county when handed up). Nothing of a visitor
 * beyond the name the lists show everywhere.
 */
export async function countyMatters(ctx: ServiceContext, status: MatterStatus | null): Promise<CountyMatterRow[]> {
  const rows = await Promise.all(
    (await countyCentres(ctx)).map(async (c) => {
      const { centreName } = await getCentre(c.ctx);
      const matters = await listMatters(c.ctx, { status, limit: PER_CENTRE, beforeId: null });
      return matters.map(({ visitorId: _v, content: _c, ...m }) => ({ ...m, area: c.area, centreName }));
    }),
  );
  return rows.flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
