import { sql, type Kysely } from 'kysely';
import { engineOf } from './engine';

/**
 * Where the schema cannot be said the same way on both engines, each difference once. Column
 * types and identity columns are translated on the way (`postgresSchema.ts`); what follows has no
 * translation.
 */

/** A unique index that takes `Admin` and `admin` for the same (SQLite: NOCASE collation; PostgreSQL: lower()). */
export async function uniqueIgnoringCase(db: Kysely<unknown>, index: string, table: string, column: string): Promise<void> {
  const on = engineOf(db) === 'postgres' ? sql`lower(${sql.ref(column)})` : sql`${sql.ref(column)} collate nocase`;
  await sql`create unique index ${sql.id(index)} on ${sql.table(table)} (${on})`.execute(db);
}

/** The database itself refuses to edit or delete a row of the table (the audit log). */
export async function appendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  const message = `${table} is append-only`;
  if (engineOf(db) === 'postgres') {
    await sql`create function ${sql.id(`${table}_refuse_change`)}() returns trigger language plpgsql as ${sql.lit(`begin raise exception '${message}'; end`)}`.execute(db);
    await sql`create trigger ${sql.id(`${table}_append_only`)} before update or delete on ${sql.table(table)} for each statement execute function ${sql.id(`${table}_refuse_change`)}()`.execute(db);
    return;
  }
  await sql`create trigger ${sql.id(`${table}_no_update`)} before update on ${sql.table(table)} begin select raise(abort, ${sql.lit(message)}); end`.execute(db);
  await sql`create trigger ${sql.id(`${table}_no_delete`)} before delete on ${sql.table(table)} begin select raise(abort, ${sql.lit(message)}); end`.execute(db);
}

/**
 * A statement that fills a new column or table from rows an older version wrote. Only a SQLite
 * file has such rows: a PostgreSQL database is always made empty, at the newest schema, by this
 * program (`desk init --database`, and `desk import` writes only once the schema is newest). The
 * backfills also use SQLite's own date functions, which PostgreSQL does not have.
 */
export async function backfill(db: Kysely<unknown>, statement: ReturnType<typeof sql>): Promise<void> {
  if (engineOf(db) === 'sqlite') await statement.execute(db);
}

/**
 * Widens a column's CHECK list. PostgreSQL alters the named constraint; SQLite cannot alter a CHECK,
 * so `rebuildTable` remakes the table under the wider definition.
 */
export async function widenCheck(db: Kysely<unknown>, table: string, column: string, oldList: string, newList: string, rebuildTable: (oldCheck: string, newCheck: string) => Promise<void>): Promise<void> {
  if (engineOf(db) === 'postgres') {
    // PostgreSQL names a column's CHECK <table>_<column>_check.
    const name = sql.id(`${table}_${column}_check`);
    await sql`alter table ${sql.table(table)} drop constraint ${name}, add constraint ${name} check (${sql.ref(column)} in (${sql.raw(newList)}))`.execute(db);
    return;
  }
  await rebuildTable(`${column} in (${oldList})`, `${column} in (${newList})`);
}
