import pg from 'pg';

/** How long a host waits before it tries its lost listening connection again. */
const RECONNECT_MS = 1000;

export interface CountyChannel {
  /** To every host listening, this one included (NOTIFY); lost quietly while the server is away. */
  send(payload: string): void;
  close(): Promise<void>;
}

/**
 * A PostgreSQL LISTEN/NOTIFY channel between the hosts of one county database. The listening
 * connection is the host's ear for the server: when it drops (the server restarts, the network
 * breaks) `onReachable(false)` is told at once and it is tried again every second until it is
 * back, when `onReachable(true)` is told.
 */
export function openCountyChannel(url: string, pool: pg.Pool, channel: string, onMessage: (payload: string) => void, onReachable: (reachable: boolean) => void): CountyChannel {
  let client: pg.Client | null = null;
  let closed = false;
  let reachable = true;
  let retry: NodeJS.Timeout | null = null;
  const tell = (now: boolean) => {
    if (now === reachable) return;
    reachable = now;
    onReachable(now);
  };
  const lost = () => {
    // A dropped client may still report errors as it dies: heard, and let go.
    client?.removeAllListeners().on('error', () => {});
    client?.end().catch(() => {});
    client = null;
    if (closed) return;
    tell(false);
    retry ??= setTimeout(() => {
      retry = null;
      void listen();
    }, RECONNECT_MS);
    retry.unref();
  };
  const listen = async () => {
    const c = new pg.Client({ connectionString: url, application_name: 'one-stop-desk-listen' });
    client = c;
    c.on('notification', (m) => m.channel === channel && m.payload !== undefined && onMessage(m.payload));
    c.on('error', lost);
    c.on('end', lost);
    try {
      await c.connect();
      await c.query(`listen ${pg.escapeIdentifier(channel)}`);
      if (closed) await c.end();
      else tell(true);
    } catch {
      if (client === c) lost();
    }
  };
  void listen();
  return {
    send(payload) {
      pool.query('select pg_notify($1, $2)', [channel, payload]).catch(() => {});
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      c?.removeAllListeners().on('error', () => {});
      await c?.end().catch(() => {});
    },
  };
}
