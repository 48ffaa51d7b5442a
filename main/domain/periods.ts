import type { PERIOD_KINDS } from '../../shared/schemas/statistics';

/** The reporting periods of the statistics: a day, a month, a quarter, a year. */
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** First and last business day, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  /** 2026年11月27日, 2026年11月, 2026年第四季度, 2026年. */
  label: string;
}

const QUARTERS = ['一', '二', '三', '四'];
const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The period of a kind that contains the day. */
export function periodOf(kind: PeriodKind, day: string): Period {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  switch (kind) {
    case 'day':
      return { kind, from: day, to: day, label: `${y}年${m}月${d}日` };
    case 'month':
      return { kind, from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDayOf(y, m))}`, label: `${y}年${m}月` };
    case 'quarter': {
      const q = Math.floor((m - 1) / 3);
      const last = q * 3 + 3;
      return { kind, from: `${y}-${pad(q * 3 + 1)}-01`, to: `${y}-${pad(last)}-${pad(lastDayOf(y, last))}`, label: `${y}年第${QUARTERS[q]}季度` };
    }
    case 'year':
      return { kind, from: `${y}-01-01`, to: `${y}-12-31`, label: `${y}年` };
  }
}

/** Every day of a period, in order. */
export function daysOf(period: { from: string; to: string }): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${period.from}T00:00:00Z`); t <= Date.parse(`${period.to}T00:00:00Z`); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** 协议涉及金额 in 万元 from fen, to two decimals. */
export function tenThousandYuan(fen: number): number {
  return Math.round(fen / 10_000) / 100;
}
