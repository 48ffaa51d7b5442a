import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pairInput } from '../../shared/schemas/terminals';
import { MSG, PAIRING_MSG } from '../../shared/text/messages';
import { DeskError, HTTP_STATUS } from '../domain/errors';
import { errorBody } from './errorBody';
import { isLoopback } from '../domain/hostNames';
import { TERMINAL_HEADER, terminalGate } from '../domain/terminalGate';
import type { ServiceContext } from '../services/context';
import { redeemPairingCode } from '../services/terminals/pairing';
import { pairedOnly, terminalStanding } from '../services/terminals/terminals';

function terminalToken(req: FastifyRequest): string | undefined {
  const value = req.headers[TERMINAL_HEADER];
  return typeof value === 'string' ? value : undefined;
}

/** A refusal a person reads: a page for a window that opens the host, the usual error body for the API. */
function refuse(req: FastifyRequest, reply: FastifyReply, message: string) {
  reply.status(403);
  if (req.method === 'GET' && !req.url.startsWith('/api/')) {
    return reply.header('Content-Type', 'text/html; charset=utf-8').send(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>一站式受理台</title><body style="font:18px sans-serif;margin:15vh auto;max-width:36em;line-height:1.7"><h1 style="font-size:24px">不能连接受理台主机</h1><p>${message}</p></body></html>`);
  }
  return reply.send(errorBody(message));
}

/**
 * Pairing terminals, outside the tRPC API because a terminal pairs before anyone signs in on it:
 * `POST /pair` takes the code's secret and the PC's name and answers with the terminal's token and
 * the host's pin; `GET /pair/status` tells a terminal whether its pairing still stands. A hook in
 * front of every other route lets only what `terminalGate` allows through.
 */
export function registerPairing(app: FastifyInstance, services: ServiceContext, hostPin: string | null): void {
  app.addHook('onRequest', async (req, reply) => {
    const standing = await terminalStanding(services, terminalToken(req));
    const verdict = terminalGate({ path: req.url, fromLoopback: isLoopback(req.socket.remoteAddress ?? ''), standing }, await pairedOnly(services));
    if (verdict === 'revoked') return refuse(req, reply, PAIRING_MSG.revoked);
    if (verdict === 'unpaired') return refuse(req, reply, PAIRING_MSG.unpaired);
  });

  app.post('/pair', async (req, reply) => {
    const parsed = pairInput.safeParse(req.body);
    if (!parsed.success) return reply.status(400).send(errorBody(`${MSG.badInput}${parsed.error.issues[0]?.message ?? ''}`));
    try {
      return await redeemPairingCode(services, { ...parsed.data, address: req.ip }, hostPin);
    } catch (err) {
      if (!(err instanceof DeskError)) throw err;
      return reply.status(HTTP_STATUS[err.kind]).send(errorBody(err.message));
    }
  });

  app.get('/pair/status', async (req) => ({ standing: await terminalStanding(services, terminalToken(req)) }));
}
