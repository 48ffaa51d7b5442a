import { recordAudit } from '../audit';
import type { Actor, ServiceContext } from '../context';
import { putSetting, readSetting } from '../settings';
import { verifyData, type Finding } from './verifyData';

const KEY = 'verify.last';

export interface CheckRecord {
  at: string;
  form: 'quick' | 'full';
  findings: Finding[];
  /** Findings stay on the admin's screen until an admin says they have been seen. */
  acknowledged: boolean;
}

/** Runs a data check and keeps its outcome: a check with findings waits for an admin to acknowledge it. */
export async function recordCheck(ctx: ServiceContext, form: 'quick' | 'full', actor: Actor | null = null): Promise<Finding[]> {
  const findings = await verifyData(ctx, form);
  // A clean quick check (every start) leaves no trace: it neither fills the log nor clears the
  // findings of a full check that nobody has acknowledged yet.
  if (form === 'quick' && findings.length === 0) return findings;
  const now = ctx.clock.now();
  const record: CheckRecord = { at: now.toISOString(), form, findings, acknowledged: findings.length === 0 };
  await ctx.db.transaction().execute(async (trx) => {
    await putSetting(trx, KEY, record);
    await recordAudit(trx, now, { actorId: actor?.userId ?? null, action: 'system.verify', entity: 'setting', detail: { form, findings: findings.length } });
  });
  return findings;
}

export async function lastCheck(ctx: Pick<ServiceContext, 'db'>): Promise<CheckRecord | null> {
  return readSetting<CheckRecord>(ctx.db, KEY);
}

export async function acknowledgeCheck(ctx: ServiceContext, actor: Actor): Promise<void> {
  const record = await lastCheck(ctx);
  if (!record || record.acknowledged) return;
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await putSetting(trx, KEY, { ...record, acknowledged: true });
    await recordAudit(trx, now, { actorId: actor.userId, action: 'system.verify_acknowledged', entity: 'setting', detail: { at: record.at, findings: record.findings.length } });
  });
}
