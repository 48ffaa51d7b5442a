import { z } from 'zod';
import { MAX_POINTS, MAX_STROKES } from '../screen';
import { SATISFACTIONS } from '../visit';
import { idSchema, line, text } from './common';

export const pairScreenInput = z.object({ code: z.string({ error: '请输入 6 位配对码' }).regex(/^\d{6}$/, '配对码是 6 位数字') });

const point = z.tuple([z.number(), z.number()]);
const strokes = z.array(z.array(point).max(MAX_POINTS)).max(MAX_STROKES, '签名过于复杂，请清除后重签');

/** What the counter puts on its screen. */
export const showOnScreenInput = z.discriminatedUnion('phase', [
  z.object({ phase: z.literal('idle') }),
  z.object({
    phase: z.literal('confirm'),
    name: line('姓名', 30, 0),
    phone: line('联系电话', 30, 0),
    demands: z.array(z.object({ category: line('诉求类别', 20, 0), content: text('诉求内容', 2000, 0) })).max(5),
  }),
  z.object({ phase: z.literal('receipt'), visitNo: line('登记编号', 30), matterCodes: z.array(line('事项编号', 30)).max(5) }),
  z.object({ phase: z.literal('signoff'), matterId: idSchema }),
]);

/** What the visitor answers: 确认 (or 有误), or the rating with the signature. */
export const answerOnScreenInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('confirm'), seq: z.number().int().min(0), confirmed: z.boolean() }),
  z.object({ kind: z.literal('rating'), seq: z.number().int().min(0), satisfaction: z.enum(SATISFACTIONS, { error: '请选择满意、基本满意或不满意' }), strokes }),
]);
