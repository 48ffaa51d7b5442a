import { z } from 'zod';
import { STAFF_ROLES } from '../../../shared/roles';
import { wordKeys } from '../../domain/nameKeys';
import { listCategories } from '../../services/categories';
import { countyTree, describeCountyCode } from '../../services/divisions';
import { getCentre, listCounters, listStations } from '../../services/settings';
import { allow, router } from '../trpc';

const anyone = allow(...STAFF_ROLES);

/** Lists every signed-in window needs to fill its forms. */
export const referenceRouter = router({
  /** With pinyin keys, so the clerk finds 邻里纠纷 by typing `ljjf` or `linli`. */
  categories: anyone.query(async ({ ctx }) => (await listCategories(ctx.services, true)).map((c) => ({ ...c, keys: wordKeys(c.name) }))),
  stations: anyone.query(({ ctx }) => listStations(ctx.services, true)),
  counters: anyone.query(async ({ ctx }) => (await listCounters(ctx.services, true)).map((c) => ({ id: c.id, name: c.name }))),
  /** Towns and villages of the centre's own county, for the 现住址 picker. */
  addressTree: anyone.query(async ({ ctx }) => {
    const { countyCode } = await getCentre(ctx.services);
    if (!countyCode) return { countyName: null, towns: [] };
    return { countyName: describeCountyCode(countyCode), towns: await countyTree(countyCode) };
  }),
  /** The region an ID number's first six digits name; null for a code not in the current list. */
  describeCounty: anyone
    .input(z.object({ code: z.string().regex(/^\d{6}$/, '地址码应为 6 位数字') }))
    .query(({ input }) => ({ name: describeCountyCode(input.code) })),
});
