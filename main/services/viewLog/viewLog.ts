import type { Insertable, Kysely } from 'kysely';
import type { ViewKind } from '../../../shared/viewLog';
import type { Clock } from '../../domain/clock';
import type { ViewLogTable } from '../../db/personalDataSchema';
import type { Database } from '../../db/schema';

/** Who looked, from where: the API builds it from the session and the request. */
export interface Viewer {
  userId: number;
  counterId: number | null;
  clientAddress: string;
}

/** What was looked at. */
export interface Sight {
  what: ViewKind;
  recordId: number;
  visitorId: number | null;
  label: string;
}

/** Looks held before they are written: a busy hall writes one batch, not a commit per screen. */
const FLUSH_MS = 500;
const FLUSH_ROWS = 200;

/**
 * A screen that stays open refetches its record at every live event; that is one look, not fifty.
 * The same user opening the same record again within this time is not written again. A whole ID
 * number, phone or photo is a deliberate act, and is written every time.
 */
export const SAME_LOOK_MS = 10 * 60_000;
const OPENINGS: ReadonlySet<ViewKind> = new Set(['visitor', 'matter', 'mediation', 'paper']);

/**
 * 查阅记录, written in batches. A look costs the screen nothing but a push onto a list; the list is
 * written in one transaction (one fsync) half a second later, or at once when 200 are waiting, when
 * someone asks who looked, and when the host stops. A host killed outright loses at most the last
 * half second of looks, never a change: changes and their audit entries are written with them.
 */
export class ViewLog {
  private waiting: Insertable<ViewLogTable>[] = [];
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  /** When each user last opened each record (user, kind, record), for `SAME_LOOK_MS`. */
  private readonly lastOpened = new Map<string, number>();
  private readonly retried = new WeakSet<object>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: Clock,
    /** Told when a batch could not be written twice and was given up. */
    private readonly onLost: (looks: number, err: Error) => void = () => {},
  ) {}

  record(viewer: Viewer, sight: Sight): void {
    const now = this.clock.now();
    if (OPENINGS.has(sight.what) && this.openedLately(`${viewer.userId}:${sight.what}:${sight.recordId}`, now.getTime())) return;
    this.waiting.push({
      at: now.toISOString(),
      user_id: viewer.userId,
      counter_id: viewer.counterId,
      client_address: viewer.clientAddress,
      what: sight.what,
      record_id: sight.recordId,
      visitor_id: sight.visitorId,
      label: sight.label,
    });
    if (this.waiting.length >= FLUSH_ROWS) void this.flush();
    else this.flushLater();
  }

  /** Writes what waits half a second from now, unless a write is already set for sooner. */
  private flushLater(): void {
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS).unref();
  }

  private openedLately(key: string, now: number): boolean {
    const last = this.lastOpened.get(key);
    if (last !== undefined && now - last < SAME_LOOK_MS) return true;
    // Forget what is too old to matter, now and then, so the map stays the size of a busy hour.
    if (this.lastOpened.size >= 10_000) for (const [k, at] of this.lastOpened) if (now - at >= SAME_LOOK_MS) this.lastOpened.delete(k);
    this.lastOpened.set(key, now);
    return false;
  }

  /** Writes what is waiting; resolves once every look recorded so far is in the database. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const rows = this.waiting;
    this.waiting = [];
    if (rows.length > 0) {
      this.writing = this.writing.then(() =>
        this.db
          .insertInto('view_log')
          .values(rows)
          .execute()
          .then(
            () => undefined,
            // A look that cannot be written must not fail the screen that showed it. The batch goes
            // back on the list once (a full disk may have room again by the next batch); failing
            // twice, it is given up and said in the host's log, so one bad row cannot stop the log.
            (err: Error) => {
              const again = rows.filter((r) => !this.retried.has(r));
              for (const r of again) this.retried.add(r);
              this.waiting.unshift(...again);
              if (again.length > 0) this.flushLater();
              if (again.length < rows.length) this.onLost(rows.length - again.length, err);
            },
          ),
      );
    }
    return this.writing;
  }
}
