import { EventEmitter, on } from 'node:events';
import type { LiveEvent } from '../../shared/events';

/**
 * How long an event that only says "this changed" (no matter named) is held back after one was sent:
 * more of the same kind in that time go out as one, at its end. Every desk window refreshes its lists
 * on such an event; in a busy hall of 200 windows, one per registration meant 180 refreshes each time.
 */
export const COALESCE_MS = 200;

/**
 * Fan-out of live events to every subscribed window: this host's, and through a relay (a county's
 * PostgreSQL LISTEN/NOTIFY, see host.ts) those of the county's other hosts.
 */
export class EventBus {
  private readonly emitter = new EventEmitter();
  private relay: ((event: LiveEvent) => void) | null = null;
  /** Kinds sent within the last `COALESCE_MS`, and whether another came meanwhile. */
  private readonly held = new Map<LiveEvent['type'], { again: boolean }>();

  constructor() {
    // One listener per open window; a big hall can have many.
    this.emitter.setMaxListeners(0);
  }

  /**
   * Sent on after the current I/O turn: the clerk's answer (the request that made the change) leaves
   * first, and the frames to every open window follow — in a hall of 200 windows, writing them first
   * held each registration's answer up by a couple of milliseconds.
   */
  publish(event: LiveEvent): void {
    // A matter's event names the matter and its stations: each goes out, so none is lost to a merge.
    if (event.type === 'matters.changed') {
      this.sendOut(event);
      return;
    }
    const held = this.held.get(event.type);
    if (held) {
      held.again = true;
      return;
    }
    this.held.set(event.type, { again: false });
    this.sendOut(event);
    setTimeout(() => {
      const again = this.held.get(event.type)?.again ?? false;
      this.held.delete(event.type);
      if (again) this.publish(event);
    }, COALESCE_MS).unref();
  }

  /** Also hands every event published here to `send` (once coalesced), for the county's other hosts. */
  relayTo(send: (event: LiveEvent) => void): void {
    this.relay = send;
  }

  /** An event another host published, or one about this host itself: to this host's windows only. */
  receive(event: LiveEvent): void {
    setImmediate(() => this.emitter.emit('event', event));
  }

  private sendOut(event: LiveEvent): void {
    setImmediate(() => this.emitter.emit('event', event));
    this.relay?.(event);
  }

  /** How many windows listen on this host now. */
  get windows(): number {
    return this.emitter.listenerCount('event');
  }

  async *subscribe(signal: AbortSignal | undefined): AsyncGenerator<LiveEvent> {
    for await (const [event] of on(this.emitter, 'event', { signal })) {
      yield event as LiveEvent;
    }
  }
}
