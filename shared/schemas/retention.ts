import { z } from 'zod';
import { RETENTION_FLOOR, VIEW_LOG_FLOOR_MONTHS, type RetentionKind } from '../retention';
import { idSchema, line } from './common';

const years = (kind: RetentionKind) =>
  z
    .number({ error: '请填写保存年限' })
    .int('保存年限须为整年')
    .max(100, '保存年限不能超过 100 年')
    .refine((y) => y >= RETENTION_FLOOR[kind].years, `不能短于 ${RETENTION_FLOOR[kind].years} 年（${RETENTION_FLOOR[kind].why}）。`);

export const retentionInput = z.object({
  years: z.object({ desk: years('desk'), mediation: years('mediation'), petition: years('petition') }),
  viewLogMonths: z
    .number({ error: '请填写查阅记录的保存月数' })
    .int('保存月数须为整月')
    .max(1200, '保存月数不能超过 1200 个月')
    .refine((m) => m >= VIEW_LOG_FLOOR_MONTHS, `查阅记录不能短于 ${VIEW_LOG_FLOOR_MONTHS} 个月（网络安全法第二十一条：网络日志留存不少于六个月）。`),
});

export const holdInput = z.object({ matterId: idSchema, reason: line('保留原因', 100) });
export const releaseHoldInput = z.object({ holdId: idSchema });

/** The people a supervisor confirms to let go of: the ids the due list showed, checked again at the host. */
export const purgeInput = z.object({ visitorIds: z.array(idSchema).min(1, '请至少选择一位到期的当事人').max(500, '一次最多清理 500 人，请分批确认') });
