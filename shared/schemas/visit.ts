import { z } from 'zod';
import { RISK_LEVELS } from '../risk';
import { checkIdNumber } from '../identity/idNumber';
import { chinaDay } from '../time';
import { COLLECTIVE_THRESHOLD, ETHNICITIES, FOUND_CHANNELS, ID_TYPES, MAX_MATTERS_PER_VISIT, MAX_REPRESENTATIVES, VISIT_CHANNELS } from '../visit';
import { calendarDay, idSchema, line, text } from './common';

const optionalLine = (label: string, max: number) => line(label, max, 0).default('');

export const NAME_MAX = 30;
export const CONTENT_MAX = 2000;

/** A person as typed at the counter. With a resident ID, sex and birth date come from the number. */
export const personInput = z
  .object({
    /** Set when the clerk picked an earlier visitor from the side panel. */
    visitorId: idSchema.nullable().default(null),
    name: line('姓名', NAME_MAX),
    idType: z.enum(ID_TYPES, { error: '请选择证件类型' }).default('resident'),
    idNumber: optionalLine('证件号码', 30),
    noIdReason: optionalLine('无证件原因', 100),
    sex: z.enum(['M', 'F'], { error: '请选择性别' }).nullable().default(null),
    birthDate: calendarDay('出生日期').nullable().default(null),
    ethnicity: z.enum(ETHNICITIES, { error: '请从列表中选择民族' }).nullable().default(null),
    phone: optionalLine('联系电话', 30),
    addressCode: z.string().regex(/^\d{6,12}$/, '住址区划代码有误').nullable().default(null),
    addressText: optionalLine('现住址', 100),
  })
  .superRefine((p, ctx) => {
    if (p.idType === 'resident') {
      // A visitor picked from earlier visits keeps the number on file.
      if (p.idNumber === '' && p.visitorId !== null) return;
      if (p.idNumber === '') {
        ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '请填写身份证号；没有身份证的，请把证件类型改为“无证件”并说明原因' });
        return;
      }
      const check = checkIdNumber(p.idNumber, chinaDay(new Date()));
      if (!check.ok) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: check.error });
    } else if (p.idType === 'none' && p.noIdReason === '') {
      ctx.addIssue({ code: 'custom', path: ['noIdReason'], message: '没有证件的，请说明原因（如外籍、老人未带证、匿名反映）' });
    }
    if (p.birthDate !== null && p.birthDate > chinaDay(new Date())) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: '出生日期不能晚于今天' });
    }
  });
export type PersonInput = z.input<typeof personInput>;

export const matterInput = z
  .object({
    /** 重复访: an earlier matter this visit is about, instead of a new one. */
    repeatOf: idSchema.nullable().default(null),
    categoryId: idSchema.nullable().default(null),
    content: text('诉求内容', CONTENT_MAX),
    /** 受理, 不予受理, or 当场化解 (先行调解: settled on the spot, accepted and closed at once). */
    decision: z.enum(['accept', 'decline', 'settle']).default('accept'),
    declineReason: optionalLine('不予受理理由', 200),
    declineChannel: optionalLine('建议途径', 200),
    /** 当场化解: how it was settled, and the visitor's confirmation. */
    settleNote: text('化解情况', 1000, 0).default(''),
    settleSatisfaction: z.enum(['satisfied', 'basically'], { error: '请选择群众评价' }).nullable().default(null),
    /** 当场化解 with an oral agreement (人民调解法 Art. 28): registered by the hall's committee on its 口头协议登记表. */
    oralAgreement: z
      .object({
        committeeId: idSchema,
        otherParty: line('对方当事人', 30),
        terms: text('口头协议内容', 1000),
      })
      .nullable()
      .default(null),
    /** 风险研判 at intake: the level on the centre's scale, or null (未评估). */
    riskLevel: z.enum(RISK_LEVELS, { error: '请选择风险等级' }).nullable().default(null),
  })
  .superRefine((m, ctx) => {
    if (m.repeatOf === null && m.categoryId === null) ctx.addIssue({ code: 'custom', path: ['categoryId'], message: '请选择诉求类别' });
    if (m.decision === 'decline') {
      if (m.repeatOf !== null) ctx.addIssue({ code: 'custom', path: ['decision'], message: '重复访关联的是已有事项，不能在此不予受理' });
      if (m.declineReason === '') ctx.addIssue({ code: 'custom', path: ['declineReason'], message: '不予受理须写明理由' });
      if (m.declineChannel === '') ctx.addIssue({ code: 'custom', path: ['declineChannel'], message: '不予受理须告知应当通过的途径' });
    }
    if (m.decision === 'settle') {
      if (m.repeatOf !== null) ctx.addIssue({ code: 'custom', path: ['decision'], message: '重复访关联的是已有事项，请在事项页办理' });
      if (m.settleNote === '') ctx.addIssue({ code: 'custom', path: ['settleNote'], message: '当场化解须写明化解情况' });
      if (m.settleSatisfaction === null) ctx.addIssue({ code: 'custom', path: ['settleSatisfaction'], message: '当场化解须经群众确认（满意或基本满意）；不满意的请受理后派单' });
    } else if (m.oralAgreement !== null) {
      ctx.addIssue({ code: 'custom', path: ['oralAgreement'], message: '口头协议只在当场化解时登记' });
    }
  });
