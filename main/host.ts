import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HOST_MSG, MOVE_MSG } from '../shared/text/messages';
import { chinaDateTime } from '../shared/time';
import { movedAway } from './services/move/movedAway';
import { closeDatabase, openCountyDatabase, openDatabase, type CountyPlace, type OpenDatabase } from './db/connection';
import { checkDataDir, dataDirPaths } from './db/dataDir';
import { HostStartError } from './db/hostError';
import { migrateToLatest } from './db/migrate';
import { AdjustableClock, systemClock, type Clock } from './domain/clock';
import type { Printers } from './print/printers/printers';
import { buildServer, REQUEST_TIMEOUT_MS } from './server';
import { isLoopback, terminalAddresses } from './domain/hostNames';
import type { Transport } from '../shared/transport';
import { defaultHostIdentity } from './tls/hostIdentity';
import { spkiFingerprint } from './tls/certificates';
import { issueHostTls, loadHostTls, type HostTls } from './tls/tlsFiles';
import { serviceContext, type ServiceContext } from './services/context';
import { countyTree } from './services/divisions';
import { getCentre } from './services/settings';
import { APP_VERSION } from './version';
import { removeControlFile, writeControlFile, type HostControl } from './hostControl';
import { backupCentre } from './services/backup/backupCentre';
import { runDueWork } from './services/backup/schedule';
import { recordCheck } from './services/verify/checkRecord';
import { findingsReport } from './services/verify/verifyData';
import { ageOutLooks } from './services/viewLog/ageOut';
import { joinCounty } from './countyRelay';
import { serveCentres } from './servedCentres';
import type { ServedCentres } from './services/centres/servedCentres';
import type { CentreArea } from './domain/centreArea';
import type { CountyChannel } from './db/engine/countyChannel';

export interface HostOptions {
  dataDir: string;
  /**
   * A centre of a county's PostgreSQL database (`postgres://…`, and its area code when the database
   * holds many centres), shared with the centre's other hosts; the data dir then holds papers and
   * configuration only. Without it, the data dir's own SQLite file.
   */
  database?: CountyPlace;
  /**
   * Where papers and pictures are kept: the data dir's documents/ unless given. The hosts of a
   * county share one folder (a share on the county's file server), so any of them can reprint a
   * paper another issued.
   */
  papers?: string;
  /** More centres of the same county database this host serves beside `database`'s (`--area` again). */
  alsoServe?: readonly CentreArea[];
  port: number;
  bind: string;
  /** `test` (or a given adjustable clock, kept across restarts) gives a clock tests move, and a route to move it; never for real use. */
  clock?: 'system' | 'test' | AdjustableClock;
  rendererDir?: string | null;
  log?: (line: string) => void;
  /** Printers other than the operating system's own route: the desktop shell passes Electron's. */
  printers?: Printers;
  /**
   * How the host speaks: `auto` is HTTPS whenever it listens beyond loopback (plain HTTP on
   * loopback); `tls` is HTTPS everywhere; `insecure-lab` lets a lab run plain HTTP on the LAN, and
   * every window then shows a red warning.
   */
  transport?: 'auto' | 'tls' | 'insecure-lab';
  /** How long a request's body may take to arrive (tests shorten it). */
  requestTimeoutMs?: number;
  /**
   * Lay out a receipt and a notice on the rendering thread as soon as the host listens, so the first
   * paper finds the fonts loaded (default). The unit tests' many short-lived hosts leave it off.
   */
  warmPrinting?: boolean;
}

export interface RunningHost {
  url: string;
  port: number;
  services: ServiceContext;
  /** The host's certificate when it serves HTTPS: its SPKI fingerprint is what clients pin. */
  tls: HostTls | null;
  /** What the host's timer does every minute (scheduled backup, daily data check); tests call it directly. */
  runDueWork(): Promise<void>;
  close(): Promise<void>;
}

/** Where the built interface sits: under dist/ in a checkout, or beside this file once bundled into dist/main. */
export function defaultRendererDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', 'dist', 'renderer'), join(here, '..', 'renderer')];
  return candidates.find((dir) => existsSync(join(dir, 'assets'))) ?? candidates[0]!;
}

function listenError(err: NodeJS.ErrnoException, port: number, bind: string): Error {
  if (err.code === 'EADDRINUSE') return new HostStartError(HOST_MSG.portInUse(port));
  if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') return new HostStartError(HOST_MSG.addressUnavailable(bind));
  return err;
}

/** Reads the county's villages (a 37 MB list) in the background, so the first registration does not wait. */
async function warmCaches(services: ServiceContext, log: (line: string) => void): Promise<void> {
  try {
    const { countyCode } = await getCentre(services);
    if (countyCode) await countyTree(countyCode);
  } catch (err) {
    log(`未能预读本县区划：${(err as Error).message}`);
  }
}

/** How often the host looks whether a scheduled backup or the daily data check is due. */
const DUE_WORK_EVERY_MS = 60_000;

/** The quick data check at every start: its findings wait on the admin's screen (设置 · 系统) until acknowledged. */
async function quickCheck(services: ServiceContext, log: (line: string) => void): Promise<void> {
  try {
    const findings = await recordCheck(services, 'quick');
    if (findings.length > 0) log(findingsReport(findings));
  } catch (err) {
    log(`数据校验未能完成：${(err as Error).message}`);
  }
}

/** HTTPS beyond loopback, always; plain HTTP there only for a lab that asks for it by name. */
export function chooseTransport(bind: string, wanted: 'auto' | 'tls' | 'insecure-lab'): Transport {
  if (wanted === 'tls') return 'https';
  if (isLoopback(bind)) return 'http-loopback';
  return wanted === 'insecure-lab' ? 'http-insecure' : 'https';
}

