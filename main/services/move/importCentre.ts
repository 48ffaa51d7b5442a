import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { BACKUP_MSG, MOVE_MSG } from '../../../shared/text/messages';
import { closeDatabase, openDatabase, type OpenPostgres, type OpenSqlite } from '../../db/connection';
import { HostStartError } from '../../db/hostError';
import { LATEST_SCHEMA_VERSION, migrateToLatest } from '../../db/migrate';
import type { Clock } from '../../domain/clock';
import { copyOrder, type TableReference } from '../../domain/copyOrder';
import { recordAudit } from '../audit';
import { DATABASE_FILE, filesUnder } from '../backup/backupSet';
import { checkBackup } from '../backup/checkBackup';
import { serviceContext } from '../context';
import { recordCheck } from '../verify/checkRecord';
import { findingsReport } from '../verify/verifyData';
import { MOVED_KEY } from './movedAway';

/** What the township PC keeps to itself: its own sign-ins and sign-in throttle, and its own migration log. */
const LEFT_BEHIND = new Set(['schema_migration', 'session', 'login_attempt']);
/** PostgreSQL takes at most 65535 parameters in one statement. */
const MAX_PARAMETERS = 60000;

export interface ImportDone {
  place: string;
  tables: number;
  rows: number;
  papers: number;
}

type AnyRow = Record<string, unknown>;
/** The copier addresses tables by name, read from the server's catalogue. */
type AnyDatabase = Kysely<Record<string, AnyRow>>;

/**
 * `desk import`: a township's export (the checked backup `desk export` wrote) becomes a centre of
 * the county database, in its own schema: every row with its own id, so matter codes, paper numbers,
 * number series, the audit chain and every timeline stay as they were; its papers go to the
 * centre's papers folder. Then each table's rows are counted against the export and the full data
 * check runs on the result (the audit chain, the 日结 seals, every paper's SHA-256). Any failure
 * undoes the import whole: the schema is dropped and the copied papers removed.
 */
export async function importCentre(from: string, target: OpenPostgres, papersDir: string, clock: Clock): Promise<ImportDone> {
  if ((await tablesOf(target.db)).length > 0) throw new HostStartError(MOVE_MSG.centreExists(target.file));
  const undoSchema = () => target.pool.query(`drop schema if exists ${target.schema} cascade`).catch(() => {});
  const { manifest, findings } = checkBackup(from);
  const refusal = !manifest || findings.length > 0 ? MOVE_MSG.refused(findings)
    : manifest.schemaVersion > LATEST_SCHEMA_VERSION ? BACKUP_MSG.tooNew(manifest.schemaVersion, LATEST_SCHEMA_VERSION)
    : existsSync(papersDir) && readdirSync(papersDir).length > 0 ? MOVE_MSG.papersNotEmpty(papersDir)
    : null;
  if (refusal) {
    // The centre's place was made empty for this import (openCountyDatabase's `create`): nothing of it stays.
    await undoSchema();
    throw new HostStartError(refusal);
  }

  // The export is read from a copy, brought to this program's schema as a host would bring it.
  const work = mkdtempSync(join(tmpdir(), 'desk-import-'));
  copyFileSync(join(from, DATABASE_FILE), join(work, DATABASE_FILE));
  const source = openDatabase(join(work, DATABASE_FILE), work);
  try {
    await migrateToLatest(source, join(work, 'backups'), clock.now());
    await migrateToLatest(target, join(work, 'backups'), clock.now());
    const counted = await copyRows(source, target, clock.now());
    const papers = copyPapers(join(from, 'documents'), papersDir);
    for (const [table, rows] of counted) {
      const found = await target.db.selectFrom(table as never).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      // The import's own audit entry is the one row the county has more of.
      const expected = table === 'audit_log' ? rows + 1 : rows;
      if (Number(found.n) !== expected) throw new HostStartError(MOVE_MSG.countsDiffer(table, expected, Number(found.n)));
    }
    const problems = await recordCheck(serviceContext(target.db, papersDir, clock), 'full');
    if (problems.length > 0) throw new HostStartError(MOVE_MSG.checkFailed(findingsReport(problems)));
    return { place: target.file, tables: counted.size, rows: [...counted.values()].reduce((a, b) => a + b, 0), papers };
  } catch (err) {
    await undoSchema();
    rmSync(papersDir, { recursive: true, force: true });
    throw err instanceof HostStartError ? err : new HostStartError(MOVE_MSG.failed(err instanceof Error ? err.message : String(err)));
  } finally {
    await closeDatabase(source);
    rmSync(work, { recursive: true, force: true });
  }
}

