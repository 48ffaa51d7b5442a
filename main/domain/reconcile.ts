import type { Discrepancy, KindLedger } from '../../shared/dayClose';
import type { DocumentKind } from '../../shared/documents';

/** A paper of the counter's day as the ledger reads it. */
export interface LedgerDocument {
  id: number;
  kind: DocumentKind;
  year: number;
  serial: number;
  number: string;
  status: 'issued' | 'voided';
  voidReason: string;
  prints: number;
  printError: string;
}

export interface AcceptedMatter {
  matterId: number;
  code: string;
  hasReceipt: boolean;
}

/** A declined matter of the day whose 不予受理告知书 was voided: it must be issued again or explained. */
export interface DeclinedMatter {
  matterId: number;
  code: string;
  hasNotice: boolean;
  hadVoidedNotice: boolean;
}

export interface ReconcileInput {
  documents: LedgerDocument[];
  /** 补打 made at this counter during the day, per kind, of papers issued on any day. */
  reprints: ReadonlyMap<DocumentKind, number>;
  /** Serials inside this counter's ranges that no document row holds (what `missingInRange` finds). */
  missing: { kind: DocumentKind; year: number; serial: number; number: string }[];
  acceptedMatters: AcceptedMatter[];
  declinedMatters: DeclinedMatter[];
  /** item → the clerk's explanation. */
  explanations: ReadonlyMap<string, string>;
}

export interface Reconciliation {
  ledgers: KindLedger[];
  discrepancies: Discrepancy[];
  /** Discrepancies neither fixed nor explained: closing is refused while any remain. */
  unresolved: number;
}

/** The serials from first to last that are not among those present. */
export function missingInRange(first: number, last: number, present: Iterable<number>): number[] {
  const have = new Set(present);
  const gaps: number[] = [];
  for (let s = first; s <= last; s++) if (!have.has(s)) gaps.push(s);
  return gaps;
}

function ledgerOf(kind: DocumentKind, docs: LedgerDocument[], reprints: number): KindLedger {
  const sorted = [...docs].sort((a, b) => a.year - b.year || a.serial - b.serial);
  return {
    kind,
    first: sorted[0]?.number ?? null,
    last: sorted.at(-1)?.number ?? null,
    issued: docs.length,
    printed: docs.filter((d) => d.prints > 0).length,
    reprints,
    voided: sorted.filter((d) => d.status === 'voided').map((d) => ({ number: d.number, reason: d.voidReason })),
  };
}

/**
 * The paper check of a counter's day: per kind the numbers used, printed, reprinted and voided; and
 * every number accounted for — printed or voided with a reason — every accepted matter with a
 * receipt, and every declined matter whose notice was voided with a new one. What does not add up is listed, with the clerk's explanation where one was given.
 */
export function reconcile(input: ReconcileInput): Reconciliation {
  const kinds = [...new Set([...input.documents.map((d) => d.kind), ...input.reprints.keys()])];
  const ledgers = kinds.map((k) => ledgerOf(k, input.documents.filter((d) => d.kind === k), input.reprints.get(k) ?? 0));
  const explained = (item: string) => input.explanations.get(item) ?? null;
  const discrepancies: Discrepancy[] = [
    ...input.documents
      .filter((d) => d.status === 'issued' && d.prints === 0)
      .map((d) => ({ item: `unprinted:${d.id}`, type: 'unprinted' as const, subject: d.number, documentId: d.id, documentKind: d.kind, matterId: null, detail: d.printError, explanation: explained(`unprinted:${d.id}`) })),
    ...input.missing.map((m) => {
      const item = `missing:${m.kind}:${m.year}:${m.serial}`;
      return { item, type: 'missing_number' as const, subject: m.number, documentId: null, documentKind: m.kind, matterId: null, detail: '', explanation: explained(item) };
    }),
    ...input.acceptedMatters
      .filter((m) => !m.hasReceipt)
      .map((m) => ({ item: `no_receipt:${m.matterId}`, type: 'no_receipt' as const, subject: m.code, documentId: null, documentKind: null, matterId: m.matterId, detail: '', explanation: explained(`no_receipt:${m.matterId}`) })),
    ...input.declinedMatters
      .filter((m) => m.hadVoidedNotice && !m.hasNotice)
      .map((m) => ({ item: `no_notice:${m.matterId}`, type: 'no_notice' as const, subject: m.code, documentId: null, documentKind: 'notice' as const, matterId: m.matterId, detail: '', explanation: explained(`no_notice:${m.matterId}`) })),
  ];
  return { ledgers, discrepancies, unresolved: discrepancies.filter((d) => d.explanation === null).length };
}

/** Where a paper or a registration was made, and where the caller sits: a clerk touches only their own counter's. */
export interface CounterScope {
  recordCounterId: number | null;
  callerCounterId: number | null;
}

const ownCounter = (scope: CounterScope) => scope.recordCounterId !== null && scope.recordCounterId === scope.callerCounterId;

/**
 * Who may void a paper, among those whose procedure lets them touch it (the desk its papers, a
 * mediator the mediation file's): a clerk the own counter's papers while the day is open, a mediator
 * the file's papers (they belong to no counter); once the day is closed, a supervisor only, and the
 * void is a 日结后更正 on the next sheet.
 */
export function voidRule(role: string, dayClosed: boolean, scope: CounterScope): 'allowed' | 'late' | 'refused' {
  if (role === 'supervisor' || role === 'admin') return dayClosed ? 'late' : 'allowed';
  if (dayClosed) return 'refused';
  if (role === 'clerk') return ownCounter(scope) ? 'allowed' : 'refused';
  return role === 'station' && scope.recordCounterId === null ? 'allowed' : 'refused';
}

/** Who may change a registration of a given day, and whether the change is a 日结后更正: a clerk only the own counter's, on the day. */
export function correctionRule(role: string, recordDay: string, today: string, dayClosed: boolean, scope: CounterScope): 'allowed' | 'late' | 'refused' {
  if (role === 'supervisor' || role === 'admin') return dayClosed ? 'late' : 'allowed';
  return role === 'clerk' && recordDay === today && !dayClosed && ownCounter(scope) ? 'allowed' : 'refused';
}

/**
 * The day a counter must close before taking in anything new: its last day with business before
 * today, when that day is not closed and falls on or after the day closing began.
 */
export function dayToCloseFirst(lastActiveDay: string | null, lastActiveClosed: boolean, since: string): string | null {
  if (lastActiveDay === null || lastActiveClosed || lastActiveDay < since) return null;
  return lastActiveDay;
}
