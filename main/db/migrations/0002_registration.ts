import { sql, type Kysely } from 'kysely';
import { DEFAULT_CATEGORIES } from '../../domain/defaults';

/** Categories, visitors, visits, matters, and the serial numbers they are given. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('category')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('time_limit_days', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('serial')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('last', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('serial_pk', ['kind', 'period'])
    .execute();

  await db.schema
    .createTable('visitor')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_pinyin', 'text', (c) => c.notNull())
    .addColumn('name_initials', 'text', (c) => c.notNull())
    .addColumn('id_type', 'text', (c) => c.notNull())
    .addColumn('id_number', 'text')
    .addColumn('no_id_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sex', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('ethnicity', 'text')
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('address_code', 'text')
    .addColumn('address_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('visit_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_visit_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One person per resident ID; prefix look-ups use GLOB on these indexes (LIKE would scan).
  await sql`create unique index visitor_resident_id on visitor (id_number) where id_type = 'resident'`.execute(db);
  await sql`create index visitor_other_id on visitor (id_number) where id_type != 'resident'`.execute(db);
  await db.schema.createIndex('visitor_phone').on('visitor').columns(['phone', 'last_visit_at']).execute();
  await db.schema.createIndex('visitor_initials').on('visitor').columns(['name_initials', 'last_visit_at']).execute();
  await db.schema.createIndex('visitor_pinyin').on('visitor').columns(['name_pinyin', 'last_visit_at']).execute();
  await db.schema.createIndex('visitor_name').on('visitor').columns(['name', 'last_visit_at']).execute();

  await db.schema
    .createTable('visit')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('visit_no', 'text', (c) => c.notNull().unique())
    .addColumn('counter_id', 'integer', (c) => c.references('counter.id'))
    .addColumn('clerk_id', 'integer', (c) => c.notNull().references('user.id'))
    .addColumn('business_day', 'text', (c) => c.notNull())
    .addColumn('visited_at', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('headcount', 'integer', (c) => c.notNull())
    .addColumn('is_collective', 'integer', (c) => c.notNull())
    .addColumn('is_proxy', 'integer', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visit_counter_day').on('visit').columns(['counter_id', 'business_day']).execute();
  await db.schema.createIndex('visit_day').on('visit').column('business_day').execute();

  await db.schema
    .createTable('visit_visitor')
    .addColumn('visit_id', 'integer', (c) => c.notNull().references('visit.id'))
    .addColumn('visitor_id', 'integer', (c) => c.notNull().references('visitor.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('visit_visitor_pk', ['visit_id', 'visitor_id'])
    .execute();
  await db.schema.createIndex('visit_visitor_visitor').on('visit_visitor').columns(['visitor_id', 'visit_id']).execute();

  await db.schema
    .createTable('matter')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('category_id', 'integer', (c) => c.notNull().references('category.id'))
    .addColumn('visitor_id', 'integer', (c) => c.notNull().references('visitor.id'))
    .addColumn('opened_visit_id', 'integer', (c) => c.notNull().references('visit.id'))
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decline_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decline_channel', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('visit_count', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('matter_visitor').on('matter').columns(['visitor_id', 'id']).execute();
  await db.schema.createIndex('matter_status').on('matter').columns(['status', 'id']).execute();

  await db.schema
    .createTable('matter_visit')
    .addColumn('matter_id', 'integer', (c) => c.notNull().references('matter.id'))
    .addColumn('visit_id', 'integer', (c) => c.notNull().references('visit.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('opened','repeat')`))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('matter_visit_pk', ['matter_id', 'visit_id'])
    .execute();
  await db.schema.createIndex('matter_visit_visit').on('matter_visit').column('visit_id').execute();

  for (const [sort, c] of DEFAULT_CATEGORIES.entries()) {
    await sql`insert into category (name, kind, time_limit_days, active, sort) values (${c.name}, ${c.kind}, ${c.timeLimitDays}, 1, ${sort})`.execute(db);
  }
}
