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
