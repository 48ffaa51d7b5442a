import type { Kysely } from 'kysely';
import type { HolidayArrangement } from '../../domain/holidays';
import { workCalendar, type WorkCalendar } from '../../domain/workdays';
import type { Database } from '../../db/schema';

/** The notices the admin entered (设置 · 节假日), oldest year first. */
export async function enteredArrangements(db: Kysely<Database>): Promise<HolidayArrangement[]> {
  const rows = await db.selectFrom('holiday_arrangement').selectAll().orderBy('year').execute();
  return rows.map((r) => ({ year: r.year, offDays: JSON.parse(r.off_days) as string[], workDays: JSON.parse(r.work_days) as string[] }));
}

/** The centre's working days now: read per request (a handful of rows), so an entered notice counts at once. */
export async function loadWorkCalendar(db: Kysely<Database>): Promise<WorkCalendar> {
  return workCalendar(await enteredArrangements(db));
}
