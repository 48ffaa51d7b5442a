import type { DocumentKind } from './documents';
import type { VisitChannel } from './visit';

/** One kind of paper on a counter's day: the numbers used and what became of them. */
export interface KindLedger {
  kind: DocumentKind;
  first: string | null;
  last: string | null;
  issued: number;
  printed: number;
  reprints: number;
  voided: { number: string; reason: string }[];
}

export type DiscrepancyType = 'unprinted' | 'missing_number' | 'no_receipt' | 'no_notice';

/** Something in the paper trail that does not add up, until fixed or explained. */
export interface Discrepancy {
  /** Stable key for its explanation: unprinted:<documentId>, missing:<kind>:<year>:<serial>, no_receipt:<matterId>, no_notice:<matterId>. */
  item: string;
  type: DiscrepancyType;
  /** The number or matter code concerned. */
  subject: string;
  documentId: number | null;
  /** The kind of paper concerned, for a number; null for a matter without receipt. */
  documentKind: DocumentKind | null;
  matterId: number | null;
  /** The printer's message for a paper that never printed. */
  detail: string;
  explanation: string | null;
}

export interface DayFigures {
  visits: number;
  /** 人次: a collective visit counts every head. */
  heads: number;
  collective: number;
  byChannel: Partial<Record<VisitChannel, number>>;
  byCategory: { name: string; count: number }[];
  accepted: number;
  declined: number;
  referred: { station: string; count: number }[];
  resolved: number;
  signedOff: number;
  /** Matters of this counter still open at the end of the day, carried to tomorrow. */
  carriedOver: number;
}

export interface LateCorrection {
  recordDay: string;
  what: string;
  reason: string;
  by: string;
  at: string;
}

export type DayState = 'open' | 'closed' | 'reopened' | 'idle';
