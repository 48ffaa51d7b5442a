import { z } from 'zod';

/** 设置 · 系统 · 自动备份: where, when, and how many to keep. An empty target turns it off. */
export const backupScheduleInput = z.object({
  target: z
    .string()
    .trim()
    .max(260, '文件夹路径太长')
    .refine((p) => p === '' || /^([A-Za-z]:[\\/]|\\\\|\/)/.test(p), '请填写完整的文件夹路径，如 E:\\受理台备份 或 /media/usb/备份'),
  when: z.enum(['after_close', 'time'], { error: '请选择备份时间' }),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式为 时:分，如 18:30'),
  keepDaily: z.number().int().min(1, '至少保留 1 份每日备份').max(60, '每日备份最多保留 60 份'),
  keepWeekly: z.number().int().min(0).max(52, '每周备份最多保留 52 份'),
  keepMonthly: z.number().int().min(0).max(120, '每月备份最多保留 120 份'),
});

export type BackupSchedule = z.infer<typeof backupScheduleInput>;

export const DEFAULT_BACKUP_SCHEDULE: BackupSchedule = { target: '', when: 'after_close', time: '18:00', keepDaily: 7, keepWeekly: 4, keepMonthly: 12 };
