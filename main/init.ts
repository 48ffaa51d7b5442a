import { existsSync, rmSync, statSync } from 'node:fs';
import { HOST_MSG } from '../shared/text/messages';
import { closeDatabase, openDatabase } from './db/connection';
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
 * an existing database; on failure removes only what it created.
 */
export async function initDataDir(dataDir: string, centre: NewCentre, clock: Clock = systemClock): Promise<string> {
  const paths = dataDirPaths(dataDir);
  checkDataDir(paths, true);
  if (existsSync(paths.database) && statSync(paths.database).size > 0) throw new HostStartError(HOST_MSG.databaseExists(paths.database));
  const open = openDatabase(paths.database, paths.dir);
  try {
    await migrateToLatest(open, paths.backups, clock.now());
    await initializeCentre(serviceContext(open.db, paths.documents, clock), centre);
    await closeDatabase(open);
    // The centre's own CA and the host's certificate, so the host can serve HTTPS on the LAN from the
    // start. Dated by the PC's real clock: that is the clock every browser checks a certificate by.
    await issueHostTls(dataDir, centre.centreName, defaultHostIdentity(), systemClock.now());
  } catch (err) {
    await closeDatabase(open);
    for (const suffix of ['', '-wal', '-shm']) rmSync(paths.database + suffix, { force: true });
    throw err;
  }
  return paths.database;
}
