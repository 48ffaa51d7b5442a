import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Attendance } from '../../shared/attendance';
import type { Database } from '../db/schema';
import type { centreInput, counterInput, stationInput, updateCounterInput, updateStationInput } from '../../shared/schemas/admin';
import { CENTRE_MSG, MSG } from '../../shared/text/messages';
import { DeskError } from '../domain/errors';
import { recordAudit } from './audit';
import { ensureCentreUser } from './centres/centreUser';
import { linkRefusal, parseCentreArea } from '../domain/centreArea';
import type { Actor, ServiceContext } from './context';

/** Writes one setting (kept as JSON) inside the caller's transaction, beside its audit entry. */
export async function putSetting(trx: Kysely<Database>, key: string, value: unknown): Promise<void> {
  const json = JSON.stringify(value);
  await trx
    .insertInto('setting')
    .values({ key, value: json })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
    .execute();
}

/** One setting's value, or null when it was never set. */
export async function readSetting<T>(db: Kysely<Database>, key: string): Promise<T | null> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value) as T) : null;
}

export type CentreSettings = z.infer<typeof centreInput>;

const CENTRE_KEYS: Record<keyof CentreSettings, string> = {
  centreName: 'centre.name',
  followUpPhone: 'centre.follow_up_phone',
  countyCode: 'centre.county_code',
};

export async function getCentre(ctx: Pick<ServiceContext, 'db'>): Promise<CentreSettings> {
  const rows = await ctx.db.selectFrom('setting').selectAll().where('key', 'in', Object.values(CENTRE_KEYS)).execute();
  const value = (key: string) => {
    const row = rows.find((r) => r.key === key);
    return row ? (JSON.parse(row.value) as string) : '';
  };
  return {
    centreName: value(CENTRE_KEYS.centreName),
    followUpPhone: value(CENTRE_KEYS.followUpPhone),
    countyCode: value(CENTRE_KEYS.countyCode),
  };
}

export async function updateCentre(ctx: ServiceContext, actor: Actor | null, input: z.infer<typeof centreInput>): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getCentre({ ...ctx, db: trx });
    for (const [field, key] of Object.entries(CENTRE_KEYS) as [keyof CentreSettings, string][]) {
      await putSetting(trx, key, input[field]);
    }
    await recordAudit(trx, ctx.clock.now(), { actorId: actor?.userId ?? null, action: 'centre.update', entity: 'setting', detail: { before, after: input } });
  });
  ctx.events.publish({ type: 'settings.changed' });
}

export interface CounterView {
  id: number;
  name: string;
  active: boolean;
  receiptPrinter: string;
  a4Printer: string;
}

const COUNTER_COLUMNS = ['id', 'name', 'active', 'receipt_printer as receiptPrinter', 'a4_printer as a4Printer'] as const;

export async function listCounters(ctx: ServiceContext, onlyActive = false): Promise<CounterView[]> {
  let q = ctx.db.selectFrom('counter').select(COUNTER_COLUMNS).orderBy('sort').orderBy('id');
  if (onlyActive) q = q.where('active', '=', 1);
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, active: r.active === 1 }));
}

export async function getCounter(ctx: ServiceContext, id: number): Promise<CounterView> {
  const row = await ctx.db.selectFrom('counter').select(COUNTER_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw new DeskError('not_found', MSG.counterNotFound);
  return { ...row, active: row.active === 1 };
}

async function assertUniqueName(ctx: ServiceContext, table: 'counter' | 'station', name: string, exceptId: number | null) {
  let q = ctx.db.selectFrom(table).select('id').where('name', '=', name);
  if (exceptId !== null) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) {
    throw new DeskError('conflict', table === 'counter' ? MSG.counterNameTaken(name) : MSG.stationNameTaken(name));
  }
}

