import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { Transport } from '../../shared/transport';
import { DeskError } from '../domain/errors';
import { cookieValue, tokenFromCookies } from '../domain/sessionCookie';
import { CENTRE_COOKIE, CENTRE_HEADER } from '../../shared/centreCookie';
import type { ServedCentres } from '../services/centres/servedCentres';
import type { BackupSource } from '../services/backup/backupSet';
import type { ServiceContext } from '../services/context';
import { resolveSession, type SignedIn } from '../services/sessions';
import { TRPCError } from '@trpc/server';
import { STORAGE_MSG } from '../../shared/text/messages';
import { storageFailure } from '../domain/storageFailure';

export interface ApiDeps {
  /** The host's first centre; a request is served by the centre it names (`centres`). */
  services: ServiceContext;
  centres: ServedCentres;
  version: string;
  schemaVersion: number;
  /** How the host speaks: the windows warn in red on plain HTTP beyond loopback. */
  transport: Transport;
  /** The SPKI fingerprint of the host's certificate, which terminals pin; null without TLS. */
  hostPin: string | null;
  /** The open database and data dir, for a backup made while the host works. */
  backupSource: BackupSource;
  /** The HTTPS addresses a terminal may type to reach this host (known once it listens). */
  hostAddresses: () => string[];
}

export interface ApiContext extends ApiDeps {
  token: string | null;
  /** Sets or clears the session cookie on the answer. */
  setCookie(value: string): void;
  /** Whether the request came over TLS (the cookie is then marked Secure). */
  secure: boolean;
  signedIn: SignedIn | null;
  /** Why `signedIn` is null although a token came: expired, ended, forged. */
  authError: DeskError | null;
  clientAddress: string;
  /** A 访客屏's token (header X-Screen-Token): the screen has no session, only its pairing. */
  screenToken: string | null;
}

function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

export function contextFactory(deps: ApiDeps) {
  return async ({ req, res }: CreateFastifyContextOptions): Promise<ApiContext> => {
    // A window sends its session as an HttpOnly cookie; scripts and tests may send a bearer token.
    const token = bearerToken(req.headers.authorization) ?? tokenFromCookies(req.headers.cookie);
    // The centre the window signed in to, on a host serving several of a county's (its cookie, or a script's header).
    const header = req.headers[CENTRE_HEADER];
    const named = typeof header === 'string' ? header : cookieValue(req.headers.cookie, CENTRE_COOKIE);
    const services = deps.centres.of(named);
    let signedIn: SignedIn | null = null;
    let authError: DeskError | null = null;
    if (token) {
      try {
        signedIn = await resolveSession(services, token);
      } catch (err) {
        // The database out of reach (a county server restarting) is not a bad session: the window
        // is told so, and stays signed in.
        const failure = storageFailure(err);
        if (failure) throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: STORAGE_MSG[failure], cause: err });
        if (!(err instanceof DeskError)) throw err;
        authError = err;
      }
    }
    const screenHeader = req.headers['x-screen-token'];
    const screenToken = typeof screenHeader === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(screenHeader) ? screenHeader : null;
    return { ...deps, services, token, signedIn, authError, clientAddress: req.ip, screenToken, secure: req.protocol === 'https', setCookie: (value) => void res.header('set-cookie', value) };
  };
}
