import type { Kysely } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_registration';
import * as m0003 from './0003_referrals';
import * as m0004 from './0004_revisit_due';
import * as m0005 from './0005_running_deadline';
import * as m0006 from './0006_documents';
import * as m0007 from './0007_printers';
import * as m0008 from './0008_mediation';
import * as m0009 from './0009_day_close';
import * as m0010 from './0010_print_time';
import * as m0011 from './0011_prevention';
import * as m0012 from './0012_paper_referral';
import * as m0013 from './0013_login_attempts';
import * as m0014 from './0014_terminals';
import * as m0015 from './0015_id_numbers_18';
import * as m0016 from './0016_time_limits';
import * as m0017 from './0017_mediation_file';
import * as m0018 from './0018_risk';
import * as m0019 from './0019_settled_at_desk';
import * as m0020 from './0020_assessment_meetings';
import * as m0021 from './0021_found';
import * as m0022 from './0022_grid_reports';
import * as m0023 from './0023_attendance';
import * as m0024 from './0024_materials';
import * as m0025 from './0025_visitor_screen';
import * as m0026 from './0026_card_photo';
import * as m0027 from './0027_day_tally';
import * as m0028 from './0028_view_log';
import * as m0029 from './0029_visitor_merge';
import * as m0030 from './0030_retention';
import * as m0031 from './0031_centre_links';

export interface Migration {
  /** `at` is the host's "now" (its clock): a migration that records a date takes it from there, not from the PC. */
  up(db: Kysely<unknown>, at: Date): Promise<void>;
  /**
   * Set by a migration that remakes a table others point at: the migrator turns foreign keys off
   * before its transaction and checks them all before it commits (SQLite cannot do this inside one).
   */
  rebuildsTables?: boolean;
}

/** Every migration, in order. Bundled in code so an installed program never looks for files. */
export const MIGRATIONS: ReadonlyArray<readonly [name: string, migration: Migration]> = [
  ['0001_foundation', m0001],
  ['0002_registration', m0002],
  ['0003_referrals', m0003],
  ['0004_revisit_due', m0004],
  ['0005_running_deadline', m0005],
  ['0006_documents', m0006],
  ['0007_printers', m0007],
  ['0008_mediation', m0008],
  ['0009_day_close', m0009],
  ['0010_print_time', m0010],
  ['0011_prevention', m0011],
  ['0012_paper_referral', m0012],
  ['0013_login_attempts', m0013],
  ['0014_terminals', m0014],
  ['0015_id_numbers_18', m0015],
  ['0016_time_limits', m0016],
  ['0017_mediation_file', m0017],
  ['0018_risk', m0018],
  ['0019_settled_at_desk', m0019],
  ['0020_assessment_meetings', m0020],
  ['0021_found', m0021],
  ['0022_grid_reports', m0022],
  ['0023_attendance', m0023],
  ['0024_materials', m0024],
  ['0025_visitor_screen', m0025],
  ['0026_card_photo', m0026],
  ['0027_day_tally', m0027],
  ['0028_view_log', m0028],
  ['0029_visitor_merge', m0029],
  ['0030_retention', m0030],
  ['0031_centre_links', m0031],
];
