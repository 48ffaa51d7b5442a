import { timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { BACKUP_MSG } from '../shared/text/messages';
import { errorBody } from './api/errorBody';
import { isLoopback } from './domain/hostNames';
import { HostStartError } from './db/hostError';

/**
 * The host PC's own commands (`desk backup`, `desk verify`) while a host holds the database: the host
 * leaves a file in its data dir with its loopback address and a random token, readable by its own
 * account only — whoever can read it can read the database file anyway. The command sends the token
 * to the host over loopback, and the host does the work on its open database.
 */
const CONTROL_FILE = 'host-control.json';
const HEADER = 'x-desk-control';

export interface ControlInfo {
  url: string;
  token: string;
  /** The centre's CA when the host speaks HTTPS. */
  ca: string | null;
}

export interface HostControl {
  token: string;
  backup(out: string): Promise<unknown>;
  verify(form: 'quick' | 'full'): Promise<unknown>;
}

export function writeControlFile(dataDir: string, info: ControlInfo): void {
  writeFileSync(join(dataDir, CONTROL_FILE), JSON.stringify(info), { mode: 0o600 });
}

export function removeControlFile(dataDir: string): void {
  rmSync(join(dataDir, CONTROL_FILE), { force: true });
}

function sameToken(given: unknown, token: string): boolean {
  if (typeof given !== 'string' || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

export function registerControl(app: FastifyInstance, control: HostControl): void {
  // Only this PC (loopback, or its own address calling itself) with the token; anyone else sees nothing here.
  const guard = async (req: { headers: Record<string, unknown>; socket: { remoteAddress?: string; localAddress?: string } }, reply: { status(code: number): { send(body: unknown): unknown } }) => {
    const remote = req.socket.remoteAddress ?? '';
    const fromThisPc = isLoopback(remote) || remote === req.socket.localAddress;
    if (!fromThisPc || !sameToken(req.headers[HEADER], control.token)) return reply.status(404).send(errorBody(''));
  };
  app.post<{ Body: { out?: unknown } }>('/__control/backup', { preHandler: guard }, async (req, reply) => {
    if (typeof req.body?.out !== 'string') return reply.status(400).send(errorBody('缺少 --out'));
    try {
      return await control.backup(req.body.out);
    } catch (err) {
      return reply.status(500).send(errorBody((err as Error).message));
    }
  });
  app.post<{ Body: { form?: unknown } }>('/__control/verify', { preHandler: guard }, async (req) => control.verify(req.body?.form === 'quick' ? 'quick' : 'full'));
}

/** Asks the running host of a data dir to do a command's work; refuses when no host left its file. */
export function callRunningHost<T>(dataDir: string, path: 'backup' | 'verify', body: Record<string, unknown>): Promise<T> {
  const file = join(dataDir, CONTROL_FILE);
  if (!existsSync(file)) throw new HostStartError(BACKUP_MSG.hostUnreachable);
  const info = JSON.parse(readFileSync(file, 'utf8')) as ControlInfo;
  const url = new URL(`/__control/${path}`, info.url);
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, { method: 'POST', ca: info.ca ?? undefined, headers: { [HEADER]: info.token, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) } }, (res) => {
      let answer = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (answer += d));
      res.on('end', () => {
        const parsed = JSON.parse(answer || '{}') as T & { error?: { message: string } };
        if (res.statusCode !== 200) reject(new HostStartError(parsed.error?.message || BACKUP_MSG.hostUnreachable));
        else resolve(parsed);
      });
    });
    req.on('error', () => reject(new HostStartError(BACKUP_MSG.hostUnreachable)));
    req.end(text);
  });
}
