import type { Generated } from 'kysely';
import type { GridSource, GridStatus, PhotoKind } from '../../shared/grid';
import type { RiskLevel } from '../../shared/risk';
import type { Satisfaction } from '../../shared/visit';

/** 网格上报 and 材料: the pictures and reports that come from outside the keyboard. */

/** One 网格上报, as reported from a phone or taken from an import. */
export interface GridReportTable {
  id: Generated<number>;
  /** WG20261127-0001. */
  code: string;
  source: GridSource;
  /** The grid platform's 事件编号 of an imported row; null for a phone report. */
  external_no: string | null;
  import_id: number | null;
  reporter_id: number | null;
  reporter_name: string;
  grid_name: string;
  place: string;
  found_on: string;
  party_name: string;
  party_phone: string;
  content: string;
  risk_level: RiskLevel | null;
  status: GridStatus;
  matter_id: number | null;
  dismiss_reason: Generated<string>;
  handled_by: number | null;
  handled_at: string | null;
  reported_at: string;
  /** The centre's day it came in (China time), which the figures count by. */
  reported_day: string;
  /** The phone form's key: the same report sent twice is kept once. */
  idempotency_key: string | null;
}

export interface GridPhotoTable {
  id: Generated<number>;
  report_id: number;
  mime: PhotoKind;
  bytes: Buffer;
  sha256: string;
}

/** One import of the platform's export: what was taken and, as JSON, each refused row with its reasons. */
export interface GridImportTable {
  id: Generated<number>;
  file_name: string;
  file_sha256: string;
  rows_taken: number;
  rows_refused: number;
  refusals: string;
  imported_by: number;
  imported_at: string;
}

/** A picture of a visitor's material, kept under the documents folder with its SHA-256. */
export interface MaterialTable {
  id: Generated<number>;
  matter_id: number;
  /** Relative to the documents folder: materials/2026/SX20261123-0001-1a2b3c4d.jpg. */
  file: string;
  sha256: string;
  mime: PhotoKind;
  size: number;
  caption: string;
  added_by: number;
  added_at: string;
}

/** A 访客屏 paired to a counter; ended when unpaired or paired anew. */
export interface CounterScreenTable {
  id: Generated<number>;
  counter_id: number;
  token_hash: string;
  paired_by: number;
  paired_at: string;
  last_seen_at: string;
  ended_at: string | null;
}

/** What the visitor answered on the screen: a confirmation, or a 签单's rating and signature. */
export interface ScreenAnswerTable {
  id: Generated<number>;
  counter_id: number;
  screen_id: number;
  seq: number;
  kind: 'confirm' | 'rating';
  confirmed: number | null;
  matter_id: number | null;
  satisfaction: Satisfaction | null;
  /** JSON of Stroke[] (the signature as drawn). */
  strokes: string | null;
  answered_at: string;
  /** The sign-off's matter_event that took this rating; null until then. */
  used_by_event: number | null;
}

/** A visitor's ID card photo, kept only where the centre turned that on. */
export interface VisitorPhotoTable {
  visitor_id: number;
  /** As the reader gave it: a BMP. */
  photo: Buffer;
  sha256: string;
  read_at: string;
}
