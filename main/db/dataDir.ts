import { accessSync, constants, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HOST_MSG } from '../../shared/text/messages';
import { HostStartError } from './hostError';

export interface DataDirPaths {
  dir: string;
  database: string;
  backups: string;
  documents: string;
}

/**
 * Where a centre's files are. `papers`: a folder of papers and pictures other than the data dir's
 * own documents/ (the share the hosts of a county use together, `--papers`); in a county database
 * of many centres each centre has its own folder there, named by its area code, as papers of two
 * centres have the same names.
 */
export function dataDirPaths(dir: string, papers?: string, area?: string | null): DataDirPaths {
  const abs = resolve(dir);
  return {
    dir: abs,
    database: join(abs, 'desk.sqlite'),
    backups: join(abs, 'backups'),
    documents: papers ? join(resolve(papers), area ?? '') : join(abs, 'documents'),
  };
}

/**
 * Checks that the data dir is a directory this process can really write to (a probe file, since
 * permission bits say nothing for root or on read-only mounts). `create` makes it first.
 */
export function checkDataDir(paths: DataDirPaths, create: boolean): void {
  if (create) {
    try {
      mkdirSync(paths.dir, { recursive: true });
    } catch (err) {
      throw new HostStartError(HOST_MSG.dataDirNotWritable(paths.dir, (err as NodeJS.ErrnoException).code ?? String(err)));
    }
  }
  let isDir: boolean;
  try {
    isDir = statSync(paths.dir).isDirectory();
  } catch {
    throw new HostStartError(HOST_MSG.dataDirMissing(paths.dir));
  }
  if (!isDir) throw new HostStartError(HOST_MSG.dataDirNotDir(paths.dir));
  const probe = join(paths.dir, `.write-probe-${process.pid}`);
  try {
    accessSync(paths.dir, constants.W_OK);
    writeFileSync(probe, '');
    rmSync(probe);
  } catch (err) {
    throw new HostStartError(HOST_MSG.dataDirNotWritable(paths.dir, (err as NodeJS.ErrnoException).code ?? String(err)));
  }
}
