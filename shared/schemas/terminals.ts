import { z } from 'zod';
import { idSchema, line } from './common';

/** What a terminal sends to pair: the code the admin showed, and what to call this PC. */
export const pairInput = z.object({
  code: z.string({ error: '请填写配对码' }).max(20, '配对码应为 8 位字母和数字'),
  name: line('终端名称', 20),
});

export const revokeTerminalInput = z.object({ id: idSchema });

export const pairedOnlyInput = z.object({ pairedOnly: z.boolean() });
