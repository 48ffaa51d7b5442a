/** The papers the desk prints. Each kind has its own number series per year. */
export const DOCUMENT_KINDS = [
  'receipt',
  'notice',
  'referral_slip',
  'mediation_agreement',
  'mediation_application',
  'mediation_record',
  'oral_agreement',
  'revisit_record',
  'day_sheet',
  'mediation_intake',
  'rights_notice',
  'investigation_record',
  'judicial_application',
  'case_file',
  'petition_acceptance',
  'petition_extension',
  'petition_opinion',
  'assessment_record',
  'call_slip',
  'signoff_record',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  receipt: '受理回执',
  notice: '不予受理告知书',
  referral_slip: '派单单',
  mediation_agreement: '人民调解协议书',
  mediation_application: '人民调解申请书',
  mediation_record: '人民调解记录',
  oral_agreement: '人民调解口头协议登记表',
  revisit_record: '人民调解回访记录',
  day_sheet: '日结单',
  mediation_intake: '人民调解受理登记表',
  rights_notice: '人民调解当事人权利义务告知书',
  investigation_record: '人民调解调查记录',
  judicial_application: '司法确认申请书',
  case_file: '人民调解卷宗',
  petition_acceptance: '信访事项受理告知书',
  petition_extension: '信访事项延期办理告知书',
  petition_opinion: '信访事项处理意见书',
  assessment_record: '矛盾纠纷研判会记录',
  call_slip: '驻点召集单',
  signoff_record: '群众签单确认单',
};

/**
 * Number prefixes: 回执 HZ2026-000123, 告知书 BS…, 派单单 PD…. The agreement prints its committee's
 * own number instead; TJ counts every agreement of the centre, for the paper trail.
 */
export const DOCUMENT_PREFIXES: Record<DocumentKind, string> = {
  receipt: 'HZ',
  notice: 'BS',
  referral_slip: 'PD',
  mediation_agreement: 'TJ',
  mediation_application: 'SQ',
  mediation_record: 'JL',
  oral_agreement: 'KT',
  revisit_record: 'HF',
  day_sheet: 'RJ',
  mediation_intake: 'SL',
  rights_notice: 'GZ',
  investigation_record: 'DC',
  judicial_application: 'QR',
  case_file: 'JZ',
  petition_acceptance: 'XS',
  petition_extension: 'XY',
  petition_opinion: 'XC',
  assessment_record: 'YP',
  call_slip: 'ZJ',
  signoff_record: 'QD',
};

export function documentNumber(kind: DocumentKind, year: number, serial: number): string {
  return `${DOCUMENT_PREFIXES[kind]}${year}-${String(serial).padStart(6, '0')}`;
}

/** Which printer of the counter a paper goes to. */
export function usesReceiptPrinter(kind: string): boolean {
  return kind === 'receipt';
}

export const RECEIPT_LAYOUTS = ['roll80', 'a5'] as const;
export const RECEIPT_LAYOUT_LABELS: Record<(typeof RECEIPT_LAYOUTS)[number], string> = { roll80: '80 毫米热敏纸', a5: 'A5 纸' };
