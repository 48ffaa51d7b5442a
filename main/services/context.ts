import type { Kysely } from 'kysely';
import type { Role } from '../../shared/roles';
import type { Clock } from '../domain/clock';
import type { Database } from '../db/schema';
import { PdfRenderer } from '../print/pdfRenderer';
import { systemPrinters, type Printers } from '../print/printers/printers';
import { EventBus } from './events';
import { ViewLog } from './viewLog/viewLog';
import type { CountyAccess } from './centres/countyAccess';

/** What every service needs: the database, the time, and the live-event bus. */
export interface ServiceContext {
  db: Kysely<Database>;
  clock: Clock;
  events: EventBus;
  /** 查阅记录: who opened which person's records, written in batches. */
  views: ViewLog;
  /** Lays documents out on its own thread. */
  pdf: PdfRenderer;
  /** The system's printers: CUPS, Windows, or Electron's when the host runs in the shell. */
  printers: Printers;
  /** Where printed PDFs are kept (the data dir's documents/). */
  documentsDir: string;
  /** The other centres of the county database this centre is in; null for a township's own file or a database of one centre. */
  county: CountyAccess | null;
}

/** The services of one open database: the host's, or a command's (`desk init`, `desk backup`, `desk verify`). */
export function serviceContext(db: Kysely<Database>, documentsDir: string, clock: Clock, printers: Printers = systemPrinters(), log: (line: string) => void = () => {}): ServiceContext {
  const views = new ViewLog(db, clock, (looks, err) => log(`${looks} 条查阅记录未能写入：${err.message}`));
  return { db, clock, events: new EventBus(), views, pdf: new PdfRenderer(), printers, documentsDir, county: null };
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
