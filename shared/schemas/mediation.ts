import { z } from 'zod';
import { checkIdNumber } from '../identity/idNumber';
import { MEDIATION_SOURCES, PERFORMANCES } from '../mediation';
import { chinaDay } from '../time';
import { SATISFACTIONS } from '../visit';
import { calendarDay, idSchema, line, text } from './common';

const optionalLine = (label: string, max: number) => line(label, max, 0).default('');
const day = calendarDay;

export const MAX_PARTIES = 20;
export const MAX_CLAUSES = 30;
export const MAX_REQUESTS = 10;
export const MAX_INVESTIGATIONS = 10;

/** One 人民调解调查记录: who was asked, by whom, when and where, and what was said. */
export const investigationInput = z.object({
  on: day('调查日期'),
  place: line('调查地点', 60),
  investigator: line('调查人', 30),
  subject: line('被调查人', 60),
  participants: line('调查参加人', 200, 0).default(''),
  content: text('调查内容', 5000),
});
export type Investigation = z.output<typeof investigationInput>;

export const personPartyInput = z
  .object({
    kind: z.literal('person'),
    name: line('当事人姓名', 30),
    sex: z.enum(['男', '女', ''], { error: '请选择性别' }).default(''),
    ethnicity: optionalLine('民族', 10),
    age: z.number({ error: '年龄应为数字' }).int('年龄应为整数').min(0, '年龄不能为负数').max(130, '年龄不能超过 130 岁').nullable().default(null),
    idNumber: optionalLine('身份证号', 18),
    occupation: optionalLine('职业或职务', 40),
    phone: optionalLine('联系方式', 30),
    address: optionalLine('单位或住址', 100),
  })
  .superRefine((p, ctx) => {
    if (p.idNumber === '') return;
    const check = checkIdNumber(p.idNumber, chinaDay(new Date()));
    if (!check.ok) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: check.error });
  });

export const orgPartyInput = z.object({
  kind: z.literal('org'),
  name: line('单位名称', 60),
  address: optionalLine('住所地', 100),
  legalRepresentative: line('法定代表人（负责人）', 30),
  phone: optionalLine('联系方式', 30),
});

export const partyInput = z.discriminatedUnion('kind', [personPartyInput, orgPartyInput], { error: '请选择当事人类型' });

/** The mediator's form: the case file from which every mediation paper is made. */
export const mediationInput = z.object({
  matterId: idSchema,
  /** The version the mediator loaded; 0 for a case not saved yet. */
  version: z.number({ error: '缺少版本号，请刷新后重试' }).int().min(0),
  source: z.enum(MEDIATION_SOURCES, { error: '请选择调解来源' }),
  parties: z.array(partyInput).min(2, '调解至少要有两方当事人').max(MAX_PARTIES, `当事人最多 ${MAX_PARTIES} 个`),
  facts: text('纠纷主要事实、争议事项', 5000),
  clauses: z.array(text('协议条款', 1000)).min(1, '请至少写一条协议内容').max(MAX_CLAUSES, `协议条款最多 ${MAX_CLAUSES} 条`),
  performance: text('履行方式、时限', 1000),
  amountYuan: z.number({ error: '协议涉及金额应为数字' }).min(0, '金额不能为负数').max(100_000_000, '金额超出范围，请核对').multipleOf(0.01, '金额最多到分').default(0),
  mediator: line('人民调解员', 30),
  recorder: line('记录人', 30),
  mediatedOn: day('调解日期'),
  /** The day the committee took the case on (受理): the 受理登记表's date and the report's 受理. */
  acceptedOn: day('受理日期'),
  /** 申请事项, numbered on the 申请书: what the applicant asks for, apart from the facts. */
  requests: z.array(text('申请事项', 500)).max(MAX_REQUESTS, `申请事项最多 ${MAX_REQUESTS} 项`).default([]),
  /** 当事人各方的责任 (人民调解法 Art. 29): required before an agreement is issued. */
  responsibility: text('各方当事人的责任', 2000, 0).default(''),
  /** 参加人 of the session (invited helpers), other than the parties, mediator and recorder. */
  participants: line('参加人', 200, 0).default(''),
  investigations: z.array(investigationInput).max(MAX_INVESTIGATIONS, `调查记录最多 ${MAX_INVESTIGATIONS} 份`).default([]),
  place: line('调解地点', 60),
  record: text('调解过程记录', 10000, 0).default(''),
  /** 口头协议: the parties agreed orally and the mediator registers it (人民调解法 Art. 28). */
  oral: z.boolean().default(false),
  /** 防止民间纠纷转化为刑事案件 / 防止群体性上访, as the monthly report counts them. */
  preventsCriminal: z.boolean().default(false),
  preventsCollective: z.boolean().default(false),
}).superRefine((m, ctx) => {
  if (m.acceptedOn > m.mediatedOn) ctx.addIssue({ code: 'custom', path: ['acceptedOn'], message: '受理日期不能晚于调解日期' });
});
export type MediationInput = z.input<typeof mediationInput>;

export const revisitRecordInput = z.object({
  matterId: idSchema,
  revisitedOn: day('回访日期'),
  performed: z.enum(PERFORMANCES, { error: '请选择履行情况' }),
  satisfaction: z.enum(SATISFACTIONS, { error: '请选择当事人评价' }),
  note: text('回访情况', 2000),
  revisitedBy: line('回访人', 30),
  judicialConfirmed: z.boolean().default(false),
});

/** The papers of a mediation file, each laid out from the file alone, in the order the 卷内目录 lists them. */
export const FILE_PAPERS = [
  'mediation_application',
  'mediation_intake',
  'rights_notice',
  'investigation_record',
  'mediation_record',
  'mediation_agreement',
  'oral_agreement',
  'revisit_record',
  'judicial_application',
] as const;
export type FilePaper = (typeof FILE_PAPERS)[number];

/** Every paper the mediation room prints: the single papers, and the whole file bound (调解卷宗). */
export const MEDIATION_PAPERS = [...FILE_PAPERS, 'case_file'] as const;
export type MediationPaper = (typeof MEDIATION_PAPERS)[number];

export const matterIdInput = z.object({ matterId: idSchema });