/** The tables of the centre's schema, as the server has them. */
async function tablesOf(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  return rows.map((r) => r.name);
}

/**
 * Copies every table in one transaction (taking the centre's write lock, so no host of it can write
 * meanwhile), all but the moved-away mark (here the centre is served), sets each identity column's
 * next value past the copied ids and audits the import at the end of the township's own chain.
 * Answers the rows copied per table.
 */
async function copyRows(source: OpenSqlite, target: OpenPostgres, at: Date): Promise<Map<string, number>> {
  const db = target.db as unknown as AnyDatabase;
  const tables = (await tablesOf(target.db)).filter((t) => !LEFT_BEHIND.has(t));
  const { rows: references } = await sql<TableReference>`
    select c.conrelid::regclass::text as "table", c.confrelid::regclass::text as refers
    from pg_constraint c where c.contype = 'f' and c.connamespace = current_schema()::regnamespace`.execute(db);
  const unquote = (name: string) => name.replace(/^"(.*)"$/, '$1');
  const refs = references.map((r) => ({ table: unquote(r.table), refers: unquote(r.refers) }));
  const selfColumns = await selfReferencingColumns(db);
  const { rows: identities } = await sql<{ table: string; column: string }>`
    select table_name as "table", column_name as "column" from information_schema.columns
    where table_schema = current_schema() and is_identity = 'YES'`.execute(db);
  const counted = new Map<string, number>();
  await target.db.transaction().execute(async (trx) => {
    const anyTable = trx as unknown as AnyDatabase;
    const order = copyOrder(tables, refs);
    // The migrations' own starting rows (the categories, the stations, the counters) give way to the
    // township's, which may have renamed or retired them. The audit log is still empty: nothing to clear.
    for (const table of [...order].reverse()) if (table !== 'audit_log') await anyTable.deleteFrom(table).execute();
    for (const table of order) counted.set(table, await copyTable(source, anyTable, table, selfColumns.get(table) ?? []));
    for (const { table, column } of identities) {
      await sql`select setval(pg_get_serial_sequence(${`"${table}"`}, ${column}), coalesce((select max(${sql.ref(column)}) from ${sql.table(table)}), 0) + 1, false)`.execute(trx);
    }
    await recordAudit(trx, at, { actorId: null, action: 'centre.imported', entity: 'setting', entityId: MOVED_KEY, detail: { place: target.file } });
  });
  return counted;
}

/** Columns that refer to their own table (a visitor merged into another): filled in once every row is there. */
async function selfReferencingColumns(db: AnyDatabase): Promise<Map<string, string[]>> {
  const { rows } = await sql<{ table: string; column: string }>`
    select c.conrelid::regclass::text as "table", a.attname as "column"
    from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
    where c.contype = 'f' and c.conrelid = c.confrelid and c.connamespace = current_schema()::regnamespace`.execute(db);
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const table = r.table.replace(/^"(.*)"$/, '$1');
    out.set(table, [...(out.get(table) ?? []), r.column]);
  }
  return out;
}

async function copyTable(source: OpenSqlite, trx: AnyDatabase, table: string, selfColumns: string[]): Promise<number> {
  const all = (source.sqlite.prepare(`select * from "${table}"`).all() as AnyRow[]).filter((row) => !(table === 'setting' && row.key === MOVED_KEY));
  if (all.length === 0) return 0;
  const later: { id: unknown; column: string; value: unknown }[] = [];
  const rows = all.map((row) => {
    const copy = { ...row };
    for (const column of selfColumns) {
      if (copy[column] != null) later.push({ id: copy.id, column, value: copy[column] });
      copy[column] = null;
    }
    return copy;
  });
  const perBatch = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += perBatch) await trx.insertInto(table).values(rows.slice(i, i + perBatch)).execute();
  for (const { id, column, value } of later) await trx.updateTable(table).set({ [column]: value }).where('id', '=', id).execute();
  return all.length;
}

/** The export's papers and pictures into the centre's papers folder; answers how many. */
function copyPapers(fromDir: string, toDir: string): number {
  const files = filesUnder(fromDir);
  for (const file of files) {
    const to = join(toDir, file);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(join(fromDir, file), to);
  }
  mkdirSync(toDir, { recursive: true });
  return files.length;
}
