import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { RETENTION_LABELS, type RetentionSettings } from '../../../shared/retention';
import { RETENTION_MSG } from '../../../shared/text/messages';
import type { Database } from '../../db/schema';
import { DeskError } from '../../domain/errors';
import { nameKeys } from '../../domain/nameKeys';
import { reducedName } from '../../domain/retention';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';
import { dropExpiredLooks } from '../viewLog/ageOut';
import { duePeople } from './due';
import { getRetention } from './retentionSettings';

/** What stands where a matter's own words were. */
export const LET_GO_TEXT = '（已过保存期限，详情已删除）';

/** What one 清理 let go of, kept with it and shown as its report. */
export interface PurgeReport {
  periods: RetentionSettings;
  /** The matters whose people's details were let go of, by code (a code names no one). */
  codes: string[];
}

type Party = { kind: 'person' | 'org'; name: string } & Record<string, unknown>;

/** A mediation party as it stays: the reduced name, nothing that finds the person. */
function letGoOfParty(p: Party): Party {
  if (p.kind === 'org') return p;
  return { ...p, name: reducedName(p.name), idNumber: '', phone: '', address: '', occupation: '', age: null };
}

/** Lets go of one person's details and their matters' words, keeping every figure and number. */
async function letGoOf(trx: Kysely<Database>, visitorId: number, at: string): Promise<{ matters: number; papers: string[]; pictures: string[] }> {
  const v = await trx.selectFrom('visitor').select('name').where('id', '=', visitorId).executeTakeFirstOrThrow();
  const name = reducedName(v.name);
  const keys = nameKeys(name);
  await trx
    .updateTable('visitor')
    .set({ name, name_pinyin: keys.pinyin, name_initials: keys.initials, id_number: null, no_id_reason: '', phone: '', address_text: '', birth_date: null, anonymised_at: at, updated_at: at })
    .where('id', '=', visitorId)
    .execute();
  await trx.deleteFrom('visitor_photo').where('visitor_id', '=', visitorId).execute();
  const matterIds = (await trx.selectFrom('matter').select('id').where('visitor_id', '=', visitorId).execute()).map((m) => m.id);
  if (matterIds.length === 0) return { matters: 0, papers: [], pictures: [] };
  await trx.updateTable('matter').set({ content: LET_GO_TEXT }).where('id', 'in', matterIds).execute();
  await trx.updateTable('matter_event').set({ note: '' }).where('matter_id', 'in', matterIds).execute();
  await trx.updateTable('referral').set({ result_text: '' }).where('matter_id', 'in', matterIds).execute();
  await trx.updateTable('grid_report').set({ party_name: name, party_phone: '', content: LET_GO_TEXT }).where('matter_id', 'in', matterIds).execute();
  for (const m of await trx.selectFrom('mediation').select(['id', 'parties']).where('matter_id', 'in', matterIds).execute()) {
    // The file's figures stay (source, amount, performance, days); its words and the parties' details go.
    await trx
      .updateTable('mediation')
      .set({ parties: JSON.stringify((JSON.parse(m.parties) as Party[]).map(letGoOfParty)), facts: LET_GO_TEXT, clauses: '[]', requests: '[]', responsibility: '', participants: '', investigations: '[]', record: '', place: '' })
      .where('id', '=', m.id)
      .execute();
  }
  // The papers keep their numbers, kinds, days and SHA-256 (the paper trail); their PDFs, which name
  // the person, are deleted once the transaction has committed.
  const papers = await trx.selectFrom('document').select('file').where('matter_id', 'in', matterIds).where('file', 'is not', null).execute();
  await trx.updateTable('document').set({ file: null }).where('matter_id', 'in', matterIds).execute();
  const pictures = await trx.selectFrom('material').select('file').where('matter_id', 'in', matterIds).execute();
  await trx.deleteFrom('material').where('matter_id', 'in', matterIds).execute();
  return { matters: matterIds.length, papers: papers.map((p) => p.file!), pictures: pictures.map((p) => p.file) };
}

/**
 * 清理: a supervisor confirms the people of the due list. Each is checked again in the transaction
 * (a list shown an hour ago may have changed: a new visit, a hold); if any is no longer due nothing
 * is done. The 查阅记录 older than its period goes too. The purge is recorded and audited; the files
 * are deleted after the commit.
 */
export async function purgeDue(ctx: ServiceContext, actor: Actor, visitorIds: number[]): Promise<{ purgeId: number; visitors: number; matters: number; papers: number; looks: number }> {
  const now = ctx.clock.now();
  const at = now.toISOString();
  const periods = await getRetention(ctx);
  await ctx.views.flush();
  const result = await ctx.db.transaction().execute(async (trx) => {
    const wanted = [...new Set(visitorIds)];
    const { people } = await duePeople(trx, periods, now, wanted);
    if (people.length !== wanted.length) throw new DeskError('conflict', RETENTION_MSG.listChanged(wanted.length - people.length));
    const files: string[] = [];
    const codes: string[] = [];
    let matters = 0;
    let papers = 0;
    for (const p of people) {
      const gone = await letGoOf(trx, p.visitorId, at);
      files.push(...gone.papers, ...gone.pictures);
      matters += gone.matters;
      papers += gone.papers.length;
      codes.push(...p.matters.map((m) => m.code));
    }
    const { looks } = await dropExpiredLooks(trx, now, periods.viewLogMonths);
    const report: PurgeReport = { periods, codes };
    const { id } = await trx
      .insertInto('purge')
      .values({ at, by_user: actor.userId, visitors: people.length, matters, papers, looks, report: JSON.stringify(report) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, now, {
      actorId: actor.userId,
      action: 'retention.purge',
      entity: 'purge',
      entityId: id,
      detail: { visitors: people.length, matters, papers, looks, periods: Object.fromEntries(Object.entries(periods.years).map(([k, y]) => [RETENTION_LABELS[k as keyof typeof RETENTION_LABELS], y])) },
    });
    return { purgeId: id, visitors: people.length, matters, papers, looks, files };
  });
  await Promise.all(result.files.map((f) => rm(join(ctx.documentsDir, f), { force: true })));
  ctx.events.publish({ type: 'visits.changed' });
  return { purgeId: result.purgeId, visitors: result.visitors, matters: result.matters, papers: result.papers, looks: result.looks };
}

/** The 清理 done so far, newest first, as their reports. */
export async function purges(ctx: ServiceContext) {
  const rows = await ctx.db
    .selectFrom('purge')
    .innerJoin('user', 'user.id', 'purge.by_user')
    .select(['purge.id', 'purge.at', 'user.display_name as by', 'purge.visitors', 'purge.matters', 'purge.papers', 'purge.looks', 'purge.report'])
    .orderBy('purge.id', 'desc')
    .limit(100)
    .execute();
  return rows.map(({ report, ...r }) => ({ ...r, codes: (JSON.parse(report) as PurgeReport).codes }));
}
