import type { Kysely } from 'kysely';

/**
 * 研判会: a joint assessment meeting (its date, place, chair, who attended, the discussion) and, per
 * matter assessed, the decision, the responsible station and the day it is due. The 研判记录 is a
 * numbered paper like every other: a document may now belong to a meeting.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('assessment_meeting')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('chair', 'text', (c) => c.notNull())
    .addColumn('attendees', 'text', (c) => c.notNull())
    .addColumn('discussion', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('assessment_meeting_held_on').on('assessment_meeting').column('held_on').execute();
  await db.schema
    .createTable('assessment_decision')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('assessment_meeting.id'))
    .addColumn('matter_id', 'integer', (c) => c.notNull().references('matter.id'))
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('station_id', 'integer', (c) => c.references('station.id'))
    .addColumn('due_on', 'text')
    .execute();
  await db.schema.createIndex('assessment_decision_matter').on('assessment_decision').column('matter_id').execute();
  await db.schema.alterTable('document').addColumn('meeting_id', 'integer').execute();
}
