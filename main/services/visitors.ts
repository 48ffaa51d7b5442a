import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import { parseCode } from '../../shared/codes';
import { checkIdNumber, maskIdNumber } from '../../shared/identity/idNumber';
import { checkPhone, maskPhone } from '../../shared/identity/phone';
import type { personInput } from '../../shared/schemas/visit';
import { VISIT_MSG } from '../../shared/text/messages';
import { chinaDay } from '../../shared/time';
import type { IdType, MatterStatus } from '../../shared/visit';
import { DeskError } from '../domain/errors';
import { nameKeys } from '../domain/nameKeys';
import { followMerges } from './visitorMerge/follow';
import type { Database, VisitorTable } from '../db/schema';
import { recordAudit } from './audit';
import type { Actor, ServiceContext } from './context';
import { startsWith } from '../db/engine/queryDifferences';

type Person = z.output<typeof personInput>;

export interface MatterBrief {
  id: number;
  code: string;
  categoryName: string;
  status: MatterStatus;
  content: string;
  openedAt: string;
  visitCount: number;
  /** The station the matter went to (none while at the centre or after a return). */
  stationName: string | null;
}

export interface VisitorSummary {
  id: number;
  name: string;
  sex: 'M' | 'F' | null;
  /**
   * The year only: a whole birth date beside the masked number (first 4, last 4) and the check
   * character would leave one real number more than half the time.
   */
  birthYear: number | null;
  idType: IdType;
  maskedId: string;
  maskedPhone: string;
  ethnicity: string | null;
  addressCode: string | null;
  addressText: string;
  visitCount: number;
  lastVisitAt: string;
  matters: MatterBrief[];
  /** The record this one was merged into (合并), or null. */
  mergedInto: number | null;
}

const LOOKUP_LIMIT = 20;
const MATTERS_PER_VISITOR = 5;

/** The person record as the form sends it, with sex and birth date taken from a resident ID. */
function personFields(p: Person, now: Date) {
  let { sex, birthDate } = p;
  let idNumber: string | null = p.idNumber === '' ? null : p.idNumber.toUpperCase();
  if (p.idType === 'resident' && idNumber) {
    const check = checkIdNumber(idNumber, chinaDay(now));
    if (check.ok) ({ sex, birthDate, normalized: idNumber } = check);
  }
  const phone = p.phone === '' ? '' : checkPhone(p.phone).normalized;
  return { ...nameKeys(p.name), name: p.name, idNumber, sex, birthDate, phone };
}

/**
 * Finds or creates the visitor of a registration and brings the record up to date: a picked
 * visitor by id, else a resident by ID number, else a new person. Changes are audited.
 */
