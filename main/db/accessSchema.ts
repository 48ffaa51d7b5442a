import type { Generated } from 'kysely';
import type { Role } from '../../shared/roles';

/**
 * Who may reach the host: the users and their sessions, the sign-in guard's attempts, and the
 * paired PCs (terminals) with the codes that paired them. Times are ISO-8601 UTC strings; booleans
 * are 0/1, as in `schema.ts`.
 */

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

export interface LoginAttemptTable {
  id: Generated<number>;
  /** `user:<name>` or `address:<ip>`. */
  key: string;
  /** Milliseconds since the epoch, by the host's clock. */
  at: number;
}

export interface PairingCodeTable {
  id: Generated<number>;
  /** SHA-256 of the code's secret half; the code itself is shown once and kept nowhere. */
  secret_hash: string;
  created_by: number;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  /** Wrong secrets tried while this code was the live one. */
  failures: Generated<number>;
}

export interface TerminalTable {
  id: Generated<number>;
  /** What the clerk called the PC when pairing it (如：二号窗口). */
  name: string;
  /** SHA-256 of the token the terminal sends on every request. */
  token_hash: string;
  paired_at: string;
  /** The admin who showed the code. */
  paired_by: number;
  /** The terminal's address when it paired. */
  address: string;
  last_seen_at: string;
  revoked_at: string | null;
  revoked_by: number | null;
}
