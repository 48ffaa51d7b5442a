import type { ServiceContext } from '../context';

/**
 * The centres one host serves. A township's host, or a county database of one centre, serves one;
 * a county host may serve several (`--area` given more than once), each on its own pool, schema,
 * write lock and live-event channel, all on one port: a window picks its centre on the login page.
 */
export interface ServedCentres {
  /** The first centre: the host's certificates, its terminals, its command line. */
  home: ServiceContext;
  /**
   * The services for a request naming `area`; the first centre's when it names none, or one this
   * host does not serve (a cookie left from another host): its login page then offers the centres
   * it does serve, and a session of another centre is unknown here, as it would be anywhere.
   */
  of(area: string | null): ServiceContext;
  /** The centres a login page offers, with their names; one entry for a host of one centre. */
  list(): Promise<{ area: string; name: string }[]>;
  all(): ServiceContext[];
  close(): Promise<void>;
}

