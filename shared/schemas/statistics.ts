import { z } from 'zod';
import { businessDay } from './dayClose';
import { exportPassword } from './exports';

export const PERIOD_KINDS = ['day', 'month', 'quarter', 'year'] as const;
export const PERIOD_LABELS: Record<(typeof PERIOD_KINDS)[number], string> = { day: '日报', month: '月报', quarter: '季报', year: '年报' };

/** A period: its kind and any day inside it. */
export const periodInput = z.object({ kind: z.enum(PERIOD_KINDS, { error: '请选择统计周期' }), day: businessDay });

/** The statistics of a period: this centre's, or (a county centre's) the county's, its townships added. */
export const statsInput = periodInput.extend({ county: z.boolean().default(false) });

/** The 台账 of a period as .xlsx: it names people, so it may be sealed with a password. */
export const ledgerExportInput = periodInput.extend({ password: exportPassword });
