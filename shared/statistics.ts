import type { MediationSource } from './mediation';
import type { ReferralResult, Satisfaction, VisitChannel } from './visit';

/** One row of the 人民调解 report per dispute category: the committee's cases only. */
export interface MediationRow {
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

/** One row of the centre's own intake and closure per 诉求类别: every kind of matter. */
export interface IntakeRow {
  name: string;
  /** Matters registered in the period and accepted. */
  accepted: number;
  /** Matters registered in the period and declined (不予受理). */
  declined: number;
  /** Of those accepted, settled on the spot at the desk (当场化解, 先行调解): also counted as 办结. */
  settled: number;
  /** Matters referred in the period (a re-referral counts the matter once). */
  referred: number;
  /** Matters whose station reported a result in the period (办结). */
  resolved: number;
  archived: number;
}

export interface StationRow {
  name: string;
  referred: number;
  onTime: number;
  overdue: number;
  /** Average days from referral to result, one decimal; null when none finished. */
  averageDays: number | null;
  /** The station's own results, as it reported them: a police post's 调解成功 is counted here, not as 人民调解. */
  results: Record<ReferralResult, number>;
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
  /** 人民调解: the committee's cases by dispute category, and their total. */
  mediation: MediationRow[];
  mediationTotal: MediationRow;
  /** The centre's whole intake and closure by 诉求类别, and its total. */
  intake: IntakeRow[];
  intakeTotal: IntakeRow;
  sources: Record<MediationSource, number>;
  stations: StationRow[];
  visitors: VisitorFigures;
  satisfaction: Record<Satisfaction, number>;
  /** 防止民间纠纷转化为刑事案件 / 防止群体性上访: cases and the people in them. */
  prevention: { criminal: { cases: number; people: number }; collective: { cases: number; people: number } };
  /** 研判会 held in the period, and the matters they assessed. */
  assessment: { meetings: number; matters: number };
  /** 网格上报 that came in during the period, by source, and where each stands now. */
  grid: { phone: number; imported: number; registered: number; dismissed: number; pending: number };
  /** Visits per day, for the trend chart. */
  daily: { day: string; visits: number }[];
  /** The closed days of the period, and whether their sheets add up to these figures. */
  closedDays: { closed: number; days: number; sheetVisits: number; sheetAccepted: number; matches: boolean };
}

/** One centre's line in the county's sum: its intake, and whether its 日结单 agree with it. */
export interface CentreFigures {
  area: string;
  name: string;
  visits: number;
  accepted: number;
  closed: number;
  days: number;
  sheetVisits: number;
  sheetAccepted: number;
  matches: boolean;
}

/** A centre's statistics, or a county's sum with each centre's line (null for one centre). */
export type Figures = Statistics & { centres: CentreFigures[] | null };

/** 成功率 and shares as the report prints them: one decimal, or — when there is nothing to divide. */
export function rate(part: number, whole: number): string {
  return whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`;
}
