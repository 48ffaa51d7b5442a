import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ZodType } from 'zod';
import { centreInput } from '../shared/schemas/admin';
import { line } from '../shared/schemas/common';
import { passwordSchema, usernameSchema } from '../shared/schemas/auth';
import { BACKUP_MSG, CLI_TEXT, HOST_MSG, MOVE_MSG } from '../shared/text/messages';
import { exportCentre } from './services/move/exportCentre';
import { importCentre } from './services/move/importCentre';
import { closeDatabase, openCountyDatabase, openDatabase, type CountyPlace, type OpenDatabase } from './db/connection';
import { parseCentreArea, type CentreArea } from './domain/centreArea';
import { checkDataDir, dataDirPaths } from './db/dataDir';
import { HostStartError } from './db/hostError';
import { startHost } from './host';
import { initDataDir } from './init';
import { callRunningHost } from './hostControl';
import { backupCentre, type BackupDone } from './services/backup/backupCentre';
import { restoreBackup } from './services/backup/restore';
import { recordCheck } from './services/verify/checkRecord';
import { findingsReport, type Finding } from './services/verify/verifyData';
import { APP_VERSION } from './version';
import { migrateToLatest } from './db/migrate';
import { AdjustableClock, systemClock } from './domain/clock';
import { serviceContext, type ServiceContext } from './services/context';
import { getCentre } from './services/settings';
import { unlockAccount } from './services/signIn';
import { isIP } from 'node:net';
import { spkiFingerprint } from './tls/certificates';
import { defaultHostIdentity } from './tls/hostIdentity';
import { issueHostTls } from './tls/tlsFiles';

const OPTIONS = {
  'data-dir': { type: 'string' },
  database: { type: 'string' },
  area: { type: 'string', multiple: true },
  papers: { type: 'string' },
  center: { type: 'string' },
  county: { type: 'string' },
  'admin-user': { type: 'string' },
  'admin-password': { type: 'string' },
  port: { type: 'string' },
  bind: { type: 'string' },
  out: { type: 'string' },
  'test-clock': { type: 'boolean' },
  tls: { type: 'boolean' },
  'insecure-lab': { type: 'boolean' },
  name: { type: 'string', multiple: true },
  user: { type: 'string' },
  address: { type: 'string', multiple: true },
  from: { type: 'string' },
  quick: { type: 'boolean' },
} as const;

type Flags = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string;
};

const DEFAULT_PORT = 5170;
const DEMO_DIR = '.desk-data';
const DEMO_PASSWORD_FILE = 'demo-admin-password.txt';

function required(flags: Flags, name: keyof Flags & string): string {
  const value = flags[name];
  if (typeof value !== 'string' || value === '') throw new HostStartError(HOST_MSG.missingOption(name));
  return value;
}

function checked<T>(schema: ZodType<T>, value: string, describe: (why: string) => string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new HostStartError(describe(result.error.issues.map((i) => i.message).join('；')));
  return result.data;
}

/**
 * A centre of a county's PostgreSQL database: `--database`, or the DESK_DATABASE environment
 * variable, which keeps the password off the command line (where any user of the server sees it in
 * the process list); and `--area`, the centre's area code, when the database holds many centres.
 */
function countyDatabase(flags: Flags): CountyPlace | undefined {
  const url = flags.database || process.env.DESK_DATABASE;
  const [first] = centreAreas(flags);
  if (first === undefined) return url ? { url, area: null } : undefined;
  if (!url) throw new HostStartError(HOST_MSG.areaNeedsDatabase);
  return { url, area: first };
}

/** Every `--area` given, checked: the first is the centre a command works on; a host serves them all. */
function centreAreas(flags: Flags): CentreArea[] {
  return (flags.area ?? []).map((text) => {
    const area = parseCentreArea(text);
    if (!area) throw new HostStartError(HOST_MSG.badArea(text));
    return area;
  });
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new HostStartError(HOST_MSG.badPort(value));
  return port;
}

async function init(flags: Flags): Promise<void> {
  const centreName = checked(line('中心名称', 40), required(flags, 'center'), HOST_MSG.badCentreName);
  const username = checked(usernameSchema, required(flags, 'admin-user'), HOST_MSG.badAdminUser);
  const password = checked(passwordSchema, required(flags, 'admin-password'), HOST_MSG.badAdminPassword);
  const countyCode = checked(centreInput.shape.countyCode, flags.county ?? '', HOST_MSG.badCountyCode);
  // `--test-clock`: the centre is created on the tests' fixed calendar, as its host will run.
  const file = await initDataDir(required(flags, 'data-dir'), { centreName, countyCode, admin: { username, password } }, flags['test-clock'] ? new AdjustableClock() : systemClock, countyDatabase(flags));
  console.log(CLI_TEXT.initDone(file, username));
}

