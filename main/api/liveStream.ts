import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import { getErrorShape, getTRPCErrorFromUnknown } from '@trpc/server/unstable-core-do-not-import';
import type { FastifyInstance } from 'fastify';
import type { LiveEvent } from '../../shared/events';
import type { ApiContext } from './context';
import { appRouter } from './router';

/** Each event as one server-sent frame, written once however many windows hear it. */
const frames = new WeakMap<LiveEvent, string>();
const frameOf = (event: LiveEvent) => frames.get(event) ?? frames.set(event, `data: ${JSON.stringify(event)}\n\n\n`).get(event)!;

/**
 * `GET /api/live.events`, the windows' live events, in the frames tRPC's `httpSubscriptionLink` reads.
 * The `live.events` procedure still decides everything: its `allow(...)` who may listen (a refusal goes
 * out as tRPC's own `serialized-error` frame), its generator which events this window hears. Only the
 * writing is done here: tRPC's per-window pipeline (three web streams a frame) cost about 70 µs a
 * window for every event, so a registration in a hall of 200 open windows waited ~15 ms for its
 * answer; here a frame is made once and written to each window that hears it.
 */
export function registerLiveStream(app: FastifyInstance, createContext: (opts: CreateFastifyContextOptions) => Promise<ApiContext>): void {
  app.get('/api/live.events', async (req, reply) => {
    const closed = new AbortController();
    req.raw.once('close', () => closed.abort());
    const ctx = await createContext({ req, res: reply, info: { isBatchCall: false, calls: [], accept: null, type: 'subscription', connectionParams: null, signal: closed.signal, url: null } });
    const head = { ...(reply.getHeaders() as Record<string, string>), 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no', Connection: 'keep-alive' };
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, head);
    let events: AsyncIterable<LiveEvent>;
    try {
      events = await appRouter.createCaller(ctx, { signal: closed.signal }).live.events();
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      const shape = getErrorShape({ config: appRouter._def._config, error, type: 'subscription', path: 'live.events', input: undefined, ctx });
      res.end(`event: serialized-error\ndata: ${JSON.stringify(shape)}\n\n\n`);
      return;
    }
    res.write('event: connected\ndata: {}\n\n\n');
    try {
      for await (const event of events) res.write(frameOf(event));
    } catch (err) {
      // The window went away: its stream ends with an abort.
      if (!closed.signal.aborted) throw err;
    }
  });
}
