import { sql, type RawBuilder } from 'kysely';
import { engineOf, type OnEngine } from './engine';

/**
 * Where a query cannot be said the same way on both engines, each difference once. The columns
 * are text on both (JSON kept as text, as SQLite has it); PostgreSQL reads them as jsonb here.
 */

/**
 * `column` begins with `prefix`, in a form each engine answers from its index: SQLite's GLOB (its
 * LIKE ignores case and scans), PostgreSQL's LIKE (on a database of collation C, as the county's is
 * made, a plain b-tree index serves it). The pattern's own wildcards are taken literally.
 */
export function startsWith(db: OnEngine, column: string, prefix: string): RawBuilder<boolean> {
  if (engineOf(db) === 'postgres') return sql<boolean>`${sql.ref(column)} like ${prefix.replace(/[\\%_]/g, '\\$&') + '%'}`;
  return sql<boolean>`${sql.ref(column)} glob ${prefix.replace(/[*?[\]]/g, '[$&]') + '*'}`;
}

/** Whether the JSON array of numbers in `column` holds `value` (a referral's helping stations). */
export function jsonArrayHas(db: OnEngine, column: string, value: number): RawBuilder<boolean> {
  if (engineOf(db) === 'postgres') return sql<boolean>`(${sql.ref(column)})::jsonb @> ${JSON.stringify([value])}::jsonb`;
  return sql<boolean>`exists (select 1 from json_each(${sql.ref(column)}) where value = ${value})`;
}

/** One text field of the JSON object in `column` (null when absent); the field is written into the SQL, so the same expression may stand in GROUP BY. */
export function jsonText(db: OnEngine, column: string, field: string): RawBuilder<string | null> {
  if (engineOf(db) === 'postgres') return sql<string | null>`((${sql.ref(column)})::jsonb ->> ${sql.lit(field)})`;
  return sql<string | null>`json_extract(${sql.ref(column)}, ${sql.lit(`$.${field}`)})`;
}

/** How many objects of the JSON array in `column` have `field` equal to `value` (a mediation's parties who are persons). */
export function jsonArrayCount(db: OnEngine, column: string, field: string, value: string): RawBuilder<number> {
  if (engineOf(db) === 'postgres') return sql<number>`(select count(*) from jsonb_array_elements((${sql.ref(column)})::jsonb) as e(value) where e.value ->> ${sql.lit(field)} = ${value})`;
  return sql<number>`(select count(*) from json_each(${sql.ref(column)}) where json_extract(value, ${sql.lit(`$.${field}`)}) = ${value})`;
}

/** The China day (YYYY-MM-DD) of an ISO time kept as text. */
export function chinaDayOf(db: OnEngine, column: string): RawBuilder<string> {
  if (engineOf(db) === 'postgres') return sql<string>`to_char((${sql.ref(column)})::timestamptz at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;
  return sql<string>`date(${sql.ref(column)}, '+8 hours')`;
}

/** Days, with their fraction, from one ISO time kept as text to another. */
export function daysBetween(db: OnEngine, from: string, to: string): RawBuilder<number> {
  if (engineOf(db) === 'postgres') return sql<number>`(extract(epoch from (${sql.ref(to)})::timestamptz - (${sql.ref(from)})::timestamptz) / 86400.0)`;
  return sql<number>`(julianday(${sql.ref(to)}) - julianday(${sql.ref(from)}))`;
}
