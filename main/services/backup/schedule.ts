import { accessSync, constants, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BACKUP_SCHEDULE, type BackupSchedule } from '../../../shared/schemas/system';
import { BACKUP_MSG } from '../../../shared/text/messages';
import { chinaDay } from '../../../shared/time';
import { backupDue, backupsToKeep, backupWarning, type BackupWarning } from '../../domain/backupPlan';
import { DeskError } from '../../domain/errors';
import { engineOf } from '../../db/engine/engine';
import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';
import { putSetting, readSetting } from '../settings';
import { recordCheck, lastCheck } from '../verify/checkRecord';
import { backupCentre, lastGoodBackup, type BackupDone } from './backupCentre';
import { MANIFEST_FILE, type BackupManifest, type BackupSource } from './backupSet';

const SCHEDULE_KEY = 'backup.schedule';
const ATTEMPT_KEY = 'backup.last_attempt';

export interface BackupAttempt {
  at: string;
  ok: boolean;
  /** Where it went, or why it failed (Chinese). */
  message: string;
}

export async function getSchedule(ctx: Pick<ServiceContext, 'db'>): Promise<BackupSchedule> {
  return { ...DEFAULT_BACKUP_SCHEDULE, ...(await readSetting<BackupSchedule>(ctx.db, SCHEDULE_KEY)) };
}

/** A folder the host can write into: what a backup target must be, now. */
export function writableFolder(path: string): boolean {
  try {
    if (!statSync(path).isDirectory()) return false;
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export async function saveSchedule(ctx: ServiceContext, actor: Actor, schedule: BackupSchedule): Promise<void> {
  // Set while the disk is plugged in: a folder that is not there now is a typing mistake.
  if (schedule.target && !writableFolder(schedule.target)) throw new DeskError('bad_input', BACKUP_MSG.targetNotWritable(schedule.target));
  await ctx.db.transaction().execute(async (trx) => {
    await putSetting(trx, SCHEDULE_KEY, schedule);
    await recordAudit(trx, ctx.clock.now(), { actorId: actor.userId, action: 'system.backup_schedule', entity: 'setting', detail: schedule });
  });
}

/** Removes what rotation no longer keeps: only complete backups of this program, in the target itself. */
function rotate(target: string, schedule: BackupSchedule): string[] {
  const backups = readdirSync(target)
    .filter((name) => name.startsWith('desk-backup-') && !name.endsWith('.partial') && existsSync(join(target, name, MANIFEST_FILE)))
    .map((name) => {
      try {
        return { name, at: new Date((JSON.parse(readFileSync(join(target, name, MANIFEST_FILE), 'utf8')) as BackupManifest).createdAt) };
      } catch {
        return null;
      }
    })
    .filter((b): b is { name: string; at: Date } => b !== null && !Number.isNaN(b.at.getTime()));
  const keep = backupsToKeep(backups, schedule);
  const removed = backups.filter((b) => !keep.has(b.name)).map((b) => b.name);
  for (const name of removed) rmSync(join(target, name), { recursive: true, force: true });
  return removed;
}

async function recordAttempt(ctx: ServiceContext, attempt: BackupAttempt): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => putSetting(trx, ATTEMPT_KEY, attempt));
}

/** 立即备份 (admin) or the schedule: to the configured folder, then rotation. Failures are kept and shown. */
export async function backupToTarget(ctx: ServiceContext, source: BackupSource, actor: Actor | null): Promise<BackupDone> {
  const schedule = await getSchedule(ctx);
  const at = ctx.clock.now().toISOString();
  if (!schedule.target) throw new DeskError('conflict', BACKUP_MSG.noTarget);
  if (!writableFolder(schedule.target)) {
    await recordAttempt(ctx, { at, ok: false, message: BACKUP_MSG.targetNotWritable(schedule.target) });
    throw new DeskError('conflict', BACKUP_MSG.targetNotWritable(schedule.target));
  }
  try {
    const done = await backupCentre(ctx, source, schedule.target, actor);
    rotate(schedule.target, schedule);
    await recordAttempt(ctx, { at, ok: true, message: done.dir });
    return done;
  } catch (err) {
    const message = BACKUP_MSG.failed((err as Error).message);
    await recordAttempt(ctx, { at, ok: false, message });
    throw new DeskError('conflict', message);
  }
}

async function centreClosedToday(ctx: ServiceContext): Promise<string | null> {
  const row = await ctx.db.selectFrom('centre_day_close').select('closed_at').where('business_day', '=', chinaDay(ctx.clock.now())).executeTakeFirst();
  return row?.closed_at ?? null;
}

/**
 * What the host does on its own, checked every minute: the scheduled backup when due, and the full
 * data check once a day. Errors are kept (last attempt, check record), never thrown at the timer.
 */
export async function runDueWork(ctx: ServiceContext, source: BackupSource): Promise<void> {
  const schedule = await getSchedule(ctx);
  const attempt = await readSetting<BackupAttempt>(ctx.db, ATTEMPT_KEY);
  // A county's database is backed up by its server: no host takes a copy of its own.
  if (source.sqlite && backupDue(schedule, attempt?.at ?? null, await centreClosedToday(ctx), ctx.clock.now())) {
    await backupToTarget(ctx, source, null).catch(() => undefined);
  }
  const check = await lastCheck(ctx);
  const lastFull = check?.form === 'full' ? check.at : null;
  if (!lastFull || chinaDay(new Date(lastFull)) !== chinaDay(ctx.clock.now())) await recordCheck(ctx, 'full');
}

export interface BackupStatus {
  /** The database is a county's PostgreSQL, backed up by its server: the hosts keep no copies. */
  byServer: boolean;
  schedule: BackupSchedule;
  lastGood: BackupDone | null;
  lastAttempt: BackupAttempt | null;
  targetPresent: boolean;
  warning: BackupWarning;
}

/** 设置 · 系统, and the warning every desk window shows. */
export async function backupStatus(ctx: ServiceContext): Promise<BackupStatus> {
  const schedule = await getSchedule(ctx);
  const lastGood = await lastGoodBackup(ctx);
  const targetPresent = schedule.target !== '' && writableFolder(schedule.target);
  const first = await ctx.db.selectFrom('audit_log').select('at').orderBy('id').limit(1).executeTakeFirst();
  // A county's database is its server's to back up: no window is warned of the hosts' backups.
  const byServer = engineOf(ctx.db) === 'postgres';
  const warning = byServer ? null : backupWarning({ target: schedule.target, targetPresent, lastGoodAt: lastGood?.at ?? null, since: first?.at ?? null }, ctx.clock.now());
  return { byServer, schedule, lastGood, lastAttempt: await readSetting<BackupAttempt>(ctx.db, ATTEMPT_KEY), targetPresent, warning };
}
