import { sql } from 'kysely';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { VERIFY_MSG } from '../../../shared/text/messages';
import { engineOf } from '../../db/engine/engine';
import { verifyAuditChain } from '../audit';
import type { ServiceContext } from '../context';
import type { DaySnapshot } from '../dayClose';

/** One thing found wrong: where (table and row) and what, in Chinese. */
export interface Finding {
  table: string;
  row: string | null;
  problem: string;
}

type Ctx = Pick<ServiceContext, 'db' | 'documentsDir'>;

async function integrity(ctx: Ctx, quick: boolean): Promise<Finding[]> {
  // A county's PostgreSQL server keeps its own pages (and its DBA their checks) and enforces every
  // foreign key as it writes: there is no file of ours to check page by page.
  if (engineOf(ctx.db) === 'postgres') return [];
  const check = quick ? sql<Record<string, string>>`PRAGMA quick_check` : sql<Record<string, string>>`PRAGMA integrity_check`;
  const lines = (await check.execute(ctx.db)).rows.map((r) => Object.values(r)[0]!);
  const findings: Finding[] = lines.filter((l) => l !== 'ok').map((l) => ({ table: '（数据库文件）', row: null, problem: VERIFY_MSG.integrity(l) }));
  const keys = await sql<{ table: string; rowid: number; parent: string }>`PRAGMA foreign_key_check`.execute(ctx.db);
  for (const k of keys.rows) findings.push({ table: k.table, row: String(k.rowid), problem: VERIFY_MSG.foreignKey(k.parent) });
  return findings;
}

/** The whole chain, entry by entry: an edited entry, or one deleted from the middle, breaks it. */
async function auditChain(ctx: Ctx): Promise<Finding[]> {
  const broken = await verifyAuditChain(ctx.db);
  if (!broken) return [];
  if (broken.kind === 'gap') return [{ table: 'audit_log', row: String(broken.expectedId), problem: VERIFY_MSG.chainGap(broken.expectedId, broken.foundId) }];
  return [{ table: 'audit_log', row: String(broken.id), problem: VERIFY_MSG.chainBroken }];
}

/**
 * Each closed day kept where the chain stood, and printed it on its sheet: a chain recomputed after
 * an edit, or with its tail deleted, no longer has that hash at that entry.
 */
async function dayMarks(ctx: Ctx): Promise<Finding[]> {
  const closes = await ctx.db.selectFrom('day_close').select(['id', 'counter_id', 'business_day', 'snapshot']).where('status', '=', 'closed').execute();
  const findings: Finding[] = [];
  for (const close of closes) {
    const chain = (JSON.parse(close.snapshot) as DaySnapshot).chain;
    if (!chain) continue;
    const entry = await ctx.db.selectFrom('audit_log').select('hash').where('id', '=', chain.id).executeTakeFirst();
    if (!entry) findings.push({ table: 'audit_log', row: String(chain.id), problem: VERIFY_MSG.markMissing(close.business_day, chain.id) });
    else if (entry.hash !== chain.hash) findings.push({ table: 'audit_log', row: String(chain.id), problem: VERIFY_MSG.markDiffers(close.business_day, chain.id) });
  }
  return findings;
}

/** Every kept paper against the SHA-256 recorded when it was made (read asynchronously: the daily check runs while the counters work). */
async function papers(ctx: Ctx): Promise<Finding[]> {
  const docs = await ctx.db.selectFrom('document').select(['id', 'number', 'file', 'sha256']).where('file', 'is not', null).execute();
  const findings: Finding[] = [];
  for (const doc of docs) {
    const path = join(ctx.documentsDir, doc.file!);
    if (!existsSync(path)) findings.push({ table: 'document', row: String(doc.id), problem: VERIFY_MSG.paperMissing(doc.number) });
    else if (createHash('sha256').update(await readFile(path)).digest('hex') !== doc.sha256) findings.push({ table: 'document', row: String(doc.id), problem: VERIFY_MSG.paperChanged(doc.number) });
  }
  return findings;
}

/** Every picture of a visitor's material against its SHA-256, as the papers. */
async function materials(ctx: Ctx): Promise<Finding[]> {
  const rows = await ctx.db.selectFrom('material').innerJoin('matter', 'matter.id', 'material.matter_id').select(['material.id', 'material.file', 'material.sha256', 'material.caption', 'matter.code']).execute();
  const findings: Finding[] = [];
  for (const m of rows) {
    const path = join(ctx.documentsDir, m.file);
    if (!existsSync(path)) findings.push({ table: 'material', row: String(m.id), problem: VERIFY_MSG.materialMissing(m.code, m.caption) });
    else if (createHash('sha256').update(await readFile(path)).digest('hex') !== m.sha256) findings.push({ table: 'material', row: String(m.id), problem: VERIFY_MSG.materialChanged(m.code, m.caption) });
  }
  return findings;
}

/** Paper numbers run 1, 2, 3 … in each kind and year: a hole is a paper removed from the records. */
async function numberSeries(ctx: Ctx): Promise<Finding[]> {
  const series = await ctx.db
    .selectFrom('document')
    .select(['kind', 'year', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('serial').as('last'), (eb) => eb.fn.count<number>('serial').distinct().as('distinct')])
    .groupBy(['kind', 'year'])
    .execute();
  return series.filter((s) => Number(s.n) !== Number(s.last) || Number(s.distinct) !== Number(s.n)).map((s) => ({ table: 'document', row: null, problem: VERIFY_MSG.numberHoles(s.kind, s.year, Number(s.n), Number(s.last)) }));
}

/** Every visit was registered through the program, which always writes its audit entry with it. */
async function visitsAudited(ctx: Ctx): Promise<Finding[]> {
  const orphans = await ctx.db
    .selectFrom('visit')
    .leftJoin('audit_log', (join) => join.on('audit_log.action', '=', 'visit.register').on('audit_log.entity', '=', 'visit').on(sql`audit_log.entity_id`, '=', sql`CAST(visit.id AS TEXT)`))
    .select(['visit.id', 'visit.visit_no'])
    .where('audit_log.id', 'is', null)
    .execute();
  return orphans.map((v) => ({ table: 'visit', row: String(v.id), problem: VERIFY_MSG.visitUnaudited(v.visit_no) }));
}

/**
 * 数据校验. The quick form (at every host start) checks the file and the closed days' marks; the
 * full form (daily, `desk verify`, 设置 · 系统) walks the whole chain, every paper, every series and
 * every visit too.
 */
export async function verifyData(ctx: Ctx, form: 'quick' | 'full'): Promise<Finding[]> {
  const findings = [...(await integrity(ctx, form === 'quick')), ...(await dayMarks(ctx))];
  if (form === 'quick') return findings;
  return [...findings, ...(await auditChain(ctx)), ...(await papers(ctx)), ...(await materials(ctx)), ...(await numberSeries(ctx)), ...(await visitsAudited(ctx))];
}

/** The findings as the report a person reads (and `desk verify` prints). */
export function findingsReport(findings: readonly Finding[]): string {
  if (findings.length === 0) return VERIFY_MSG.allGood;
  return [VERIFY_MSG.found(findings.length), ...findings.map((f, i) => `${i + 1}. 〔${f.table}${f.row ? ` 第 ${f.row} 行` : ''}〕${f.problem}`)].join('\n');
}
