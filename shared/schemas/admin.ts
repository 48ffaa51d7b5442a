import { z } from 'zod';
import { ROLES, STATION_KINDS } from '../roles';
import { ATTENDANCE } from '../attendance';
import { MATTER_KINDS } from '../visit';
import { idSchema, line } from './common';
import { containsUsername, HAS_USERNAME, passwordSchema, usernameSchema } from './auth';

const roleSchema = z.enum(ROLES, { error: '请选择角色' });

export const createUserInput = z
  .object({
    username: usernameSchema,
    displayName: line('姓名', 20),
    role: roleSchema,
    stationId: idSchema.nullable(),
    password: passwordSchema,
  })
  .refine((u) => !containsUsername(u.password, u.username), { path: ['password'], message: HAS_USERNAME });

export const updateUserInput = z.object({
  id: idSchema,
  displayName: line('姓名', 20),
  role: roleSchema,
  stationId: idSchema.nullable(),
  active: z.boolean(),
});

export const resetPasswordInput = z.object({ id: idSchema, password: passwordSchema });

export const counterInput = z.object({
  name: line('窗口名称', 20),
  active: z.boolean(),
  /** System printer names; '' lets the window print the PDF itself. */
  receiptPrinter: line('回执打印机', 100, 0).default(''),
  a4Printer: line('A4 打印机', 100, 0).default(''),
});
export const updateCounterInput = counterInput.extend({ id: idSchema });

const stationFields = z.object({
  name: line('单位名称', 40),
  kind: z.enum(STATION_KINDS, { error: '请选择单位类别' }),
  phone: line('联系电话', 30, 0),
  active: z.boolean(),
  /** The committee's name in agreement numbers: （2026）南大里调字第 3 号. */
  shortName: line('调委会简称', 10, 0).default(''),
  /** 驻点方式: 常驻, 轮驻 (on rotationDays), 随叫随驻 (call contactPerson at phone). */
  attendance: z.enum(ATTENDANCE, { error: '请选择驻点方式' }).default('resident'),
  rotationDays: z.array(z.number().int().min(1).max(7)).max(7).default([]),
  contactPerson: line('联系人', 20, 0).default(''),
  /** 上报 / 下派: this station is another centre of the county database, by its area code ('' for none). */
  centreArea: z.string().trim().regex(/^(\d{6}|\d{9})?$/, '综治中心的区划代码应为 6 位（县）或 9 位（乡镇）数字').default(''),
});

/** A 轮驻 station needs its days; a 随叫随驻 one whom to call and the number. */
function checkAttendance(s: z.output<typeof stationFields>, ctx: z.RefinementCtx): void {
  if (s.attendance === 'rotating' && s.rotationDays.length === 0) ctx.addIssue({ code: 'custom', path: ['rotationDays'], message: '轮驻的单位请选择在厅的星期几' });
  if (s.attendance === 'on_call' && s.contactPerson === '') ctx.addIssue({ code: 'custom', path: ['contactPerson'], message: '随叫随驻的单位请填写联系人，派单时按此召集' });
  if (s.attendance === 'on_call' && s.phone === '') ctx.addIssue({ code: 'custom', path: ['phone'], message: '随叫随驻的单位请填写联系电话，派单时按此召集' });
}

export const stationInput = stationFields.superRefine(checkAttendance);
export const updateStationInput = stationFields.extend({ id: idSchema }).superRefine(checkAttendance);

/** The desk's roster for today: whether the station is in the hall, and who is on duty. */
export const rosterInput = z.object({
  stationId: idSchema,
  present: z.boolean(),
  onDuty: line('在岗人员', 60, 0).default(''),
});

export const centreInput = z.object({
  centreName: line('中心名称', 40),
  followUpPhone: line('咨询电话', 30, 0),
  /** The county (区县) whose towns and villages the address picker offers first. */
  countyCode: z.string().regex(/^(\d{6})?$/, '县（区）代码应为 6 位数字，如夏县 140828'),
});

const categoryFields = z.object({
  name: line('类别名称', 20),
  kind: z.enum(MATTER_KINDS, { error: '请选择事项性质' }),
  timeLimitDays: z.number({ error: '请填写办理时限' }).int('办理时限应为整数天').min(1, '办理时限至少 1 天').max(365, '办理时限不能超过 365 天'),
  /** "N日" counts calendar days, "N个工作日" working days (holidays and 调休 as the notice has them). */
  limitBasis: z.enum(['calendar', 'working'], { error: '请选择按自然日还是工作日计算' }),
  active: z.boolean(),
});
/** 信访's limits are calendar days by 信访工作条例: a 信访 category cannot count working days. */
const petitionCountsCalendarDays = (c: { kind: string; limitBasis: string }) => c.kind !== 'petition' || c.limitBasis === 'calendar';
const petitionBasis = { message: '信访事项的办理期限按自然日计算（《信访工作条例》），不能按工作日', path: ['limitBasis'] };
export const categoryInput = categoryFields.refine(petitionCountsCalendarDays, petitionBasis);
export const updateCategoryInput = categoryFields.extend({ id: idSchema }).refine(petitionCountsCalendarDays, petitionBasis);
