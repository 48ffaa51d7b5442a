import { z } from 'zod';
import { ROLES, STATION_KINDS } from '../roles';
import { idSchema, line } from './common';
import { passwordSchema, usernameSchema } from './auth';

const roleSchema = z.enum(ROLES, { error: '请选择角色' });

export const createUserInput = z.object({
  username: usernameSchema,
  displayName: line('姓名', 20),
  role: roleSchema,
  stationId: idSchema.nullable(),
  password: passwordSchema,
});

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
});
export const updateCounterInput = counterInput.extend({ id: idSchema });

export const stationInput = z.object({
  name: line('单位名称', 40),
  kind: z.enum(STATION_KINDS, { error: '请选择单位类别' }),
  phone: line('联系电话', 30, 0),
  active: z.boolean(),
});
export const updateStationInput = stationInput.extend({ id: idSchema });

export const centreInput = z.object({
  centreName: line('中心名称', 40),
  followUpPhone: line('咨询电话', 30, 0),
});
