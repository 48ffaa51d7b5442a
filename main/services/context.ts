import type { Kysely } from 'kysely';
import type { Role } from '../../shared/roles';
import type { Clock } from '../domain/clock';
import type { Database } from '../db/schema';
import type { PdfRenderer } from '../print/pdfRenderer';
import type { Printers } from '../print/printers/printers';
import type { EventBus } from './events';

/** What every service needs: the database, the time, and the live-event bus. */
export interface ServiceContext {
  db: Kysely<Database>;
  clock: Clock;
  events: EventBus;
  /** Lays documents out on its own thread. */
  pdf: PdfRenderer;
  /** The system's printers: CUPS, Windows, or Electron's when the host runs in the shell. */
  printers: Printers;
  /** Where printed PDFs are kept (the data dir's documents/). */
  documentsDir: string;
}

/** Who is acting, for the audit log. */
export interface Actor {
  userId: number;
}

/** Who is calling, as the permission checks inside services need it; built once per request by the API. */
export interface Caller extends Actor {
  role: Role;
  /** The counter the session sits at (desk roles), if any. */
  counterId: number | null;
  /** The station a 承办人 belongs to. */
  stationId: number | null;
}
