import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { CentreArea } from '../../domain/centreArea';
import type { Caller, ServiceContext } from '../context';

/**
 * The account another centre acts through in this one: a station account of the station that is
 * that centre. Nobody signs in with it (no password can match its hash, and it is disabled); the
 * steps that centre takes here carry it, so this centre's timeline, audit chain and 查阅记录 name the
 * centre that acted, and the person there is named in the note.
 */
export function centreUsername(area: CentreArea | string): string {
  return `centre_${area}`;
}

/** Makes (or renames) the account of the centre at `area` for its station here. In the caller's transaction. */
export async function ensureCentreUser(trx: Kysely<Database>, stationId: number, area: string, name: string, at: string): Promise<void> {
  const username = centreUsername(area);
  const found = await trx.selectFrom('user').select('id').where('username', '=', username).executeTakeFirst();
  if (found) {
    await trx.updateTable('user').set({ display_name: name, station_id: stationId, updated_at: at }).where('id', '=', found.id).execute();
    return;
  }
  await trx
    .insertInto('user')
    .values({ username, display_name: name, password_hash: '!', role: 'station', station_id: stationId, active: 0, must_change_password: 0, created_at: at, updated_at: at })
    .execute();
}

/** How the centre at `area` stands in `there`: its station's account, or null while `there` has no station for it. */
export async function centreUserOf(there: ServiceContext, area: CentreArea): Promise<Caller | null> {
  const row = await there.db
    .selectFrom('user')
    .innerJoin('station', 'station.id', 'user.station_id')
    .select(['user.id', 'user.station_id'])
    .where('user.username', '=', centreUsername(area))
    .where('station.centre_area', '=', area)
    .where('station.active', '=', 1)
    .executeTakeFirst();
  return row ? { userId: row.id, role: 'station', stationId: row.station_id, counterId: null } : null;
}
