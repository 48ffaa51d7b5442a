import { z } from 'zod';
import { idSchema, line } from './common';

const pair = { keptId: idSchema, mergedId: idSchema };
const twoRecords = (p: { keptId: number; mergedId: number }) => p.keptId !== p.mergedId;
const twoRecordsMessage = { message: '不能把一条记录与它自己合并。请选另一条记录。', path: ['mergedId'] };

export const mergeReason = line('合并原因', 100);
export const undoMergeReason = line('撤销原因', 100);

export const mergeCompareInput = z.object(pair).refine(twoRecords, twoRecordsMessage);
export const mergeInput = z.object({ ...pair, reason: mergeReason }).refine(twoRecords, twoRecordsMessage);
export const undoMergeInput = z.object({ mergeId: idSchema, reason: undoMergeReason });
