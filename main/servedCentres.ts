import { HOST_MSG } from '../shared/text/messages';
import { joinCounty } from './countyRelay';
import { HostStartError } from './db/hostError';
import { openCountyAccess } from './countyAccess';
import { closeDatabase, openCountyDatabase, type OpenDatabase, type OpenPostgres } from './db/connection';
import { dataDirPaths } from './db/dataDir';
import type { CountyChannel } from './db/engine/countyChannel';
import { migrateToLatest } from './db/migrate';
import type { CentreArea } from './domain/centreArea';
import type { ServiceContext } from './services/context';
import { EventBus } from './services/events';
import { getCentre } from './services/settings';
import { ViewLog } from './services/viewLog/viewLog';
import type { ServedCentres } from './services/centres/servedCentres';

/** Connections a host keeps to each centre it serves besides its first: idle ones close after ten seconds. */
const SERVED_POOL = 4;

interface Extra {
  area: CentreArea;
  open: OpenPostgres;
  services: ServiceContext;
  channel: CountyChannel;
}

/** Opens the further centres a county host serves (migrating each), and gives every served centre its reach into the county. */
export async function serveCentres(
  home: { open: OpenDatabase; services: ServiceContext },
  also: readonly CentreArea[],
  place: { dataDir: string; papers?: string; log: (line: string) => void },
): Promise<ServedCentres> {
  const extras: Extra[] = [];
  const served = new Map<string, ServiceContext>();
  const homeOpen = home.open.engine === 'postgres' ? home.open : null;
  if (homeOpen?.place.area) served.set(homeOpen.place.area, home.services);
  // Serving further centres needs the first to be a centre of a county database too.
  if (also.length > 0 && !homeOpen?.place.area) throw new HostStartError(HOST_MSG.areaNeedsDatabase);
  try {
    for (const area of also) {
      if (served.has(area)) continue;
      const open = await openCountyDatabase({ url: homeOpen!.place.url, area }, { poolSize: SERVED_POOL, onLost: (err) => place.log(`与数据库服务器的一个连接中断：${err.message}`) });
      await migrateToLatest(open, dataDirPaths(place.dataDir).backups, home.services.clock.now());
      // Its own tables, events, 查阅记录 and papers folder; the clock, printers and PDF thread are the host's.
      const views = new ViewLog(open.db, home.services.clock, (looks, err) => place.log(`${area}：${looks} 条查阅记录未能写入：${err.message}`));
      const services: ServiceContext = { ...home.services, db: open.db, events: new EventBus(), views, documentsDir: dataDirPaths(place.dataDir, place.papers, area).documents, county: null };
      extras.push({ area, open, services, channel: joinCounty(open, services.events, place.log) });
      served.set(area, services);
    }
  } catch (err) {
    for (const e of extras) {
      await e.channel.close();
      await closeDatabase(e.open);
    }
    throw err;
  }
  if (homeOpen) home.services.county = openCountyAccess(homeOpen, home.services, place.log, served);
  for (const e of extras) e.services.county = openCountyAccess(e.open, e.services, place.log, served);
  const many = served.size > 1;
  return {
    home: home.services,
    of: (area) => (area === null ? home.services : (served.get(area) ?? home.services)),
    list: async () => Promise.all([...served.entries()].map(async ([area, s]) => ({ area, name: (await getCentre(s)).centreName }))),
    all: () => (many ? [...served.values()] : [home.services]),
    async close() {
      for (const s of served.values()) await s.county?.close();
      for (const e of extras) {
        await e.services.views.flush();
        await e.channel.close();
        await closeDatabase(e.open);
      }
    },
  };
}
