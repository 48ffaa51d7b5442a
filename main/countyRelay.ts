import { randomBytes } from 'node:crypto';
import type { LiveEvent } from '../shared/events';
import { HOST_MSG } from '../shared/text/messages';
import { openCountyChannel, type CountyChannel } from './db/engine/countyChannel';
import type { OpenPostgres } from './db/connection';
import type { EventBus } from './services/events';

/** The channel the hosts of one centre tell each other their live events on: each centre of a county database has its own. */
function channelOf(schema: string): string {
  return `desk_events_${schema}`;
}

interface Relayed {
  from: string;
  event: LiveEvent;
}

/**
 * Joins this host to the county's others: what is published here reaches their windows, what they
 * publish reaches this host's, and when the server goes away every window here is told.
 */
export function joinCounty(open: OpenPostgres, events: EventBus, log: (line: string) => void): CountyChannel {
  const self = randomBytes(8).toString('hex');
  const channel = openCountyChannel(
    open.url,
    open.pool,
    channelOf(open.schema),
    (payload) => {
      const relayed = JSON.parse(payload) as Relayed;
      // NOTIFY comes back to its sender too; this host's windows already heard it.
      if (relayed.from !== self) events.receive(relayed.event);
    },
    (reachable) => {
      log(reachable ? HOST_MSG.databaseBack(open.file) : HOST_MSG.databaseLost(open.file));
      events.receive({ type: 'database.state', reachable });
    },
  );
  events.relayTo((event) => channel.send(JSON.stringify({ from: self, event } satisfies Relayed)));
  return channel;
}

/** Tells the windows of another centre of the database (on all its hosts) of a change made there from here. */
export function notifyCentre(pool: OpenPostgres['pool'], schema: string, event: LiveEvent): void {
  pool.query('select pg_notify($1, $2)', [channelOf(schema), JSON.stringify({ from: 'another-centre', event } satisfies Relayed)]).catch(() => {});
}
