/** The papers the desk prints. Each kind has its own number series per year. */
export const DOCUMENT_KINDS = ['receipt', 'notice', 'referral_slip'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_LABELS: Record<DocumentKind, string> = { receipt: '受理回执', notice: '不予受理告知书', referral_slip: '派单单' };

/** Number prefixes: 回执 HZ2026-000123, 告知书 BS…, 派单单 PD…. */
export const DOCUMENT_PREFIXES: Record<DocumentKind, string> = { receipt: 'HZ', notice: 'BS', referral_slip: 'PD' };

export function documentNumber(kind: DocumentKind, year: number, serial: number): string {
  return `${DOCUMENT_PREFIXES[kind]}${year}-${String(serial).padStart(6, '0')}`;
}

export const RECEIPT_LAYOUTS = ['roll80', 'a5'] as const;
export const RECEIPT_LAYOUT_LABELS: Record<(typeof RECEIPT_LAYOUTS)[number], string> = { roll80: '80 毫米热敏纸', a5: 'A5 纸' };
