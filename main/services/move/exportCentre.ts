import { recordAudit } from '../audit';
import { backupCentre, type BackupDone } from '../backup/backupCentre';
import type { BackupSource } from '../backup/backupSet';
import type { ServiceContext } from '../context';
import { putSetting } from '../settings';
import { MOVED_KEY, type MovedAway } from './movedAway';

/**
 * `desk export`: a township's whole record (database, papers, certificates) for `desk import` into
 * the county database. It is the checked backup format; what makes it a move is the mark written
 * first, in the township's own audited record: from then on this PC's host does not start, so the
 * township cannot go on registering here while the county serves it (two copies that part ways).
 * The caller has the database to itself: no clerk is at work during a move.
 */
export async function exportCentre(ctx: ServiceContext, source: BackupSource, out: string): Promise<BackupDone> {
  const at = ctx.clock.now();
  const mark: MovedAway = { at: at.toISOString(), to: out };
  await ctx.db.transaction().execute(async (trx) => {
    await putSetting(trx, MOVED_KEY, mark);
    await recordAudit(trx, at, { actorId: null, action: 'centre.exported', entity: 'setting', entityId: MOVED_KEY, detail: { ...mark } });
  });
  return backupCentre(ctx, source, out, null);
}
