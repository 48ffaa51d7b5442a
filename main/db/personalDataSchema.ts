import type { Generated } from 'kysely';
import type { ViewKind } from '../../shared/viewLog';

/** 查阅记录: one look at a person's data (written in batches by services/viewLog). */
export interface ViewLogTable {
  id: Generated<number>;
  at: string;
  user_id: number;
  counter_id: number | null;
  client_address: string;
  what: ViewKind;
  record_id: number;
  visitor_id: number | null;
  label: string;
}

/** 合并: one merge of two visitor records, and its undoing. */
export interface VisitorMergeTable {
  id: Generated<number>;
  kept_id: number;
  merged_id: number;
  at: string;
  by_user: number;
  reason: string;
  /** JSON `MergeMoves` (services/visitorMerge): what the merge moved and changed, for its undoing. */
  moved: string;
  undone_at: string | null;
  undone_by: number | null;
  undo_reason: string | null;
}

/** 法律保留: a matter whose person is kept past the period until the hold is released. */
export interface MatterHoldTable {
  id: Generated<number>;
  matter_id: number;
  reason: string;
  set_by: number;
  set_at: string;
  released_by: number | null;
  released_at: string | null;
}

/** One 清理 at the end of the periods, as confirmed by a supervisor. */
export interface PurgeTable {
  id: Generated<number>;
  at: string;
  by_user: number;
  visitors: number;
  matters: number;
  papers: number;
  looks: number;
  /** JSON `PurgeReport` (services/retention/purge). */
  report: string;
}
