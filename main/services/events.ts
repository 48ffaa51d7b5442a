import { EventEmitter, on } from 'node:events';
import type { LiveEvent } from '../../shared/events';

/** In-process fan-out of live events to every subscribed window. */
export class EventBus {
  private readonly emitter = new EventEmitter();

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
    setImmediate(() => this.emitter.emit('event', event));
  }

  /** Calls `listener` with every event from now on; returns what stops it. */
  listen(listener: (event: LiveEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => void this.emitter.off('event', listener);
  }

  async *subscribe(signal: AbortSignal | undefined): AsyncGenerator<LiveEvent> {
    for await (const [event] of on(this.emitter, 'event', { signal })) {
      yield event as LiveEvent;
    }
  }
}
