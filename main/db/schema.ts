import type { Generated } from 'kysely';
import type { StationKind } from '../../shared/roles';
import type { IdType, MatterKind, MatterStatus, ReferralResult, Satisfaction, VisitChannel } from '../../shared/visit';
import type { DayBasis } from '../domain/workdays';
import type { RiskLevel } from '../../shared/risk';
import type { DocumentKind } from '../../shared/documents';
import type { MediationSource, Performance } from '../../shared/mediation';
import type { Attendance } from '../../shared/attendance';
import type { CounterScreenTable, GridImportTable, GridPhotoTable, GridReportTable, MaterialTable, ScreenAnswerTable, VisitorPhotoTable } from './pictureSchema';
import type { MatterTallyTable, ReferralTallyTable, VisitTallyTable } from './tallySchema';
import type { MatterHoldTable, PurgeTable, ViewLogTable, VisitorMergeTable } from './personalDataSchema';
import type { LoginAttemptTable, PairingCodeTable, SessionTable, TerminalTable, UserTable } from './accessSchema';
import type { CentreDayCloseTable, DayCloseTable, LateCorrectionTable, PaperExplanationTable } from './dayCloseSchema';

/** Times are ISO-8601 UTC strings; booleans are 0/1. */
export interface SettingTable {
  key: string;
  value: string;
}

export interface CounterTable {
  id: Generated<number>;
  name: string;
  active: number;
  sort: number;
  /** System printer names; '' lets the window print the PDF itself. */
  receipt_printer: Generated<string>;
  a4_printer: Generated<string>;
}

export interface StationTable {
  id: Generated<number>;
  name: string;
  kind: StationKind;
  phone: string;
  active: number;
  sort: number;
  /** The committee's short name in agreement numbers: （2026）南大里调字第 3 号. */
  short_name: Generated<string>;
  attendance: Generated<Attendance>;
  /** JSON of ISO weekdays (1–7) a 轮驻 station is in the hall. */
  rotation_days: Generated<string>;
  /** Whom to call for a 随叫随驻 station (the number is `phone`). */
  contact_person: Generated<string>;
  /** Another centre of the county database this station is (上报 / 下派 go to it), by its area code. */
  centre_area: string | null;
}