export async function upsertVisitor(trx: Kysely<Database>, actor: Actor, p: Person, now: Date): Promise<number> {
  const f = personFields(p, now);
  const at = now.toISOString();
  let existing: Selectable<VisitorTable> | undefined;
  if (p.visitorId !== null) {
    existing = await trx.selectFrom('visitor').selectAll().where('id', '=', p.visitorId).executeTakeFirst();
    if (!existing) throw new DeskError('not_found', VISIT_MSG.visitorNotFound);
  } else if (p.idType === 'resident' && f.idNumber) {
    existing = await trx.selectFrom('visitor').selectAll().where('id_type', '=', 'resident').where('id_number', '=', f.idNumber).executeTakeFirst();
  }
  // A merged record (picked in a window opened before the merge, or found by its old number) stands
  // for the record it was merged into: the visit goes there.
  if (existing?.merged_into != null) {
    const [inUse] = await followMerges(trx, [existing.id]);
    existing = await trx.selectFrom('visitor').selectAll().where('id', '=', inUse!).executeTakeFirstOrThrow();
  }
  if (!existing) {
    const row = await trx
      .insertInto('visitor')
      .values({
        name: f.name,
        name_pinyin: f.pinyin,
        name_initials: f.initials,
        id_type: p.idType,
        id_number: f.idNumber,
        no_id_reason: p.noIdReason,
        sex: f.sex,
        birth_date: f.birthDate,
        ethnicity: p.ethnicity,
        phone: f.phone,
        address_code: p.addressCode,
        address_text: p.addressText,
        visit_count: 1,
        last_visit_at: at,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, now, { actorId: actor.userId, action: 'visitor.create', entity: 'visitor', entityId: row.id, detail: { name: f.name } });
    return row.id;
  }
  // What the clerk typed now wins; what was left empty keeps the record's value.
  const update = {
    name: f.name,
    name_pinyin: f.pinyin,
    name_initials: f.initials,
    id_type: f.idNumber ? p.idType : existing.id_type,
    id_number: f.idNumber ?? existing.id_number,
    sex: f.sex ?? existing.sex,
    birth_date: f.birthDate ?? existing.birth_date,
    ethnicity: p.ethnicity ?? existing.ethnicity,
    phone: f.phone || existing.phone,
    address_code: p.addressCode ?? existing.address_code,
    address_text: p.addressText || existing.address_text,
  };
  if (update.id_type === 'resident' && update.id_number && update.id_number !== existing.id_number) {
    const owner = await trx.selectFrom('visitor').select('id').where('id_type', '=', 'resident').where('id_number', '=', update.id_number).executeTakeFirst();
    if (owner && owner.id !== existing.id) throw new DeskError('conflict', VISIT_MSG.idTaken(maskIdNumber(update.id_number)));
  }
  const changed = Object.fromEntries(
    Object.entries(update).filter(([k, v]) => existing[k as keyof typeof existing] !== v && !k.startsWith('name_')),
  );
  await trx
    .updateTable('visitor')
    .set({ ...update, visit_count: sql`visit_count + 1`, last_visit_at: at, updated_at: at })
    .where('id', '=', existing.id)
    .execute();
  if (Object.keys(changed).length > 0) {
    const before = Object.fromEntries(Object.keys(changed).map((k) => [k, existing[k as keyof typeof existing]]));
    await recordAudit(trx, now, { actorId: actor.userId, action: 'visitor.update', entity: 'visitor', entityId: existing.id, detail: { before, after: changed } });
  }
  return existing.id;
}

/** Visitors whose ids are given, newest visit first, each with their latest matters. */
async function summaries(db: Kysely<Database>, ids: number[]): Promise<VisitorSummary[]> {
  if (ids.length === 0) return [];
  const people = await db.selectFrom('visitor').selectAll().where('id', 'in', ids).orderBy('last_visit_at', 'desc').execute();
  const matters = await db
    .selectFrom('matter')
    .innerJoin('category', 'category.id', 'matter.category_id')
    .leftJoin('station', 'station.id', 'matter.station_id')
    .select(['matter.id', 'matter.code', 'matter.visitor_id', 'matter.status', 'matter.content', 'matter.created_at', 'matter.visit_count', 'category.name as categoryName', 'station.name as stationName'])
    .where('matter.visitor_id', 'in', ids)
    .orderBy('matter.id', 'desc')
    .execute();
  return people.map((v) => ({
    id: v.id,
    name: v.name,
    sex: v.sex,
    birthYear: v.birth_date ? Number(v.birth_date.slice(0, 4)) : null,
    idType: v.id_type,
    maskedId: v.id_number ? maskIdNumber(v.id_number) : '',
    maskedPhone: v.phone ? maskPhone(v.phone) : '',
    ethnicity: v.ethnicity,
    addressCode: v.address_code,
    addressText: v.address_text,
    visitCount: v.visit_count,
    lastVisitAt: v.last_visit_at,
    mergedInto: v.merged_into,
    matters: matters
      .filter((m) => m.visitor_id === v.id)
      .slice(0, MATTERS_PER_VISITOR)
      .map((m) => ({ id: m.id, code: m.code, categoryName: m.categoryName, status: m.status, content: m.content, openedAt: m.created_at, visitCount: m.visit_count, stationName: m.stationName })),
  }));
}

/** Ids of visitors matching one indexed key: exact matches first, then prefixes (from the index, on either engine). */
async function idsByKey(db: Kysely<Database>, column: 'id_number' | 'phone' | 'name_initials' | 'name_pinyin' | 'name', value: string): Promise<number[]> {
  const base = () => {
    let q = db.selectFrom('visitor').select('id');
    if (column === 'id_number') q = q.where('id_type', '=', 'resident');
    return q;
  };
  const exact = await base().where(column, '=', value).orderBy('last_visit_at', 'desc').limit(LOOKUP_LIMIT).execute();
  if (exact.length >= LOOKUP_LIMIT) return exact.map((r) => r.id);
  const prefix = await base()
    .where(startsWith(db, column, value))
    .where(column, '!=', value)
    .orderBy('last_visit_at', 'desc')
    .limit(LOOKUP_LIMIT - exact.length)
    .execute();
  return [...exact, ...prefix].map((r) => r.id);
}

/**
 * 查找: by the code on a receipt, an ID number, a phone, a name, or its pinyin or initials.
 * Returns the matching visitors with their latest matters, newest visit first.
 */
export async function lookupVisitors(ctx: ServiceContext, query: string): Promise<VisitorSummary[]> {
  const q = query.trim();
  const code = parseCode(q);
  if (code) {
    const ids =
      code.kind === 'matter'
        ? await ctx.db.selectFrom('matter').select('visitor_id as id').where('code', '=', code.code).execute()
        : await ctx.db.selectFrom('visit_visitor').innerJoin('visit', 'visit.id', 'visit_visitor.visit_id').select('visitor_id as id').where('visit.visit_no', '=', code.code).execute();
    return summaries(ctx.db, await followMerges(ctx.db, ids.map((r) => r.id)));
  }
  let ids: number[] = [];
  const digits = q.replace(/[\s-]/g, '');
  if (/^\d{3,17}[\dXx]?$/.test(digits)) {
    // An old 15-digit number finds the person kept under its 18-digit form.
    const old = digits.length === 15 ? checkIdNumber(digits, chinaDay(ctx.clock.now())) : null;
    const idKey = old?.ok ? old.normalized : digits.toUpperCase();
    const [byId, byPhone] = await Promise.all([idsByKey(ctx.db, 'id_number', idKey), idsByKey(ctx.db, 'phone', digits)]);
    ids = [...new Set([...byId, ...byPhone])];
  } else if (/^[a-zA-Z]+$/.test(q)) {
    const lower = q.toLowerCase();
    const [byInitials, byPinyin] = await Promise.all([idsByKey(ctx.db, 'name_initials', lower), lower.length >= 2 ? idsByKey(ctx.db, 'name_pinyin', lower) : []]);
    ids = [...new Set([...byInitials, ...byPinyin])];
  } else {
    ids = await idsByKey(ctx.db, 'name', q);
  }
  return summaries(ctx.db, (await followMerges(ctx.db, ids)).slice(0, LOOKUP_LIMIT));
}

export async function getVisitor(ctx: ServiceContext, id: number): Promise<VisitorSummary> {
  const [found] = await summaries(ctx.db, [id]);
  if (!found) throw new DeskError('not_found', VISIT_MSG.visitorNotFound);
  return found;
}

/** The whole ID number, for roles that need it; every look is written to the audit log. */
export async function revealIdNumber(ctx: ServiceContext, actor: Actor, visitorId: number, purpose: string): Promise<string> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('visitor').select(['id_number']).where('id', '=', visitorId).executeTakeFirst();
    if (!row) throw new DeskError('not_found', VISIT_MSG.visitorNotFound);
    await recordAudit(trx, ctx.clock.now(), { actorId: actor.userId, action: 'visitor.reveal_id', entity: 'visitor', entityId: visitorId, detail: { purpose } });
    return row.id_number ?? '';
  });
}

