import { z } from 'zod';
import { PERFORMANCES } from '../mediation';
import { RISK_FLAGS, RISK_LEVELS } from '../risk';
import { REFERRAL_RESULTS, SATISFACTIONS } from '../visit';
import { calendarDay, idSchema, line, text } from './common';

const step = {
  matterId: idSchema,
  /** The version the clerk saw: a step taken on an older view is refused, not applied twice. */
  version: z.number({ error: '缺少版本号，请刷新后重试' }).int().min(0),
};
const optionalNote = (label: string) => text(label, 1000, 0).default('');

/** One step of the referral loop, with what that step needs. */
export const flowInput = z.discriminatedUnion('action', [
  z.object({
    ...step,
    action: z.literal('refer'),
    stationId: idSchema,
    helperStationIds: z.array(idSchema).max(5, '协办单位最多 5 个').default([]),
    note: optionalNote('派单说明'),
  }),
  z.object({ ...step, action: z.literal('receive'), note: optionalNote('接收说明') }),
  z.object({ ...step, action: z.literal('progress'), note: text('办理进展', 1000) }),
  z.object({ ...step, action: z.literal('return'), note: text('退回理由', 500) }),
  z.object({ ...step, action: z.literal('suspend'), note: text('中止原因', 500) }),
  z.object({ ...step, action: z.literal('resume'), note: optionalNote('恢复说明') }),
  z.object({ ...step, action: z.literal('result'), result: z.enum(REFERRAL_RESULTS, { error: '请选择办理结果' }), note: text('结果说明', 2000) }),
  z.object({ ...step, action: z.literal('remind'), note: text('督办意见', 500) }),
  z.object({
    ...step,
    action: z.literal('extend'),
    days: z.number({ error: '请填写延长天数' }).int('延长天数应为整数').min(1, '至少延长 1 天').max(90, '最多延长 90 天'),
    note: text('延期理由', 500),
  }),
  z.object({ ...step, action: z.literal('reassign'), stationId: idSchema, note: text('改派理由', 500) }),
  z.object({
    ...step,
    action: z.literal('signOff'),
    satisfaction: z.enum(SATISFACTIONS, { error: '请选择群众评价' }),
    note: optionalNote('群众意见'),
    /** The visitor's own rating and signature on the 访客屏, which this sign-off takes. */
    screenAnswerId: idSchema.nullable().default(null),
    /** Where a screen is paired and the clerk rates instead: why. */
    selfRatedReason: line('代为评价的原因', 100, 0).default(''),
    /** 回访 scheduled for this day, or none. */
    revisitDue: calendarDay('回访日期').nullable().default(null),
  }),
  z.object({
    ...step,
    action: z.literal('revisit'),
    satisfaction: z.enum(SATISFACTIONS, { error: '请选择回访评价' }),
    /** 履行情况: asked when the matter has a mediation file, whose 回访 this is too. */
    performed: z.enum(PERFORMANCES, { error: '请选择协议履行情况' }).nullable().default(null),
    note: text('回访情况', 1000),
  }),
  z.object({ ...step, action: z.literal('archive'), note: optionalNote('归档说明') }),
  z.object({
    ...step,
    action: z.literal('assessRisk'),
    level: z.enum(RISK_LEVELS, { error: '请选择风险等级' }).nullable(),
    flags: z.array(z.enum(RISK_FLAGS, { error: '重点领域不在列表中' })).max(RISK_FLAGS.length).default([]),
    note: text('研判理由', 500),
  }),
]);
export type FlowInput = z.input<typeof flowInput>;