/** The day's roster: whether a station is in the hall today, and who. */
export interface StationRosterTable {
  day: string;
  station_id: number;
  present: number;
  on_duty: string;
  updated_by: number;
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  action: string;
  entity: string;
  entity_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

export interface CategoryTable {
  id: Generated<number>;
  name: string;
  kind: MatterKind;
  time_limit_days: number;
  /** Whether the limit counts calendar days ("N日") or working days ("N个工作日"). */
  limit_basis: DayBasis;
  active: number;
  sort: number;
}

export interface SerialTable {
  kind: string;
  period: string;
  last: number;
}

export interface VisitorTable {
  id: Generated<number>;
  name: string;
  name_pinyin: string;
  name_initials: string;
  id_type: IdType;
  id_number: string | null;
  no_id_reason: string;
  sex: 'M' | 'F' | null;
  birth_date: string | null;
  ethnicity: string | null;
  phone: string;
  address_code: string | null;
  address_text: string;
  visit_count: number;
  last_visit_at: string;
  created_at: string;
  updated_at: string;
  /** The record this one was merged into (合并); null for a record in use. */
  merged_into: Generated<number | null>;
  /** When the person's details were let go at the end of their period (保存期限); null while kept. */
  anonymised_at: Generated<string | null>;
}

export interface VisitTable {
  id: Generated<number>;
  visit_no: string;
  counter_id: number | null;
  clerk_id: number;
  business_day: string;
  visited_at: string;
  channel: VisitChannel;
  headcount: number;
  is_collective: number;
  is_proxy: number;
  idempotency_key: string;
  updated_at: string;
  /** Where and by whom a dispute found by screening or on the grid was found ('' for a walk-in). */
  found_place: Generated<string>;
  found_by: Generated<string>;
}

export interface VisitVisitorTable {
  visit_id: number;
  visitor_id: number;
  position: number;
}

export interface MatterTable {
  id: Generated<number>;
  code: string;
  category_id: number;
  visitor_id: number;
  opened_visit_id: number;
  content: string;
  status: MatterStatus;
  decline_reason: string;
  decline_channel: string;
  visit_count: number;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
  /** The station the open referral went to: what the station queues read. */
  station_id: number | null;
  referral_id: number | null;
  /** The open referral's deadline (YYYY-MM-DD), suspensions and extension included. */
  deadline: string | null;
  satisfaction: Satisfaction | null;
  /** The day a scheduled 回访 is due; cleared when it is recorded. */
  revisit_due: string | null;
  /** `deadline` while the clock runs (referred, in progress), else null: what overdue views read. */
  running_deadline: string | null;
  /** 风险研判: the level on the centre's scale, null until assessed; 重点领域 flags as a JSON list. */
  risk_level: RiskLevel | null;
  risk_flags: Generated<string>;
  /** 1 when settled on the spot at the desk (当场化解): accepted and closed at registration. */
  settled_at_desk: Generated<number>;
  /** The counter and business day of the visit that opened it. */
  opened_counter_id: number | null;
  opened_day: string | null;
}

export interface ReferralTable {
  id: Generated<number>;
  matter_id: number;
  station_id: number;
  helper_station_ids: string;
  referred_by: number;
  referred_at: string;
  referred_day: string;
  /** The day the matter's time limit counts from (受理): a re-referral carries it on. */
  clock_from: string;
  basis: DayBasis;
  limit_days: number;
  extension_days: number;
  suspended_days: number;
  suspended_since: string | null;
  deadline: string;
  received_at: string | null;
  ended_at: string | null;
  end_kind: 'returned' | 'reassigned' | 'resolved' | null;
  result: ReferralResult | null;
  result_text: string;
}

export interface MatterEventTable {
  id: Generated<number>;
  matter_id: number;
  referral_id: number | null;
  at: string;
  actor_id: number;
  action: string;
  status_after: MatterStatus;
  note: string;
  detail: string;
}

export interface MatterVisitTable {
  matter_id: number;
  visit_id: number;
  kind: 'opened' | 'repeat';
  note: string;
}

export interface DocumentTable {
  id: Generated<number>;
  kind: DocumentKind;
  year: number;
  serial: number;
  number: string;
  matter_id: number | null;
  counter_id: number | null;
  business_day: string;
  layout: string;
  status: 'issued' | 'voided';
  void_reason: string;
  voided_by: number | null;
  voided_at: string | null;
  created_by: number;
  created_at: string;
  sha256: string | null;
  file: string | null;
  /** The printer's message while a paper waits to be printed again; '' once it printed. */
  print_error: Generated<string>;
  /** The business day a 日结单 covers. */
  sheet_day: string | null;
  /** The 研判会 a 研判记录 records. */
  meeting_id: Generated<number | null>;
  /** The referral a 派单单 was issued for. */
  referral_id: Generated<number | null>;
}

export interface DocumentPrintTable {
  id: Generated<number>;
  document_id: number;
  at: string;
  by: number;
  reprint: number;
  printer: string;
  copies: number;
  sha256: string;
}

export interface MediationTable {
  id: Generated<number>;
  matter_id: number;
  station_id: number;
  source: MediationSource;
  /** JSON of Party[]. */
  parties: string;
  facts: string;
  /** JSON of string[]. */
  clauses: string;
  performance: string;
  amount_fen: number;
  mediator: string;
  recorder: string;
  mediated_on: string;
  /** The day the committee took the case on (受理): what the 人民调解 report counts as 受理. */
  accepted_on: string;
  /** JSON of string[]: the numbered 申请事项 of the 申请书 / 受理登记表. */
  requests: string;
  /** Each party's responsibility (人民调解法 Art. 29). */
  responsibility: string;
  /** 参加人 of the session other than the parties and the mediator (人民调解记录). */
  participants: string;
  /** JSON of Investigation[]: the 人民调解调查记录. */
  investigations: string;
  /** 卷号 （2026）南大里人调字第 N 号, given when the file is first bound; null before. */
  file_number: string | null;
  place: string;
  record: string;
  oral: number;
  revisited_on: string | null;
  performed: Performance | null;
  revisit_satisfaction: Satisfaction | null;
  revisit_note: Generated<string>;
  revisited_by: Generated<string>;
  judicial_confirmed: Generated<number>;
  prevents_criminal: Generated<number>;
  prevents_collective: Generated<number>;
  version: number;
  updated_by: number;
  updated_at: string;
}

/** A year's holiday notice (国务院办公厅) as the admin entered it: JSON lists of days. */
export interface HolidayArrangementTable {
  year: number;
  off_days: string;
  work_days: string;
  entered_by: number;
  entered_at: string;
}

/** 研判会: a joint assessment meeting. */
export interface AssessmentMeetingTable {
  id: Generated<number>;
  held_on: string;
  place: string;
  chair: string;
  attendees: string;
  discussion: string;
  created_by: number;
  created_at: string;
}

/** What a 研判会 decided about one matter: the decision, who is responsible, by when. */
export interface AssessmentDecisionTable {
  id: Generated<number>;
  meeting_id: number;
  matter_id: number;
  decision: string;
  station_id: number | null;
  due_on: string | null;
}

export interface Database {
  user: UserTable;
  session: SessionTable;
  setting: SettingTable;
  counter: CounterTable;
  station: StationTable;
  audit_log: AuditLogTable;
  category: CategoryTable;
  serial: SerialTable;
  visitor: VisitorTable;
  visit: VisitTable;
  visit_visitor: VisitVisitorTable;
  matter: MatterTable;
  matter_visit: MatterVisitTable;
  referral: ReferralTable;
  matter_event: MatterEventTable;
  document: DocumentTable;
  document_print: DocumentPrintTable;
  mediation: MediationTable;
  day_close: DayCloseTable;
  login_attempt: LoginAttemptTable;
  pairing_code: PairingCodeTable;
  terminal: TerminalTable;
  centre_day_close: CentreDayCloseTable;
  paper_explanation: PaperExplanationTable;
  late_correction: LateCorrectionTable;
  holiday_arrangement: HolidayArrangementTable;
  assessment_meeting: AssessmentMeetingTable;
  assessment_decision: AssessmentDecisionTable;
  grid_report: GridReportTable;
  grid_photo: GridPhotoTable;
  grid_import: GridImportTable;
  station_roster: StationRosterTable;
  material: MaterialTable;
  counter_screen: CounterScreenTable;
  screen_answer: ScreenAnswerTable;
  visitor_photo: VisitorPhotoTable;
  visit_tally: VisitTallyTable;
  matter_tally: MatterTallyTable;
  referral_tally: ReferralTallyTable;
  view_log: ViewLogTable;
  visitor_merge: VisitorMergeTable;
  matter_hold: MatterHoldTable;
  purge: PurgeTable;
}