/** The ID card photo kept with a visitor (where the centre keeps them), for the desk; every look is audited. */
export async function visitorPhoto(ctx: ServiceContext, actor: Actor, visitorId: number): Promise<string | null> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('visitor_photo').select('photo').where('visitor_id', '=', visitorId).executeTakeFirst();
    if (!row) return null;
    await recordAudit(trx, ctx.clock.now(), { actorId: actor.userId, action: 'visitor.view_photo', entity: 'visitor', entityId: visitorId });
    return `data:image/bmp;base64,${Buffer.from(row.photo).toString('base64')}`;
  });
}

/** The whole phone of a matter's visitor, for whoever must call them; every look is audited with the matter. */
export async function revealPhone(ctx: ServiceContext, actor: Actor, visitorId: number, matterId: number): Promise<string> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('visitor').select(['phone']).where('id', '=', visitorId).executeTakeFirst();
    if (!row) throw new DeskError('not_found', VISIT_MSG.visitorNotFound);
    await recordAudit(trx, ctx.clock.now(), { actorId: actor.userId, action: 'visitor.reveal_phone', entity: 'visitor', entityId: visitorId, detail: { matterId } });
    return row.phone;
  });
}

/** The people registered on a visit (a collective visit's representatives), in the order typed. */
export async function visitNames(ctx: ServiceContext, visitId: number): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('visit_visitor')
    .innerJoin('visitor', 'visitor.id', 'visit_visitor.visitor_id')
    .select('visitor.name')
    .where('visit_visitor.visit_id', '=', visitId)
    .orderBy('visit_visitor.position')
    .execute();
  return rows.map((r) => r.name);
}
