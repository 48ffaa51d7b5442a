import { existsSync, rmSync, statSync } from 'node:fs';
import { HOST_MSG } from '../shared/text/messages';
import { sql } from 'kysely';
import { closeDatabase, openCountyDatabase, openDatabase, type CountyPlace, type OpenDatabase } from './db/connection';
import { checkDataDir, dataDirPaths } from './db/dataDir';
import { HostStartError } from './db/hostError';
import { migrateToLatest } from './db/migrate';
import { systemClock, type Clock } from './domain/clock';
import { serviceContext } from './services/context';
import { initializeCentre, type NewCentre } from './services/centre';
import { defaultHostIdentity } from './tls/hostIdentity';
import { issueHostTls } from './tls/tlsFiles';

/**
 * Creates the data dir and a new database with its centre and first administrator. Never touches
 * an existing database; on failure removes only what it created. With `database`, the centre is
 * made in that (empty) PostgreSQL database, which the county's DBA created, or in the centre's own
 * schema of it (made here) when an area is given; the data dir then holds the papers and certificates.
 */
export async function initDataDir(dataDir: string, centre: NewCentre, clock: Clock = systemClock, database?: CountyPlace): Promise<string> {
  const paths = dataDirPaths(dataDir);
  checkDataDir(paths, true);
  if (!database && existsSync(paths.database) && statSync(paths.database).size > 0) throw new HostStartError(HOST_MSG.databaseExists(paths.database));
  const open: OpenDatabase = database ? await openCountyDatabase(database, { create: true }) : openDatabase(paths.database, paths.dir);
  try {
    if (open.engine === 'postgres' && (await hasSchema(open))) throw new HostStartError(HOST_MSG.databaseExists(open.file));
    await migrateToLatest(open, paths.backups, clock.now());
    await initializeCentre(serviceContext(open.db, paths.documents, clock), centre);
    await closeDatabase(open);
    // The centre's own CA and the host's certificate, so the host can serve HTTPS on the LAN from the
    // start. Dated by the PC's real clock: that is the clock every browser checks a certificate by.
    await issueHostTls(dataDir, centre.centreName, defaultHostIdentity(), systemClock.now());
  } catch (err) {
    await closeDatabase(open);
    // A county's database belongs to its server: what was made there stays for its DBA to look at.
    if (open.engine === 'sqlite') for (const suffix of ['', '-wal', '-shm']) rmSync(paths.database + suffix, { force: true });
    throw err;
  }
  return open.file;
}

/** Whether this program has already made its tables in the database. */
async function hasSchema(open: OpenDatabase): Promise<boolean> {
  const found = await sql<{ n: number }>`select count(*) as n from information_schema.tables where table_name = 'schema_migration' and table_schema = current_schema()`.execute(open.db);
  return Number(found.rows[0]?.n) > 0;
}
