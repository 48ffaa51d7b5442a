import fastifyStatic from '@fastify/static';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MSG, MSG_MORE, STORAGE_MSG } from '../shared/text/messages';
import { contextFactory, type ApiDeps } from './api/context';
import { errorBody, unavailableBody } from './api/errorBody';
import { storageFailure } from './domain/storageFailure';
import { registerPairing } from './api/pairingRoutes';
import { registerLiveStream } from './api/liveStream';
import { registerControl, type HostControl } from './hostControl';
import { appRouter, type AppRouter } from './api/router';
import type { AdjustableClock } from './domain/clock';
import { isOwnHost } from './domain/hostNames';

// 2 MB: a 网格上报 with its three shrunk photos (base64) fits; nothing else comes near.
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;
/** A request whose body has not fully arrived by then is dropped: a stalled sender holds no socket for long. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** The interface may talk only to the host it came from. Ant Design injects its styles inline. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

export interface ServerOptions extends ApiDeps {
  rendererDir: string | null;
  /** The host's key and certificate when it serves HTTPS. */
  tls: { key: string; cert: string; ca: string } | null;
  /** The names and addresses the host answers to (besides loopback): any other Host header is refused. */
  hostNames: ReadonlySet<string>;
  requestTimeoutMs: number;
  /** The host PC's own commands while the host holds the database (`desk backup`, `desk verify`). */
  control: HostControl | null;
  /** Present only when the host runs with `--test-clock`: lets e2e tests move time. */
  testClock: AdjustableClock | null;
  onInternalError: (err: unknown) => void;
}

/** Errors Fastify raises before a request reaches the API: too large, not JSON, wrong type. */
function describeTransportError(err: FastifyError): { status: number; message: string } {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, message: MSG.bodyTooLarge('2 MB') };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, message: MSG_MORE.unsupportedContent };
    default:
      if (err.statusCode && err.statusCode < 500) return { status: err.statusCode, message: MSG.badJson };
      return { status: 500, message: MSG.internal };
  }
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    logger: false,
    forceCloseConnections: true,
    requestTimeout: opts.requestTimeoutMs,
    routerOptions: { maxParamLength: 5000 },
    // A connection that never finishes its handshake is cut after 10 s (Node waits 120 s).
    ...(opts.tls ? { https: { key: opts.tls.key, cert: opts.tls.cert, minVersion: 'TLSv1.2' as const, handshakeTimeout: 10_000 } } : {}),
  });

  // DNS rebinding: a page that resolves its own name to this host's address still sends its own name.
  app.addHook('onRequest', async (req, reply) => {
    if (!isOwnHost(req.headers.host, opts.hostNames)) return reply.status(421).send(errorBody(MSG_MORE.wrongHost));
  });

  // A body that has not arrived in time is a stalled or hostile sender: its connection is dropped.
  // (Node's own requestTimeout is checked only every 30 s.)
  const bodyTimers = new WeakMap<object, NodeJS.Timeout>();
  const stopTimer = (req: { raw: object }) => clearTimeout(bodyTimers.get(req.raw));
  app.addHook('onRequest', async (req) => {
    bodyTimers.set(req.raw, setTimeout(() => req.raw.destroy(), opts.requestTimeoutMs));
  });
  app.addHook('preHandler', async (req) => stopTimer(req));
  app.addHook('onResponse', async (req) => stopTimer(req));
  app.addHook('onRequestAbort', async (req) => stopTimer(req));

  app.setErrorHandler((err: FastifyError, _req, reply) => {
    const storage = reply.sent ? null : storageFailure(err);
    if (storage) return reply.status(503).send(unavailableBody(STORAGE_MSG[storage]));
    const { status, message } = describeTransportError(err);
    if (status >= 500) opts.onInternalError(err);
    return reply.status(status).send(errorBody(message));
  });

  app.addHook('onSend', async (req, reply) => {
    // Answers of the API carry personal data: no browser or proxy keeps a copy.
    if (req.url.startsWith('/api/')) reply.header('Cache-Control', 'no-store');
    if (opts.tls) reply.header('Strict-Transport-Security', 'max-age=31536000');
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
  });

  registerPairing(app, opts.services, opts.hostPin);
  if (opts.control) registerControl(app, opts.control);

  app.get('/health', async () => ({ ok: true, version: opts.version, schemaVersion: opts.schemaVersion }));

  // The centre's own CA certificate, for a PC that has only a browser to install (it is public).
  if (opts.tls) {
    const ca = opts.tls.ca;
    app.get('/centre-ca.crt', async (_req, reply) => reply.header('Content-Type', 'application/x-x509-ca-cert').header('Content-Disposition', 'attachment; filename="centre-ca.crt"').send(ca));
  }

  // Before tRPC's own route for it: the live events stream through their own lean writer.
  registerLiveStream(app, contextFactory(opts));

  await app.register(fastifyTRPCPlugin, {
    prefix: '/api',
    trpcOptions: {
      router: appRouter,
      createContext: contextFactory(opts),
      onError: ({ error }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') opts.onInternalError(error.cause ?? error);
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  const clock = opts.testClock;
  if (clock) {
    app.post<{ Body: { advanceMs?: unknown } }>('/__test/clock', async (req) => {
      const body = typeof req.body === 'string' ? (JSON.parse(req.body) as { advanceMs?: unknown }) : req.body;
      clock.advance(Number(body.advanceMs) || 0);
      return { now: clock.now().toISOString() };
    });
  }

  const rendererDir = opts.rendererDir;
  if (rendererDir && existsSync(join(rendererDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: rendererDir,
      wildcard: false,
      index: 'index.html',
      // The build wrote .br and .gz beside each asset: a PC gets the smallest its browser takes.
      preCompressed: true,
      // Its own max-age=0 would override ours.
      cacheControl: false,
      // Assets carry their content's hash in the name: kept for good. The page itself is asked anew,
      // so a new version of the program is loaded at the next start of the window.
      setHeaders: (res, path) => res.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
    // The interface routes in the browser: any other page address gets the app itself.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/')) return reply.sendFile('index.html');
      return reply.status(404).send(errorBody(MSG.notFound));
    });
  } else {
    app.setNotFoundHandler((_req, reply) => reply.status(404).send(errorBody(MSG.notFound)));
  }
  return app;
}
