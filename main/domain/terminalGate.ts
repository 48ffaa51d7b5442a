/**
 * Which requests reach the host, by the terminal they come from. A paired terminal (the desktop
 * shell) sends its token in a header on every request; the host keeps only the token's hash.
 */

/** The header the desktop shell adds to every request to its host (page script never sees it). */
export const TERMINAL_HEADER = 'x-desk-terminal';

/** What the host knows of the request's terminal token: none sent, a paired terminal, revoked, or never issued. */
export type TerminalStanding = 'none' | 'paired' | 'revoked' | 'unknown';

export type GateVerdict = 'pass' | 'revoked' | 'unpaired';

/** Paths a terminal needs before or without pairing: whether the host is there, and pairing itself. */
const OPEN_PATHS = new Set(['/health', '/pair', '/pair/status']);

export interface GateRequest {
  path: string;
  fromLoopback: boolean;
  standing: TerminalStanding;
}

/**
 * A revoked (or forged) token is refused whatever the setting, so a revoked terminal learns at once
 * that it must pair again. With `pairedOnly`, a PC that is neither a paired terminal nor the host
 * itself (loopback) is refused too: a browser on some PC of the LAN gets no further than this.
 */
export function terminalGate(req: GateRequest, pairedOnly: boolean): GateVerdict {
  const path = req.path.split('?')[0]!;
  if (OPEN_PATHS.has(path)) return 'pass';
  if (req.standing === 'revoked' || req.standing === 'unknown') return 'revoked';
  if (pairedOnly && req.standing === 'none' && !req.fromLoopback) return 'unpaired';
  return 'pass';
}