/** Runs the host until SIGINT or SIGTERM, then closes the database cleanly. */
async function host(flags: Flags, dataDir: string): Promise<void> {
  const bind = flags.bind ?? '127.0.0.1';
  const running = await startHost({
    dataDir,
    database: countyDatabase(flags),
    alsoServe: centreAreas(flags).slice(1),
    papers: flags.papers,
    port: parsePort(flags.port),
    bind,
    clock: flags['test-clock'] ? 'test' : 'system',
    transport: flags['insecure-lab'] ? 'insecure-lab' : flags.tls ? 'tls' : 'auto',
    log: (lineText) => console.error(lineText),
  });
  if (running.tls) console.error(CLI_TEXT.tlsFingerprint(spkiFingerprint(running.tls.cert)));
  const stop = async () => {
    await running.close();
    console.error(CLI_TEXT.stopped);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  // Tests and scripts wait for exactly this line, so it comes once the host can also be stopped.
  console.log(`listening on ${running.url}`);
}

/** `npm run host`: a working counter with one command, for a newcomer. */
async function demo(flags: Flags): Promise<void> {
  const dataDir = resolve(flags['data-dir'] ?? DEMO_DIR);
  const passwordFile = join(dataDir, DEMO_PASSWORD_FILE);
  if (!existsSync(dataDirPaths(dataDir).database)) {
    const password = `demo${randomBytes(4).toString('hex')}`;
    await initDataDir(dataDir, { centreName: '南大里乡综治中心（演示）', countyCode: '140828', admin: { username: 'admin', password } });
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    console.log(CLI_TEXT.demoCreated('admin', password, passwordFile));
  } else if (existsSync(passwordFile)) {
    console.log(CLI_TEXT.demoExisting(passwordFile) + `：${readFileSync(passwordFile, 'utf8').trim()}`);
  }
  await host(flags, dataDir);
  console.log(CLI_TEXT.openHint(`http://127.0.0.1:${parsePort(flags.port)}`));
}

/** Opens an existing data dir's database for one command while no host holds it, and closes it again. */
async function withDatabase<T>(flags: Flags, use: (open: OpenDatabase, dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = required(flags, 'data-dir');
  const paths = dataDirPaths(dataDir);
  checkDataDir(paths, false);
  const county = countyDatabase(flags);
  if (!county && !existsSync(paths.database)) throw new HostStartError(HOST_MSG.databaseMissing(paths.database));
  const open: OpenDatabase = county ? await openCountyDatabase(county) : openDatabase(paths.database, paths.dir);
  try {
    return await use(open, dataDir);
  } finally {
    await closeDatabase(open);
  }
}

/** `desk cert renew`: a new host certificate for this PC's names and addresses (and any given), under the same CA. */
async function certRenew(flags: Flags): Promise<void> {
  for (const a of flags.address ?? []) if (isIP(a) === 0) throw new HostStartError(HOST_MSG.badAddress(a));
  const identity = defaultHostIdentity({ dnsNames: flags.name ?? [], ipAddresses: flags.address ?? [] });
  const tls = await withDatabase(flags, async (open, dataDir) => issueHostTls(dataDir, (await getCentre({ db: open.db })).centreName, identity, new Date()));
  console.log(CLI_TEXT.certRenewed([...tls.identity.dnsNames, ...tls.identity.ipAddresses].join('、'), spkiFingerprint(tls.cert)));
}

/** `desk unlock`: lets a locked-out account try again at once, from the host PC — no account needed. */
async function unlock(flags: Flags): Promise<void> {
  const username = checked(usernameSchema, required(flags, 'user'), HOST_MSG.badAdminUser);
  await withDatabase(flags, (open) => unlockAccount({ db: open.db }, username));
  console.log(CLI_TEXT.unlocked(username));
}

/** The services of a command that has the database to itself, on the schema a host would bring it to. */
async function cliServices(open: OpenDatabase, dataDir: string, flags: Flags): Promise<{ services: ServiceContext; schemaVersion: number }> {
  const paths = dataDirPaths(dataDir, flags.papers, countyDatabase(flags)?.area);
  const { schemaVersion } = await migrateToLatest(open, paths.backups, new Date());
  return { services: serviceContext(open.db, paths.documents, systemClock), schemaVersion };
}

/** Runs a command on the database itself when no host runs, or through the running host when one does. */
async function onDatabaseOrHost<T>(flags: Flags, direct: (open: OpenDatabase, dataDir: string) => Promise<T>, viaHost: (dataDir: string) => Promise<T>): Promise<T> {
  const dataDir = required(flags, 'data-dir');
  try {
    return await withDatabase(flags, direct);
  } catch (err) {
    // A running host holds the database: it does the work, asked over loopback.
    if (!(err instanceof HostStartError) || err.message !== HOST_MSG.databaseLocked(dataDirPaths(dataDir).dir)) throw err;
    return viaHost(dataDir);
  }
}

/** `desk backup`: database, papers and certificates with a manifest, checked after writing — while the host works too. */
async function backup(flags: Flags): Promise<void> {
  const out = resolve(required(flags, 'out'));
  const done = await onDatabaseOrHost(
    flags,
    async (open, dataDir) => {
      const { services, schemaVersion } = await cliServices(open, dataDir, flags);
      return backupCentre(services, { sqlite: open.engine === 'sqlite' ? open.sqlite : null, dataDir: resolve(dataDir), appVersion: APP_VERSION, schemaVersion }, out, null);
    },
    (dataDir) => callRunningHost<BackupDone>(dataDir, 'backup', { out }),
  );
  console.log(BACKUP_MSG.backedUp(done.dir, done.files));
}

/** `desk restore`: checks the backup whole, refuses a data dir in use, moves what was there aside. */
async function restore(flags: Flags): Promise<void> {
  const from = resolve(required(flags, 'from'));
  const dataDir = resolve(required(flags, 'data-dir'));
  const { replaced } = await restoreBackup(from, dataDir, new Date());
  console.log(BACKUP_MSG.restored(from, dataDir, replaced));
}

/** `desk export`: the township's whole record for the county, and this PC's host stops serving it. */
async function exportTownship(flags: Flags): Promise<void> {
  const out = resolve(required(flags, 'out'));
  const dataDir = required(flags, 'data-dir');
  if (countyDatabase(flags)) throw new HostStartError(MOVE_MSG.onlyTownshipFile);
  const done = await withDatabase(flags, async (open) => {
    if (open.engine !== 'sqlite') throw new HostStartError(MOVE_MSG.onlyTownshipFile);
    const { services, schemaVersion } = await cliServices(open, dataDir, flags);
    return exportCentre(services, { sqlite: open.sqlite, dataDir: resolve(dataDir), appVersion: APP_VERSION, schemaVersion }, out);
  }).catch((err: unknown) => {
    // A running host holds the file: a move waits until nobody is at work.
    if (err instanceof HostStartError && err.message === HOST_MSG.databaseLocked(dataDirPaths(dataDir).dir)) throw new HostStartError(MOVE_MSG.stopHostFirst(dataDirPaths(dataDir).dir));
    throw err;
  });
  console.log(MOVE_MSG.exported(done.dir, done.files));
}

/** `desk import`: a township's export becomes its centre in the county database, checked row by row. */
async function importTownship(flags: Flags): Promise<void> {
  const from = resolve(required(flags, 'from'));
  const place = countyDatabase(flags);
  if (!place?.area) throw new HostStartError(MOVE_MSG.needsArea);
  const dataDir = required(flags, 'data-dir');
  const paths = dataDirPaths(dataDir, flags.papers, place.area);
  checkDataDir(paths, true);
  const open = await openCountyDatabase(place, { create: true });
  try {
    const done = await importCentre(from, open, paths.documents, flags['test-clock'] ? new AdjustableClock() : systemClock);
    console.log(MOVE_MSG.imported(done.place, done.rows, done.tables, done.papers));
  } finally {
    await closeDatabase(open);
  }
}

/** `desk verify`: the full data check; exit 1 on any finding. */
async function verify(flags: Flags): Promise<number> {
  const { findings, report } = await onDatabaseOrHost(
    flags,
    async (open, dataDir) => {
      const found = await recordCheck((await cliServices(open, dataDir, flags)).services, flags.quick ? 'quick' : 'full');
      return { findings: found, report: findingsReport(found) };
    },
    (dataDir) => callRunningHost<{ findings: Finding[]; report: string }>(dataDir, 'verify', { form: flags.quick ? 'quick' : 'full' }),
  );
  console.log(report);
  return findings.length > 0 ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const [command = 'help', ...rest] = argv;
  try {
    const { values: flags } = command === 'cert' ? { values: {} } : parseArgs({ args: rest, options: OPTIONS, strict: true });
    switch (command) {
      case 'init':
        await init(flags);
        return 0;
      case 'host':
        await host(flags, required(flags, 'data-dir'));
        return -1;
      case 'demo':
        await demo(flags);
        return -1;
      case 'backup':
        await backup(flags);
        return 0;
      case 'restore':
        await restore(flags);
        return 0;
      case 'verify':
        return await verify(flags);
      case 'export':
        await exportTownship(flags);
        return 0;
      case 'import':
        await importTownship(flags);
        return 0;
      case 'unlock':
        await unlock(flags);
        return 0;
      case 'cert': {
        const [sub, ...more] = rest;
        if (sub !== 'renew') throw new HostStartError(HOST_MSG.unknownCommand(`cert ${sub ?? ''}`.trim()));
        await certRenew(parseArgs({ args: more, options: OPTIONS, strict: true }).values);
        return 0;
      }
      case 'help':
      case '--help':
        console.log(CLI_TEXT.help);
        return 0;
      default:
        throw new HostStartError(HOST_MSG.unknownCommand(command));
    }
  } catch (err) {
    const message = err instanceof HostStartError ? err.message : err instanceof TypeError && 'code' in err ? `${err.message}（运行 desk help 查看用法）` : null;
    if (message === null) throw err;
    console.error(CLI_TEXT.failed(message));
    return 1;
  }
}

const exitCode = await main(process.argv.slice(2));
// -1: a server is running and keeps the process alive until a signal.
if (exitCode >= 0) process.exit(exitCode);
