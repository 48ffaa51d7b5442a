import { CENTRE_MSG } from '../../../shared/text/messages';
import { isCountyArea } from '../../domain/centreArea';
import { DeskError } from '../../domain/errors';
import type { ServiceContext } from '../context';

/**
 * Every centre a county centre sees: itself first, then each township centre of the database, each
 * with its own services. Refused for any centre that is not a county centre of a county database.
 */
export async function countyCentres(ctx: ServiceContext): Promise<{ area: string; ctx: ServiceContext }[]> {
  const county = ctx.county;
  if (!county || !isCountyArea(county.area)) throw new DeskError('forbidden', CENTRE_MSG.notACounty);
  const townships = await Promise.all((await county.townships()).map(async (area) => ({ area, ctx: await county.centre(area) })));
  return [{ area: county.area, ctx }, ...townships];
}
