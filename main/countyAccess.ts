import { basename, dirname, join } from 'node:path';
import { CENTRE_MSG } from '../shared/text/messages';
import { closeDatabase, openCountyDatabase, type OpenPostgres } from './db/connection';
import { centreSchema, isCountyArea, parseCentreArea, type CentreArea } from './domain/centreArea';
import { DeskError } from './domain/errors';
import { notifyCentre } from './countyRelay';
import type { CountyAccess } from './services/centres/countyAccess';
import type { ServiceContext } from './services/context';
import { EventBus } from './services/events';
import { ViewLog } from './services/viewLog/viewLog';

/** Connections a host keeps to another centre it hands matters to: its steps are few and short. */
const OTHER_CENTRE_POOL = 2;

/**
 * Opens, on first need, the other centres of the county database this host's centre is in: each on
 * a small pool of its own whose connections have that centre's schema as their search path, so the
 * same services (the flow, the queues, the timeline) work there unchanged and take that centre's
 * write lock. What is done there is told to that centre's windows over its own channel. A centre
 * the same host serves (`served`) is not opened again.
 */
export function openCountyAccess(open: OpenPostgres, own: ServiceContext, log: (line: string) => void, served: ReadonlyMap<string, ServiceContext> = new Map()): CountyAccess | null {
  const area = open.place.area;
  if (!area) return null;
  const opened = new Map<string, Promise<{ ctx: ServiceContext; open: OpenPostgres }>>();
  const openOther = async (other: CentreArea) => {
    const there = await open.pool.query('select 1 from pg_namespace where nspname = $1', [centreSchema(other)]);
    if (there.rowCount !== 1) throw new DeskError('not_found', CENTRE_MSG.noSuchCentre(other));
    const o = await openCountyDatabase({ url: open.place.url, area: other }, { poolSize: OTHER_CENTRE_POOL });
    const events = new EventBus();
    events.relayTo((event) => notifyCentre(o.pool, o.schema, event));
    // Papers of a centre of many are in a folder named by its code, beside this centre's own.
    const documentsDir = basename(own.documentsDir) === area ? join(dirname(own.documentsDir), other) : own.documentsDir;
    const views = new ViewLog(o.db, own.clock, (looks, err) => log(`${other}：${looks} 条查阅记录未能写入：${err.message}`));
    const ctx: ServiceContext = { ...own, db: o.db, events, views, documentsDir, county: null };
    return { ctx, open: o };
  };
  return {
    area,
    centre(other) {
      // A centre this host serves too is reached through its own services: its windows hear at once.
      const here = served.get(other);
      if (here && other !== area) return Promise.resolve(here);
      let entry = opened.get(other);
      if (!entry) {
        entry = openOther(other);
        opened.set(other, entry);
        // A centre not there yet may be made later: asked again then.
        entry.catch(() => opened.delete(other));
      }
      return entry.then((e) => e.ctx);
    },
    async townships() {
      if (!isCountyArea(area)) return [];
      const { rows } = await open.pool.query<{ name: string }>('select nspname as name from pg_namespace where nspname ~ $1 order by nspname', [`^${centreSchema(area)}[0-9]{3}$`]);
      return rows.flatMap((r) => parseCentreArea(r.name.slice(centreSchema(area).length - area.length)) ?? []);
    },
    async close() {
      for (const entry of opened.values()) {
        const e = await entry.catch(() => null);
        if (!e) continue;
        await e.ctx.views.flush();
        await closeDatabase(e.open);
      }
      opened.clear();
    },
  };
}
