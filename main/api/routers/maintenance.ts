import { DESK_ROLES } from '../../../shared/roles';
import { backupScheduleInput } from '../../../shared/schemas/system';
import { backupStatus, backupToTarget, saveSchedule } from '../../services/backup/schedule';
import { acknowledgeCheck, lastCheck, recordCheck } from '../../services/verify/checkRecord';
import { allow, router } from '../trpc';

const admin = allow('admin');

/** 设置 · 系统: backups and the data check (admin); the backup warning every desk window shows. */
export const maintenanceRouter = router({
  /** What the desk windows warn about: a missing backup folder, or no good backup for two days. */
  backupWarning: allow(...DESK_ROLES).query(async ({ ctx }) => (await backupStatus(ctx.services)).warning),
  /** Also unacknowledged findings of the last data check, which the admin's screen shows until seen. */
  status: admin.query(async ({ ctx }) => ({ backup: await backupStatus(ctx.services), check: await lastCheck(ctx.services) })),
  backupNow: admin.mutation(({ ctx }) => backupToTarget(ctx.services, ctx.backupSource, ctx.actor)),
  saveSchedule: admin.input(backupScheduleInput).mutation(async ({ ctx, input }) => {
    await saveSchedule(ctx.services, ctx.actor, input);
    return { ok: true };
  }),
  checkNow: admin.mutation(async ({ ctx }) => ({ findings: await recordCheck(ctx.services, 'full', ctx.actor) })),
  acknowledge: admin.mutation(async ({ ctx }) => {
    await acknowledgeCheck(ctx.services, ctx.actor);
    return { ok: true };
  }),
});