/**
 * Opens the data dir and serves the API and the interface. The same function runs headless
 * (`desk host`) and inside Electron's main process.
 */
export async function startHost(opts: HostOptions): Promise<RunningHost> {
  const log = opts.log ?? (() => {});
  const paths = dataDirPaths(opts.dataDir, opts.papers, opts.database?.area);
  checkDataDir(paths, false);
  if (!opts.database && !existsSync(paths.database)) throw new HostStartError(HOST_MSG.databaseMissing(paths.database));

  const testClock = opts.clock instanceof AdjustableClock ? opts.clock : opts.clock === 'test' ? new AdjustableClock() : null;
  const clock: Clock = testClock ?? systemClock;
  const open: OpenDatabase = opts.database ? await openCountyDatabase(opts.database, { onLost: (err) => log(`与数据库服务器的一个连接中断：${err.message}`) }) : openDatabase(paths.database, paths.dir);
  let county: CountyChannel | null = null;
  let centres: ServedCentres | null = null;
  try {
    const { schemaVersion, backupFile } = await migrateToLatest(open, paths.backups, clock.now());
    if (backupFile) log(`数据库已升级，升级前的备份：${backupFile}`);
    const services = serviceContext(open.db, paths.documents, clock, opts.printers, log);
    const moved = open.engine === 'sqlite' ? await movedAway(open.db) : null;
    if (moved) throw new HostStartError(MOVE_MSG.movedAway(chinaDateTime(moved.at), moved.to));
    county = open.engine === 'postgres' ? joinCounty(open, services.events, log) : null;
    centres = await serveCentres({ open, services }, opts.alsoServe ?? [], { dataDir: opts.dataDir, papers: opts.papers, log });
    const transport = chooseTransport(opts.bind, opts.transport ?? 'auto');
    const tls = transport === 'https' ? (loadHostTls(opts.dataDir) ?? (await issueHostTls(opts.dataDir, (await getCentre(services)).centreName, defaultHostIdentity(), clock.now()))) : null;
    if (transport === 'http-insecure') log(HOST_MSG.insecureLab);
    let hostAddresses: string[] = [];
    const source = { sqlite: open.engine === 'sqlite' ? open.sqlite : null, dataDir: paths.dir, appVersion: APP_VERSION, schemaVersion };
    const control: HostControl = {
      token: randomBytes(24).toString('base64url'),
      backup: (out) => backupCentre(services, source, resolve(out), null),
      verify: async (form) => {
        const findings = await recordCheck(services, form);
        return { findings, report: findingsReport(findings) };
      },
    };
    const rendererDir = opts.rendererDir === undefined ? defaultRendererDir() : opts.rendererDir;
    if (rendererDir && !existsSync(join(rendererDir, 'index.html'))) log(HOST_MSG.rendererMissing);
    const app = await buildServer({
      services,
      centres,
      version: APP_VERSION,
      schemaVersion,
      rendererDir,
      testClock,
      transport,
      tls,
      hostPin: tls ? spkiFingerprint(tls.cert) : null,
      hostAddresses: () => hostAddresses,
      control,
      backupSource: source,
      requestTimeoutMs: opts.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      hostNames: new Set([...(tls?.identity.dnsNames ?? []), ...(tls?.identity.ipAddresses ?? []), opts.bind.toLowerCase()]),
      onInternalError: (err) => log(`内部错误：${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
    });
    try {
      await app.listen({ port: opts.port, host: opts.bind });
    } catch (err) {
      await app.close();
      throw listenError(err as NodeJS.ErrnoException, opts.port, opts.bind);
    }
    for (const served of centres.all()) void warmCaches(served, log);
    if (opts.warmPrinting !== false) services.pdf.warm();
    const hostForUrl = opts.bind.includes(':') ? `[${opts.bind}]` : opts.bind;
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : opts.port;
    if (tls) hostAddresses = terminalAddresses(tls.identity, opts.bind, port);
    const allAddresses = opts.bind === '0.0.0.0' || opts.bind === '::';
    writeControlFile(paths.dir, { url: `${tls ? 'https' : 'http'}://${allAddresses ? '127.0.0.1' : hostForUrl}:${port}`, token: control.token, ca: tls?.ca ?? null });
    for (const served of centres.all()) void quickCheck(served, log);
    let working: Promise<void> | null = null;
    const dueWork = () =>
      (working ??= runDueWork(services, source)
        .then(async () => {
          for (const served of centres!.all()) await ageOutLooks(served);
        })
        .catch((err: Error) => log(`定时任务未能完成：${err.message}`))
        .finally(() => (working = null)));
    const timer = setInterval(() => void dueWork(), DUE_WORK_EVERY_MS);
    timer.unref();
    let closing: Promise<void> | null = null;
    return {
      url: `${tls ? 'https' : 'http'}://${hostForUrl}:${port}`,
      port,
      services,
      tls,
      runDueWork: dueWork,
      close: () =>
        (closing ??= (async () => {
          clearInterval(timer);
          await working;
          removeControlFile(paths.dir);
          await app.close();
          // The looks of the last half second are written before the file is closed.
          await services.views.flush();
          await services.pdf.close();
          await county?.close();
          await centres?.close();
          await closeDatabase(open);
        })()),
    };
  } catch (err) {
    await county?.close();
    await centres?.close();
    await closeDatabase(open);
    throw err;
  }
}
