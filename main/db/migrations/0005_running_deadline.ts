import { sql, type Kysely } from 'kysely';

/**
 * The deadline of matters whose clock is running (referred or being handled; not suspended), in a
 * column of its own: "overdue" and "due soon" become one ordered index range, fast at any size.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table matter add column running_deadline text`.execute(db);
  await sql`update matter set running_deadline = deadline where status in ('referred', 'in_progress')`.execute(db);
  await sql`create index matter_running_deadline on matter (running_deadline) where running_deadline is not null`.execute(db);
  await sql`create index matter_station_running_deadline on matter (station_id, running_deadline) where running_deadline is not null`.execute(db);
}
