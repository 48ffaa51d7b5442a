import { z } from 'zod';
import { MAX_MATERIAL_BYTES } from '../grid';
import { idSchema, line } from './common';

/** 拍照/扫描材料: one picture of what the visitor handed in, with what it is. */
export const addMaterialInput = z.object({
  matterId: idSchema,
  caption: line('材料名称', 60),
  imageBase64: z
    .string({ error: '没有拍到图片，请重新拍照' })
    .min(1, '没有拍到图片，请重新拍照')
    .max(Math.ceil(MAX_MATERIAL_BYTES / 3) * 4, `图片过大（不超过 ${MAX_MATERIAL_BYTES / 1024} KB），请降低高拍仪分辨率或裁去空白后重拍`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, '图片已损坏，请重新拍照'),
});
