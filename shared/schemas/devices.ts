import { z } from 'zod';

/** 设置 · 设备: where this host's ID card reader library is, and its port (1001 = the first USB reader). */
export const cardReaderInput = z.object({
  libraryPath: z
    .string({ error: '请填写读卡器驱动库的位置' })
    .trim()
    .max(400, '路径过长')
    .refine((p) => p === '' || /^(\/|[A-Za-z]:[\\/])/.test(p), '请填写完整路径，如 /opt/reader/libtermb.so 或 C:\\reader\\termb.dll；留空表示不用读卡器'),
  port: z.number({ error: '端口应为数字' }).int('端口应为整数').min(1, '端口 1–16 为串口，1001–1016 为 USB').max(1016, '端口 1–16 为串口，1001–1016 为 USB'),
  /** 保存证件照片: keep the card photo with the visitor (off unless the centre decides so). */
  keepPhoto: z.boolean().default(false),
});
export type CardReaderSettings = z.output<typeof cardReaderInput>;

/** 读卡: `fresh` when the page polls for a card laid on the reader (the same card is not read twice). */
export const readCardInput = z.object({ fresh: z.boolean().default(false) });