export async function saveCounter(
  ctx: ServiceContext,
  actor: Actor | null,
  input: z.infer<typeof counterInput> | z.infer<typeof updateCounterInput>,
): Promise<CounterView> {
  const id = 'id' in input ? input.id : null;
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    await assertUniqueName(tctx, 'counter', input.name, id);
    const values = { name: input.name, active: input.active ? 1 : 0, receipt_printer: input.receiptPrinter, a4_printer: input.a4Printer };
    let counterId: number;
    if (id === null) {
      const row = await trx.insertInto('counter').values({ ...values, sort: 0 }).returning('id').executeTakeFirstOrThrow();
      counterId = row.id;
    } else {
      await getCounter(tctx, id);
      await trx.updateTable('counter').set(values).where('id', '=', id).execute();
      counterId = id;
    }
    await recordAudit(trx, ctx.clock.now(), { actorId: actor?.userId ?? null, action: id === null ? 'counter.create' : 'counter.update', entity: 'counter', entityId: counterId, detail: values });
    return getCounter(tctx, counterId);
  });
  ctx.events.publish({ type: 'settings.changed' });
  return saved;
}

export interface StationView {
  id: number;
  name: string;
  kind: z.infer<typeof stationInput>['kind'];
  phone: string;
  active: boolean;
  shortName: string;
  attendance: Attendance;
  rotationDays: number[];
  contactPerson: string;
  /** The other centre of the county this station is (上报 / 下派 go to it), or ''. */
  centreArea: string;
}

const STATION_COLUMNS = ['id', 'name', 'kind', 'phone', 'active', 'short_name as shortName', 'attendance', 'rotation_days', 'contact_person as contactPerson', 'centre_area'] as const;

function toStationView({ rotation_days, centre_area, ...r }: { rotation_days: string; active: number; centre_area: string | null } & Omit<StationView, 'active' | 'rotationDays' | 'centreArea'>): StationView {
  return { ...r, active: r.active === 1, rotationDays: JSON.parse(rotation_days) as number[], centreArea: centre_area ?? '' };
}

export async function listStations(ctx: ServiceContext, onlyActive = false): Promise<StationView[]> {
  let q = ctx.db.selectFrom('station').select(STATION_COLUMNS).orderBy('sort').orderBy('id');
  if (onlyActive) q = q.where('active', '=', 1);
  const rows = await q.execute();
  return rows.map(toStationView);
}

export async function getStation(ctx: ServiceContext, id: number): Promise<StationView> {
  const row = await ctx.db.selectFrom('station').select(STATION_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw new DeskError('not_found', MSG.stationNotFound);
  return toStationView(row);
}

/** A station that is another centre: this centre's own county or one of its townships, and there in the database. */
async function checkCentreLink(ctx: ServiceContext, text: string): Promise<void> {
  const area = parseCentreArea(text);
  const refusal = area ? linkRefusal(ctx.county?.area ?? null, area) : CENTRE_MSG.badLink(text);
  if (refusal) throw new DeskError('bad_input', refusal);
  await ctx.county!.centre(area!);
}

export async function saveStation(
  ctx: ServiceContext,
  actor: Actor | null,
  input: z.infer<typeof stationInput> | z.infer<typeof updateStationInput>,
): Promise<StationView> {
  const id = 'id' in input ? input.id : null;
  if (input.centreArea !== '') await checkCentreLink(ctx, input.centreArea);
  const saved = await ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    await assertUniqueName(tctx, 'station', input.name, id);
    const values = {
      name: input.name,
      kind: input.kind,
      phone: input.phone,
      active: input.active ? 1 : 0,
      short_name: input.shortName,
      attendance: input.attendance,
      // Only a 轮驻 station keeps its weekdays: a pattern changed back does not leave stale days behind.
      rotation_days: JSON.stringify(input.attendance === 'rotating' ? [...new Set(input.rotationDays)].sort((a, b) => a - b) : []),
      contact_person: input.contactPerson,
      centre_area: input.centreArea === '' ? null : input.centreArea,
    };
    let stationId: number;
    if (id === null) {
      const row = await trx.insertInto('station').values({ ...values, sort: 0 }).returning('id').executeTakeFirstOrThrow();
      stationId = row.id;
    } else {
      await getStation(tctx, id);
      await trx.updateTable('station').set(values).where('id', '=', id).execute();
      stationId = id;
    }
    if (values.centre_area) await ensureCentreUser(trx, stationId, values.centre_area, values.name, ctx.clock.now().toISOString());
    await recordAudit(trx, ctx.clock.now(), { actorId: actor?.userId ?? null, action: id === null ? 'station.create' : 'station.update', entity: 'station', entityId: stationId, detail: values });
    return getStation(tctx, stationId);
  });
  ctx.events.publish({ type: 'settings.changed' });
  return saved;
}
