import type { Generated } from 'kysely';

/**
 * 日结: a counter's closed day (its figures as they stood, kept as JSON), the centre's day, the
 * explanations of the paper check's discrepancies, and the corrections made after a day was closed
 * (listed on the counter's next sheet).
 */
export interface DayCloseTable {
  id: Generated<number>;
  counter_id: number;
  business_day: string;
  status: 'closed' | 'reopened';
  note: string;
  snapshot: string;
  closed_by: number;
  closed_at: string;
  reopened_by: number | null;
  reopened_at: string | null;
  reopen_reason: Generated<string>;
}

export interface CentreDayCloseTable {
  business_day: string;
  closed_by: number;
  closed_at: string;
  note: string;
}

export interface PaperExplanationTable {
  id: Generated<number>;
  counter_id: number;
  business_day: string;
  item: string;
  note: string;
  by: number;
  at: string;
}

export interface LateCorrectionTable {
  id: Generated<number>;
  counter_id: number;
  record_day: string;
  listed_day: string | null;
  what: string;
  reason: string;
  by: number;
  at: string;
}
