import type { Generated } from 'kysely';
import type { Role, StationKind } from '../../shared/roles';

/** Times are ISO-8601 UTC strings; booleans are 0/1. */
export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  station_id: number | null;
  active: number;
  must_change_password: number;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  token_hash: string;
  user_id: number;
  counter_id: number | null;
  created_at: string;
  last_seen_at: string;
  ended_at: string | null;
  client_address: string;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface CounterTable {
  id: Generated<number>;
  name: string;
  active: number;
  sort: number;
}

export interface StationTable {
  id: Generated<number>;
  name: string;
  kind: StationKind;
  phone: string;
  active: number;
  sort: number;
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

export interface Database {
  user: UserTable;
  session: SessionTable;
  setting: SettingTable;
  counter: CounterTable;
  station: StationTable;
  audit_log: AuditLogTable;
}
