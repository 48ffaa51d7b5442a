import type { MediationSource } from './mediation';
import type { Satisfaction, VisitChannel } from './visit';

/** One row of the 人民调解 report per 诉求类别. */
export interface CategoryRow {
  name: string;
  accepted: number;
  mediated: number;
  /** 调解成功 / 受理, printed as 66.7% or —. */
  successRate: string;
  /** 协议涉及金额（万元）. */
  amountWan: number;
  performed: number;
  judicialConfirmed: number;
}

export interface StationRow {
  name: string;
  referred: number;
  onTime: number;
  overdue: number;
  /** Average days from referral to result, one decimal; null when none finished. */
  averageDays: number | null;
}

export interface VisitorFigures {
  visits: number;
  heads: number;
  collective: number;
  collectiveHeads: number;
  repeat: number;
  byChannel: Partial<Record<VisitChannel, number>>;
}

export interface Statistics {
  period: { kind: string; from: string; to: string; label: string };
  categories: CategoryRow[];
  categoryTotal: CategoryRow;
  sources: Record<MediationSource, number>;
  stations: StationRow[];
  visitors: VisitorFigures;
  satisfaction: Record<Satisfaction, number>;
  /** 防止民间纠纷转化为刑事案件 / 防止群体性上访: cases and the people in them. */
  prevention: { criminal: { cases: number; people: number }; collective: { cases: number; people: number } };
  /** Visits per day, for the trend chart. */
  daily: { day: string; visits: number }[];
  /** The closed days of the period, and whether their sheets add up to these figures. */
  closedDays: { closed: number; days: number; sheetVisits: number; sheetAccepted: number; matches: boolean };
}

/** 成功率 and shares as the report prints them: one decimal, or — when there is nothing to divide. */
export function rate(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
}
