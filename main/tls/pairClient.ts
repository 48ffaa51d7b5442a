import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { pairInput } from '../../shared/schemas/terminals';
import { PAIRING_MSG } from '../../shared/text/messages';
import { terminalOrigin } from '../domain/hostNames';
import { checkFitsHost, parsePairingCode } from '../domain/pairingCode';
import { TERMINAL_HEADER, type TerminalStanding } from '../domain/terminalGate';
import { spkiFingerprint } from './certificates';

const TIMEOUT_MS = 10_000;

interface Answer {
  status: number;
  body: string;
}

class WrongHost extends Error {}

/**
 * One HTTPS request to a host whose certificate no system trusts yet: the certificate is judged by
 * `accept` (from its SPKI fingerprint) once the handshake is done and *before* a byte of the
 * request is sent, so a host that fails it never sees what the terminal meant to say.
 */
function pinnedRequest(url: URL, init: { method: 'GET' | 'POST'; headers?: Record<string, string>; body?: string }, accept: (pin: string) => boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = init.body ?? '';
    const req = request(url, {
      method: init.method,
      agent: false,
      rejectUnauthorized: false,
      timeout: TIMEOUT_MS,
      headers: { ...init.headers, ...(init.body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}) },
    });
    req.on('socket', (socket) => {
      socket.once('secureConnect', () => {
        const cert = (socket as TLSSocket).getPeerX509Certificate();
        if (!cert || !accept(spkiFingerprint(cert.toString()))) req.destroy(new WrongHost());
        else req.end(body);
      });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
  });
}

function messageOf(body: string): string | null {
  try {
    return (JSON.parse(body) as { error?: { message?: string } }).error?.message ?? null;
  } catch {
    return null;
  }
}

export type PairOutcome = { ok: true; origin: string; pin: string; token: string } | { ok: false; problem: string };

/**
 * Pairs this PC with the host at `address` using the code the admin shows. The host's certificate
 * must fit the code's check before anything is sent; the answer's pin is the key this PC will
 * trust from then on, and nothing else.
 */
export async function pairWithHost(address: string, codeText: string, name: string): Promise<PairOutcome> {
  const origin = terminalOrigin(address);
  if (!origin?.startsWith('https:')) return { ok: false, problem: PAIRING_MSG.badAddress };
  const code = parsePairingCode(codeText);
  if (!code) return { ok: false, problem: PAIRING_MSG.badCode };
  const checkedName = pairInput.shape.name.safeParse(name);
  if (!checkedName.success) return { ok: false, problem: PAIRING_MSG.badName };
  let seen = '';
  let answer: Answer;
  try {
    answer = await pinnedRequest(new URL('/pair', origin), { method: 'POST', body: JSON.stringify({ code: codeText, name: checkedName.data }) }, (pin) => {
      seen = pin;
      return checkFitsHost(code, pin);
    });
  } catch (err) {
    return { ok: false, problem: err instanceof WrongHost ? PAIRING_MSG.hostMismatch : PAIRING_MSG.unreachable };
  }
  if (answer.status !== 200) return { ok: false, problem: messageOf(answer.body) ?? PAIRING_MSG.unreachable };
  const paired = JSON.parse(answer.body) as { token: string; pin: string };
  if (paired.pin !== seen) return { ok: false, problem: PAIRING_MSG.hostMismatch };
  return { ok: true, origin, pin: seen, token: paired.token };
}

/** Whether this terminal's pairing still stands, asked of the pinned host only: at every start of the shell. */
export async function pairingStanding(origin: string, pin: string, token: string): Promise<TerminalStanding | 'wrong-host' | 'unreachable'> {
  try {
    const answer = await pinnedRequest(new URL('/pair/status', origin), { method: 'GET', headers: { [TERMINAL_HEADER]: token } }, (seen) => seen === pin);
    if (answer.status !== 200) return 'unreachable';
    return (JSON.parse(answer.body) as { standing: TerminalStanding }).standing;
  } catch (err) {
    return err instanceof WrongHost ? 'wrong-host' : 'unreachable';
  }
}