export type MatterInput = z.input<typeof matterInput>;

export const registerVisitInput = z
  .object({
    /** Made once per draft: a retried or doubled submit returns the visit already made. */
    idempotencyKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, '提交编号无效，请刷新页面后重试'),
    channel: z.enum(VISIT_CHANNELS, { error: '请选择来访方式' }),
    /** 排查发现 / 网格上报: where and by whom it was found. */
    foundPlace: optionalLine('发现地点', 100),
    foundBy: optionalLine('发现人', 30),
    /** The 网格上报 this registration takes up (it becomes the matter's report of origin). */
    gridReportId: idSchema.nullable().default(null),
    headcount: z.number({ error: '请填写来访人数' }).int('来访人数应为整数').min(1, '来访人数至少为 1').max(9999, '来访人数不能超过 9999'),
    isProxy: z.boolean().default(false),
    persons: z.array(personInput).min(1, '至少登记一位来访人').max(MAX_REPRESENTATIVES, `最多登记 ${MAX_REPRESENTATIVES} 位来访人（集体访为代表）`),
    matters: z.array(matterInput).min(1, '至少登记一项诉求').max(MAX_MATTERS_PER_VISIT, `一次最多登记 ${MAX_MATTERS_PER_VISIT} 项诉求`),
  })
  .superRefine((v, ctx) => {
    if (v.persons.length > v.headcount) ctx.addIssue({ code: 'custom', path: ['headcount'], message: '来访人数少于登记的人员数，请核对' });
    if (v.gridReportId !== null && v.channel !== 'grid') ctx.addIssue({ code: 'custom', path: ['channel'], message: '由网格上报登记的，来访方式应为“网格上报”' });
    if (FOUND_CHANNELS.includes(v.channel)) {
      if (v.foundPlace === '') ctx.addIssue({ code: 'custom', path: ['foundPlace'], message: '排查发现或网格上报的，请写明发现地点' });
      if (v.foundBy === '') ctx.addIssue({ code: 'custom', path: ['foundBy'], message: '排查发现或网格上报的，请写明发现人' });
    }
    const ids = v.persons.map((p) => p.idNumber.toUpperCase()).filter((n) => n !== '');
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['persons'], message: '同一证件号码登记了两次' });
    const repeats = v.matters.map((m) => m.repeatOf).filter((id) => id !== null);
    if (new Set(repeats).size !== repeats.length) ctx.addIssue({ code: 'custom', path: ['matters'], message: '同一事项关联了两次' });
  });
export type RegisterVisitInput = z.input<typeof registerVisitInput>;

export function isCollective(headcount: number): boolean {
  return headcount > COLLECTIVE_THRESHOLD;
}

export const lookupInput = z.object({ query: line('查找内容', 40) });

/** 更正: what a clerk may put right on the day of a registration (later, a supervisor). */
export const correctMatterInput = z.object({
  matterId: idSchema,
  categoryId: idSchema,
  content: text('诉求内容', CONTENT_MAX),
  visitorName: line('姓名', NAME_MAX),
  phone: line('联系电话', 30, 0),
  addressText: line('详细地址', 100, 0),
  reason: line('更正原因', 100),
});
export type CorrectMatterInput = z.input<typeof correctMatterInput>;
